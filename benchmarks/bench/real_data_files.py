"""The data files of the real-data scenario: orders as an app loads them, CSV and Parquet.

Made once per size in benchmarks/.data/ (git-ignored) and reused; a file is written under a
temporary name and renamed, so an interrupted run never leaves half a file. Same rows for both
formats, deterministic (seeded). Columns, as a sales export has them:

    order_id     int64      1000000, 1000001, ... (the first row's id is what the page waits for)
    customer     str        "customer 0" ... "customer 49999"
    product      str        "product 0" ... "product 999"
    city         category   20 cities
    status       category   open, paid, shipped, returned
    ordered_at   datetime   one a minute from 2024-01-01
    amount       float64
    quantity     int32
"""

from __future__ import annotations

import os
from pathlib import Path

from bench.paths import BENCHMARKS

DATA = BENCHMARKS / ".data"
CITIES = [
    "Lima", "Osaka", "Lagos", "Porto", "Quito", "Dakar", "Turin", "Perth", "Cusco", "Hanoi",
    "Delhi", "Cairo", "Oslo", "Bern", "Riga", "Kyiv", "Baku", "Doha", "Suva", "Apia",
]  # fmt: skip
STATUSES = ["open", "paid", "shipped", "returned"]
FORMATS = ("csv", "parquet")


def data_file(rows: int, fmt: str) -> Path:
    """The file of `rows` orders in `fmt` ("csv" or "parquet"), made when missing."""
    path = DATA / f"orders-{rows}.{fmt}"
    if not path.exists():
        DATA.mkdir(exist_ok=True)
        temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        frame = orders(rows)
        if fmt == "csv":
            frame.to_csv(temp, index=False, date_format="%Y-%m-%d %H:%M:%S")
        else:
            frame.to_parquet(temp, index=False)
        temp.replace(path)
    return path


def orders(rows: int):  # type: ignore[no-untyped-def]  # pandas is imported here only
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(7)
    ids = np.arange(rows, dtype=np.int64)
    customers = pd.Categorical.from_codes(
        rng.integers(0, 50_000, rows), [f"customer {i}" for i in range(50_000)]
    )
    products = pd.Categorical.from_codes(
        rng.integers(0, 1_000, rows), [f"product {i}" for i in range(1_000)]
    )
    return pd.DataFrame(
        {
            "order_id": ids + 1_000_000,
            "customer": pd.Series(customers).astype("str"),
            "product": pd.Series(products).astype("str"),
            "city": pd.Categorical.from_codes(rng.integers(0, len(CITIES), rows), CITIES),
            "status": pd.Categorical.from_codes(rng.integers(0, len(STATUSES), rows), STATUSES),
            "ordered_at": np.datetime64("2024-01-01", "s") + (ids * 60).astype("timedelta64[s]"),
            "amount": np.round(rng.gamma(2.0, 40.0, rows), 2),
            "quantity": rng.integers(1, 20, rows).astype(np.int32),
        }
    )
