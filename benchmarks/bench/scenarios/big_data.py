"""Scenario 4 — big data (issue 6): a 1M- and a 10M-row × 10-column DataFrame in st.dataframe.

The frame is built in memory by the app (benchmarks/apps/big_dataframe.py, cached with
st.cache_resource); bench/tables.py says how each number is taken.
"""

from __future__ import annotations

from bench.browser import chromium
from bench.harness import Context
from bench.model import Row
from bench.paths import APPS
from bench.tables import Table, table_rows

TITLE = "Big data in st.dataframe (10 columns)"
APP = APPS / "big_dataframe.py"
SIZES = {"1M": 1_000_000, "10M": 10_000_000}


def run(ctx: Context) -> list[Row]:
    reruns = 2 if ctx.quick else 3
    with chromium(ctx.playwright) as browser:
        return [
            row
            for i, (label, size) in enumerate(SIZES.items())
            # One warm-up launch per system before the first size only: it is there for the
            # disk cache and bytecode, which the second size finds warm anyway.
            for row in table_rows(ctx, browser, table(label, size), reruns, warmup=i == 0)
        ]


def table(label: str, size: int) -> Table:
    return Table(f"big_data_{label}", f"{label} × 10 DataFrame", APP, {"BENCH_ROWS": str(size)})
