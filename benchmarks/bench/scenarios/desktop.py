"""Scenario 8 — the desktop pieces, measured as they land (hooks that say "not built yet").

- desktop cold start: `benchmarks/desktop_cold_start.py`, the desktop host's own script (a
  real Qt window under Xvfb, spawn → the app's title element in the window's page), run as it
  is on the 20-element app and its JSON (`runs_s`) read; until it exists, "not built yet".
- persistence snapshot cost: bench/snapshot_child.py times encode + SQLiteSessionStore.save
  in dataapp's Python; until dataapp.runtime.persistence exists, "not built yet".
- packaged executable: `dataapp-desktop build` of the 20-element app, its size, its first start
  (which unpacks it) and its cold start, served headless and painted in Chromium like
  scenario 1; until the build command exists, "not built yet".
Streamlit has none of these, so its column says "not applicable".
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from playwright.sync_api import Browser

from bench.browser import chromium
from bench.errors import MeasurementError, NotApplicable, NotBuiltYet
from bench.harness import Context, Samples, alternate
from bench.model import Measure, Row, Unit
from bench.paths import APPS, BENCHMARKS, neutral_cwd
from bench.scenarios.cold_start import first_paint
from bench.systems import DATAAPP, System

TITLE = "Desktop: window cold start, persistence, packaged executable"
DESKTOP_COLD_START = BENCHMARKS / "desktop_cold_start.py"
SNAPSHOT_CHILD = BENCHMARKS / "bench" / "snapshot_child.py"

WINDOW = Measure(
    "desktop.window_cold_start",
    "desktop window (Qt, Xvfb): spawn → title shown, 20-element app",
    Unit.SECONDS,
)
SNAPSHOT_SMALL = Measure(
    "desktop.snapshot_small", "persistence snapshot, 20-element app's state", Unit.SECONDS
)
SNAPSHOT_FRAME = Measure(
    "desktop.snapshot_dataframe", "persistence snapshot with a 1M-row DataFrame kept", Unit.SECONDS
)
EXE_SIZE = Measure("desktop.exe_size", "packaged executable size, 20-element app", Unit.BYTES)
EXE_FIRST_START = Measure(
    "desktop.exe_first_start",
    "packaged executable, first start after the build (unpacks): spawn → first paint",
    Unit.SECONDS,
)
EXE_COLD_START = Measure(
    "desktop.exe_cold_start", "packaged executable: spawn → first paint (headless)", Unit.SECONDS
)
BUILD_TIMEOUT_S = 1800


def _dataapp_only(system: System) -> None:
    if system.name != DATAAPP:
        raise NotApplicable("Streamlit has no desktop window, no persistence, no packager")


def _has_module(system: System, module: str) -> bool:
    probe = (
        f"import importlib.util, sys; sys.exit(0 if importlib.util.find_spec({module!r}) else 1)"
    )
    done = subprocess.run([str(system.python), "-c", probe], timeout=60, cwd=neutral_cwd())
    return done.returncode == 0


def window_cold_start(ctx: Context) -> list[Row]:
    def once(system: System, rep: int) -> Samples:
        _dataapp_only(system)
        if not DESKTOP_COLD_START.exists():
            raise NotBuiltYet(f"{DESKTOP_COLD_START.name} (the desktop host's) does not exist yet")
        done = subprocess.run(
            [
                str(system.python),
                str(DESKTOP_COLD_START),
                "--app",
                str(APPS / "twenty.py"),
                "--runs",
                str(ctx.reps),
            ],
            capture_output=True,
            text=True,
            timeout=600,
            cwd=neutral_cwd(),
        )
        if done.returncode != 0:
            said = " ".join(done.stderr.split())[-600:]
            raise MeasurementError(f"{DESKTOP_COLD_START.name} exited {done.returncode}: {said}")
        try:
            runs = json.loads(done.stdout)["runs_s"]
        except (ValueError, KeyError) as error:
            raise MeasurementError(
                f"{DESKTOP_COLD_START.name} printed no runs_s ({error}): {done.stdout[-300:]}"
            ) from None
        if not runs:
            raise MeasurementError(f"{DESKTOP_COLD_START.name} reported no runs")
        return {WINDOW.key: [float(r) for r in runs]}

    # The script repeats on its own (--runs); one call gathers all its samples.
    return alternate(ctx, [WINDOW], once, reps=1)


def snapshot_cost(ctx: Context) -> list[Row]:
    count = 10 if ctx.quick else 20

    def once(system: System, rep: int) -> Samples:
        _dataapp_only(system)
        if not _has_module(system, "dataapp.runtime.persistence"):
            raise NotBuiltYet("dataapp.runtime.persistence does not exist yet")
        done = subprocess.run(
            [str(system.python), str(SNAPSHOT_CHILD), str(count)],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=neutral_cwd(),
        )
        if done.returncode != 0:
            raise MeasurementError(f"snapshot_child.py failed: {done.stderr[-600:]}")
        times = json.loads(done.stdout.strip().splitlines()[-1])
        return {SNAPSHOT_SMALL.key: times["small"], SNAPSHOT_FRAME.key: times["dataframe_1m"]}

    return alternate(ctx, [SNAPSHOT_SMALL, SNAPSHOT_FRAME], once)


def _build(system: System, folder: Path) -> Path:
    """`dataapp-desktop build` of the 20-element app into `folder`; the executable's path."""
    usage = subprocess.run(
        [str(system.script), "build", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=neutral_cwd(),
    )
    if usage.returncode != 0 or "dataapp-desktop build" not in usage.stdout:
        raise NotBuiltYet("`dataapp-desktop build` does not exist yet")
    app = folder / "app" / "twenty.py"
    app.parent.mkdir()
    app.write_text((APPS / "twenty.py").read_text())
    dist = folder / "dist"
    done = subprocess.run(
        [
            str(system.script),
            "build",
            str(app),
            "--name",
            "Bench Twenty",
            "--dist",
            str(dist),
            "--work",
            str(folder / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        cwd=folder,
    )
    if done.returncode != 0:
        said = " ".join((done.stderr or done.stdout).split())[-600:]
        raise MeasurementError(f"dataapp-desktop build failed ({done.returncode}): {said}")
    made = [p for p in dist.iterdir() if p.is_file() and os.access(p, os.X_OK)]
    if len(made) != 1:
        raise MeasurementError(f"expected one executable in {dist}, found {made or 'none'}")
    return made[0]


def packaged(ctx: Context, browser: Browser) -> list[Row]:
    def once(system: System, rep: int) -> Samples:
        _dataapp_only(system)
        with tempfile.TemporaryDirectory(prefix="dataapp-bench-build-") as name:
            folder = Path(name)
            started = time.monotonic()
            exe = _build(system, folder)
            ctx.log(f"  built {exe.name} in {time.monotonic() - started:.0f} s")
            # The launcher unpacks into the per-user cache and the app keeps its state in the
            # per-user data folder: both go to the temporary folder, and away with it.
            env = {
                "XDG_CACHE_HOME": str(folder / "cache"),
                "DATAAPP_DATA_DIR": str(folder / "data"),
            }
            frozen = replace(system, packaged=exe)
            first, _ = first_paint(browser, frozen, env)
            again = [first_paint(browser, frozen, env)[0] for _ in range(ctx.reps)]
            return {
                EXE_SIZE.key: [float(exe.stat().st_size)],
                EXE_FIRST_START.key: [first],
                EXE_COLD_START.key: again,
            }

    # One build; the executable's starts are repeated inside `once`.
    return alternate(ctx, [EXE_SIZE, EXE_FIRST_START, EXE_COLD_START], once, reps=1)


def run(ctx: Context) -> list[Row]:
    with chromium(ctx.playwright) as browser:
        return [*window_cold_start(ctx), *snapshot_cost(ctx), *packaged(ctx, browser)]
