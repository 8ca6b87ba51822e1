"""The goals dataapp is held to: a ratio to Streamlit, measured in the same run (issue 8).

`baseline` is the Streamlit 1.67 median the issue measured on the project's machines; the
ratio is always taken against the Streamlit number of *this* run.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class Goal:
    measure_key: str
    title: str
    baseline: str
    max_ratio: Fraction


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
        "idle_memory.one_session", "server RSS, 1 session, 20-element app", "139 MB", Fraction(1, 2)
    ),
    Goal("import_time.import", "import of the package", "416 ms", Fraction(1, 4)),
]
