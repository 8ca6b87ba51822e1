"""The app's own module: reading and summarising the sales table (found by the build's import scan)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Summary:
    revenue: float
    orders: int


def load_sales(relative: str) -> pd.DataFrame:
    frame = pd.read_csv(HERE / relative, parse_dates=["date"])
    frame["revenue"] = frame["units"] * frame["price"]
    return frame


def summarize(frame: pd.DataFrame) -> Summary:
    return Summary(revenue=float(frame["revenue"].sum()), orders=len(frame))
