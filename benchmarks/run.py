"""Run every benchmark, dataapp beside Streamlit, and write the report to benchmarks/results/.

    python benchmarks/run.py            # the full run: ≥ 5 repetitions per measure
    python benchmarks/run.py --quick    # fewer repetitions, while developing
    python benchmarks/run.py --only rerun,import_time

Run it with the Python that has dataapp and Playwright installed (`pip install -e '.[dev]'`);
it makes Streamlit's own virtualenv in benchmarks/.venv-streamlit. See docs/benchmarks.md.
Exit code 1 when a measure failed (its reason is in the report), 0 otherwise.
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))

from bench import machine, report  # noqa: E402
from bench.browser import chromium  # noqa: E402
from bench.errors import MeasurementError  # noqa: E402
from bench.harness import Context  # noqa: E402
from bench.model import Row, Unmeasured, Why  # noqa: E402
from bench.paths import neutral_cwd  # noqa: E402
from bench.scenarios import SCENARIOS  # noqa: E402
from bench.streamlit_env import ensure_streamlit  # noqa: E402
from bench.systems import DATAAPP, STREAMLIT, System  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

DEFAULT_REPS = 5
QUICK_REPS = 2
STREAMLIT_SPEC = "streamlit==1.67.*"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_REPS} repetitions")
    parser.add_argument("--reps", type=int, help=f"repetitions (default {DEFAULT_REPS})")
    parser.add_argument(
        "--only", help="comma-separated scenarios: " + ", ".join(SCENARIOS), default=""
    )
    parser.add_argument("--streamlit", default=STREAMLIT_SPEC, help="pip spec for Streamlit")
    parser.add_argument("--out", type=Path, default=BENCHMARKS / "results")
    args = parser.parse_args(argv)
    unknown = set(filter(None, args.only.split(","))) - set(SCENARIOS)
    if unknown:
        parser.error(f"unknown scenario(s): {', '.join(sorted(unknown))}")
    if args.reps is not None and args.reps < 1:
        parser.error("--reps must be at least 1")
    return args


def dataapp_system() -> System:
    script = Path(sys.executable).with_name("dataapp-desktop")
    version = subprocess.run(
        [sys.executable, "-c", "import dataapp; print(dataapp.__version__)"],
        capture_output=True,
        text=True,
        cwd=neutral_cwd(),
    )
    if not script.exists() or version.returncode != 0:
        sys.exit(
            f"run.py: {sys.executable} has no dataapp / dataapp-desktop; "
            "run it with the Python of a venv where `pip install -e '.[dev]'` was done"
        )
    return System(DATAAPP, Path(sys.executable), script, version.stdout.strip())


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    reps = args.reps or (QUICK_REPS if args.quick else DEFAULT_REPS)
    started = time.time()
    load_before = os.getloadavg()
    chosen = [name for name in SCENARIOS if not args.only or name in args.only.split(",")]
    systems = [dataapp_system()]
    unavailable: dict[str, Unmeasured] = {}
    print(f"Setting up Streamlit ({args.streamlit}) in its own virtualenv…", file=sys.stderr)
    try:
        st_python, st_version = ensure_streamlit(args.streamlit)
        systems.append(System(STREAMLIT, st_python, st_python.with_name("streamlit"), st_version))
    except MeasurementError as error:
        print(f"Streamlit is unavailable: {error}", file=sys.stderr)
        unavailable[STREAMLIT] = Unmeasured(Why.FAILED, f"Streamlit could not be set up: {error}")
        systems.append(System(STREAMLIT, Path("-"), Path("-"), "not installed"))
        st_version = "not installed"

    sections: list[tuple[str, list[Row]]] = []
    with sync_playwright() as playwright:
        with chromium(playwright) as browser:
            chromium_version = browser.version
        ctx = Context(
            reps=reps,
            quick=args.quick,
            systems=systems,
            playwright=playwright,
            unavailable=unavailable,
        )
        for name in chosen:
            scenario = SCENARIOS[name]
            ctx.log(f"{name}: {scenario.TITLE}")
            sections.append((scenario.TITLE, scenario.run(ctx)))

    meta = {
        "date": time.strftime("%Y-%m-%d %H:%M %Z", time.localtime(started)),
        "command": shlex.join(["python", "benchmarks/run.py", *argv]),
        "mode": "quick" if args.quick else "full",
        "reps": reps,
        "duration_s": round(time.time() - started, 1),
        "machine": machine.describe(
            BENCHMARKS.parent, systems[0].version, st_version, chromium_version
        ),
        # The 1-minute load average before and after: on a shared machine, a hint of noise.
        "load_average": [round(load_before[0], 2), round(os.getloadavg()[0], 2)],
        "failures": ctx.failures,
    }
    stem = time.strftime("%Y-%m-%d-%H%M", time.localtime(started))
    if args.quick:
        stem += "-quick"
    if args.only:
        stem += "-partial"
    path = report.write(args.out, stem, meta, sections)
    print(path.read_text())
    print(f"Report: {path} (and {path.with_suffix('.json').name})", file=sys.stderr)
    if ctx.failures:
        print("FAILED measures:\n  " + "\n  ".join(ctx.failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
