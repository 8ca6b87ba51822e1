"""Scenario — real data (issue 18): orders read from a CSV or Parquet file inside
st.cache_data, as apps load data, shown in st.dataframe; and the same file read by polars.

The file (bench/real_data_files.py: string, categorical, datetime and numeric columns) is made
once and reused. The app (benchmarks/apps/real_data.py) reads it on the first call of its
cached function; later pages and reruns are cache hits, so warm navigation and reruns measure
what a hit costs (st.cache_data hands out a copy each time) plus showing the table. Cold start
includes reading the file. bench/tables.py says how each number is taken.
"""

from __future__ import annotations

from dataclasses import dataclass

from bench.browser import chromium
from bench.harness import Context
from bench.model import Row
from bench.paths import APPS
from bench.real_data_files import data_file
from bench.tables import Table, table_rows

TITLE = "Real data: a file read inside st.cache_data, in st.dataframe (8 columns)"
APP = APPS / "real_data.py"


@dataclass(frozen=True)
class Variant:
    library: str
    fmt: str
    label: str
    rows: int

    def table(self) -> Table:
        name = "polars" if self.library == "polars" else self.fmt
        what = f"{self.label} rows from {self.fmt.upper() if self.fmt == 'csv' else 'Parquet'}"
        what += ", polars" if self.library == "polars" else ", pandas"
        env = {"BENCH_FILE": str(data_file(self.rows, self.fmt)), "BENCH_LIBRARY": self.library}
        return Table(f"real_data_{name}_{self.label}", what, APP, env)


VARIANTS = [
    Variant("pandas", "csv", "1M", 1_000_000),
    Variant("pandas", "parquet", "1M", 1_000_000),
    Variant("pandas", "parquet", "10M", 10_000_000),
    Variant("polars", "parquet", "1M", 1_000_000),
    Variant("polars", "parquet", "10M", 10_000_000),
]


def run(ctx: Context) -> list[Row]:
    reruns = 2 if ctx.quick else 3
    with chromium(ctx.playwright) as browser:
        return [
            row
            for variant in VARIANTS
            # A warm-up launch per variant: each reads its own file (disk cache) and library.
            for row in table_rows(ctx, browser, variant.table(), reruns, warmup=True)
        ]
