"""Scenario 7 — `import dataapp` versus `import streamlit`, each in a fresh interpreter.

Times the import statement and the first use of the API (`st.write`) inside the child
(interpreter start-up excluded), with the same Python for both: the Streamlit virtualenv is
made from the interpreter that runs the benchmark. The first use is included because dataapp
loads its API on first use (dataapp/__init__.py): the import alone would hide that cost.
"""

from __future__ import annotations

import subprocess

from bench.errors import MeasurementError
from bench.harness import Context, Samples, alternate
from bench.model import Measure, Row, Unit
from bench.paths import neutral_cwd
from bench.systems import DATAAPP, System

TITLE = "Import time"
IMPORT = Measure(
    "import_time.import",
    "import of the package and its first API name (`st.write`)",
    Unit.SECONDS,
)
TIMED_IMPORT = (
    "import time; t = time.perf_counter(); import {module}; {module}.write; "
    "print(time.perf_counter() - t)"
)


def import_seconds(system: System) -> float:
    module = "dataapp" if system.name == DATAAPP else "streamlit"
    done = subprocess.run(
        [str(system.python), "-c", TIMED_IMPORT.format(module=module)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=neutral_cwd(),
    )
    if done.returncode != 0:
        raise MeasurementError(f"import {module} failed: {done.stderr.strip()[-500:]}")
    return float(done.stdout.strip().splitlines()[-1])


def run(ctx: Context) -> list[Row]:
    # 4 fresh interpreters per repetition: 20 imports per system at the default 5 repetitions.
    per_rep = 2 if ctx.quick else 4

    def once(system: System, rep: int) -> Samples:
        return {IMPORT.key: [import_seconds(system) for _ in range(per_rep)]}

    return alternate(ctx, [IMPORT], once, warmup=True)
