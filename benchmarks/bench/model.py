"""What a benchmark produces: samples per measure and system, or the reason there are none.

Pure data, no I/O. A scenario never reports a zero for something it could not measure: it
records an `Unmeasured` with a reason the report shows next to the row.
"""

from __future__ import annotations

import enum
import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field


class Unit(enum.Enum):
    SECONDS = "s"
    BYTES = "bytes"


class Why(enum.Enum):
    """Why a measure has no number for a system."""

    # The dataapp piece the scenario needs has not landed yet; the scenario runs once it does.
    NOT_BUILT_YET = "not built yet"
    # The system has no such thing (Streamlit has no desktop host or packager).
    NOT_APPLICABLE = "not applicable"
    # The scenario tried and failed; this is a bug to look at, the report says what happened.
    FAILED = "failed"


@dataclass(frozen=True)
class Summary:
    n: int
    median: float
    p90: float
    q1: float
    q3: float
    min: float
    max: float

    @classmethod
    def of(cls, samples: Sequence[float]) -> Summary:
        if not samples:
            raise ValueError("a summary needs at least one sample")
        ordered = sorted(samples)
        return cls(
            n=len(ordered),
            median=statistics.median(ordered),
            p90=percentile(ordered, 90),
            q1=percentile(ordered, 25),
            q3=percentile(ordered, 75),
            min=ordered[0],
            max=ordered[-1],
        )


def percentile(ordered: Sequence[float], pct: float) -> float:
    """Linear interpolation between closest ranks (numpy's default), on sorted samples."""
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * pct / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


@dataclass(frozen=True)
class Measured:
    samples: tuple[float, ...]

    @property
    def summary(self) -> Summary:
        return Summary.of(self.samples)


@dataclass(frozen=True)
class Unmeasured:
    why: Why
    reason: str


Outcome = Measured | Unmeasured


@dataclass(frozen=True)
class Measure:
    """One row of the report: what is measured, in which unit, and which statistic leads."""

    key: str
    title: str
    unit: Unit
    # "median" or "p90": the statistic the row shows and the ratio is taken of.
    stat: str = "median"


@dataclass
class Row:
    measure: Measure
    outcomes: dict[str, Outcome] = field(default_factory=dict)

    def value(self, system: str) -> float | None:
        outcome = self.outcomes.get(system)
        if not isinstance(outcome, Measured):
            return None
        return float(getattr(outcome.summary, self.measure.stat))

    def ratio(self, numerator: str, denominator: str) -> float | None:
        top, bottom = self.value(numerator), self.value(denominator)
        if top is None or bottom is None or bottom == 0:
            return None
        return top / bottom
