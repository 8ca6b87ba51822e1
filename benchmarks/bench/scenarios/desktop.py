"""Scenario 8 — the desktop pieces, measured as they land (hooks that say "not built yet").

- desktop cold start: `benchmarks/desktop_cold_start.py`, owned by the desktop host's
  engineers, run as it is and its JSON read; until it exists, "not built yet".
- persistence snapshot cost: bench/snapshot_child.py times encode + SQLiteSessionStore.save
  in dataapp's Python; until dataapp.runtime.persistence exists, "not built yet".
- packaged executable: `dataapp-desktop build` on the 20-element app, its size and its cold
  start; until the build command exists, "not built yet".
Streamlit has none of these, so its column says "not applicable".
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

from bench.errors import MeasurementError, NotApplicable, NotBuiltYet
from bench.harness import APPS, Context, Samples, alternate
from bench.model import Measure, Row, Unit
from bench.systems import DATAAPP, System

TITLE = "Desktop: window cold start, persistence, packaged executable"
BENCHMARKS = Path(__file__).resolve().parents[2]
DESKTOP_COLD_START = BENCHMARKS / "desktop_cold_start.py"
SNAPSHOT_CHILD = BENCHMARKS / "bench" / "snapshot_child.py"

WINDOW = Measure(
    "desktop.window_cold_start", "desktop window: spawn → first paint, 20-element app", Unit.SECONDS
)
SNAPSHOT_SMALL = Measure(
    "desktop.snapshot_small", "persistence snapshot, 20-element app's state", Unit.SECONDS
)
SNAPSHOT_FRAME = Measure(
    "desktop.snapshot_dataframe", "persistence snapshot with a 1M-row DataFrame kept", Unit.SECONDS
)
EXE_SIZE = Measure("desktop.exe_size", "packaged executable size, 20-element app", Unit.BYTES)
EXE_COLD_START = Measure(
    "desktop.exe_cold_start", "packaged executable: spawn → server ready", Unit.SECONDS
)


def _dataapp_only(system: System) -> None:
    if system.name != DATAAPP:
        raise NotApplicable("Streamlit has no desktop window, no persistence, no packager")


def _has_module(system: System, module: str) -> bool:
    probe = (
        f"import importlib.util, sys; sys.exit(0 if importlib.util.find_spec({module!r}) else 1)"
    )
    return subprocess.run([str(system.python), "-c", probe], timeout=60).returncode == 0


def window_cold_start(ctx: Context) -> list[Row]:
    def once(system: System, rep: int) -> Samples:
        _dataapp_only(system)
        if not DESKTOP_COLD_START.exists():
            raise NotBuiltYet(f"{DESKTOP_COLD_START.name} (the desktop host's) does not exist yet")
        done = subprocess.run(
            [str(system.python), str(DESKTOP_COLD_START), "--json"],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=BENCHMARKS,
        )
        if done.returncode != 0:
            raise MeasurementError(
                f"{DESKTOP_COLD_START.name} exited {done.returncode}: {done.stderr[-600:]}"
            )
        lines = done.stdout.strip().splitlines()
        result = json.loads(lines[-1]) if lines else {}
        samples = result.get("samples_s")
        if not isinstance(samples, list) or not samples:
            raise MeasurementError(
                f"{DESKTOP_COLD_START.name} printed no samples_s list: {done.stdout[-400:]}"
            )
        return {WINDOW.key: [float(s) for s in samples]}

    # The script repeats on its own; one call gathers all its samples.
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
        )
        if done.returncode != 0:
            raise MeasurementError(f"snapshot_child.py failed: {done.stderr[-600:]}")
        times = json.loads(done.stdout.strip().splitlines()[-1])
        return {SNAPSHOT_SMALL.key: times["small"], SNAPSHOT_FRAME.key: times["dataframe_1m"]}

    return alternate(ctx, [SNAPSHOT_SMALL, SNAPSHOT_FRAME], once)


def packaged(ctx: Context) -> list[Row]:
    def once(system: System, rep: int) -> Samples:
        _dataapp_only(system)
        help_text = subprocess.run(
            [str(system.script), "--help"], capture_output=True, text=True, timeout=60
        ).stdout
        if " build " not in help_text and "{build" not in help_text:
            raise NotBuiltYet("`dataapp-desktop build` does not exist yet")
        with tempfile.TemporaryDirectory() as folder:
            app = Path(folder) / "twenty.py"
            app.write_text((APPS / "twenty.py").read_text())
            done = subprocess.run(
                [str(system.script), "build", str(app)],
                capture_output=True,
                text=True,
                timeout=1200,
                cwd=folder,
            )
            if done.returncode != 0:
                raise MeasurementError(f"dataapp-desktop build failed: {done.stderr[-600:]}")
            # This hook stops here until the build's output and its headless flags are known.
            raise MeasurementError(
                "dataapp-desktop build ran; benchmarks/bench/scenarios/desktop.py must learn "
                "where the executable is and how to start it headless: " + done.stdout[-300:]
            )

    return alternate(ctx, [EXE_SIZE, EXE_COLD_START], once, reps=1)


def run(ctx: Context) -> list[Row]:
    return [*window_cold_start(ctx), *snapshot_cost(ctx), *packaged(ctx)]
