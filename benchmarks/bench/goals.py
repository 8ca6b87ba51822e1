"""The goals dataapp is held to, measured in the same run as Streamlit (issues 6 and 8).

Most are a ratio to Streamlit: `max_ratio`, always taken against the Streamlit number of
*this* run. A few are an absolute bound dataapp stays under whatever Streamlit does
(`max_value`, in the measure's unit, e.g. "a rerun sends under 1 KiB"). `baseline` is the
Streamlit 1.67 median the issue measured on the project's machines.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from bench.model import Row, Unit
from bench.systems import DATAAPP, STREAMLIT


@dataclass(frozen=True)
class Goal:
    measure_key: str
    title: str
    baseline: str
    # dataapp ÷ Streamlit must be at most this...
    max_ratio: Fraction | None = None
    # ...or dataapp's own value must be below this, in `unit` (the measure's unit).
    max_value: float | None = None
    unit: Unit | None = None

    def __post_init__(self) -> None:
        if (self.max_ratio is None) == (self.max_value is None):
            raise ValueError(f"{self.measure_key}: a goal is a max_ratio or a max_value")
        if (self.max_value is None) != (self.unit is None):
            raise ValueError(f"{self.measure_key}: a max_value needs its unit, and only it")

    def met(self, row: Row) -> bool | None:
        """Whether the row meets the goal; None when a number it needs is missing."""
        if self.max_value is not None:
            value = row.value(DATAAPP)
            return None if value is None else value < self.max_value
        ratio = row.ratio(DATAAPP, STREAMLIT)
        return None if ratio is None or self.max_ratio is None else ratio <= self.max_ratio


KIB = 1024
# "the same holds at 10,000,000 rows": the issue measured Streamlit at 1M rows only.
NOT_MEASURED = "—"

GOALS = [
    Goal("cold_start.first_paint", "spawn → first paint, 20-element app", "1.76 s", Fraction(1, 4)),
    Goal("rerun.round_trip", "rerun round trip, slider → text", "118 ms", Fraction(1, 3)),
    Goal("rerun.ws_bytes", "WebSocket bytes per rerun, 20-element app", "3.3 KiB", Fraction(1, 5)),
    Goal(
        "thousand_all.round_trip",
        "rerun of a 1,000-element page, all change",
        "974 ms",
        Fraction(1, 5),
    ),
    Goal(
        "big_data_1M.warm_first_rows",
        "warm server, navigation → first rows, 1M × 10 DataFrame",
        "761 ms",
        Fraction(1, 5),
    ),
    Goal(
        "big_data_10M.warm_first_rows",
        "warm server, navigation → first rows, 10M × 10 DataFrame",
        NOT_MEASURED,
        Fraction(1, 5),
    ),
    Goal(
        "big_data_1M.cold_first_rows",
        "cold start, spawn → first rows, 1M × 10 DataFrame",
        "4.0 s",
        Fraction(1, 5),
    ),
    Goal(
        "big_data_10M.cold_first_rows",
        "cold start, spawn → first rows, 10M × 10 DataFrame",
        NOT_MEASURED,
        Fraction(1, 5),
    ),
    Goal(
        "big_data_1M.rerun_bytes",
        "bytes per rerun, table unchanged, 1M × 10 DataFrame",
        "103 KiB",
        max_value=KIB,
        unit=Unit.BYTES,
    ),
    Goal(
        "big_data_10M.rerun_bytes",
        "bytes per rerun, table unchanged, 10M × 10 DataFrame",
        NOT_MEASURED,
        max_value=KIB,
        unit=Unit.BYTES,
    ),
    *[
        Goal(
            f"real_data_{name}.warm_first_rows",
            f"warm server, navigation → first rows, {what} (issue 18)",
            NOT_MEASURED,
            Fraction(1, 5),
        )
        for name, what in (
            ("csv_1M", "1M rows read from CSV"),
            ("parquet_1M", "1M rows read from Parquet"),
            ("parquet_10M", "10M rows read from Parquet"),
            ("polars_1M", "1M rows read by polars"),
            ("polars_10M", "10M rows read by polars"),
        )
    ],
    Goal(
        "idle_memory.one_session", "server RSS, 1 session, 20-element app", "139 MB", Fraction(1, 2)
    ),
    Goal("import_time.import", "import of the package", "416 ms", Fraction(1, 4)),
]
