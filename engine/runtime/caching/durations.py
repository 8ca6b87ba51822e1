"""`ttl=` values (seconds, timedelta or strings like "1h30m") turned into seconds. Pure."""

from __future__ import annotations

import math
import re
from datetime import timedelta

from dataapp.errors import APIError

from .errors import BadTTLStringError

TTL = float | int | timedelta | str | None

_SECONDS_PER_UNIT: dict[str, float] = {
    **dict.fromkeys(("w", "week", "weeks"), 604_800.0),
    **dict.fromkeys(("d", "day", "days"), 86_400.0),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), 3_600.0),
    **dict.fromkeys(("m", "t", "min", "mins", "minute", "minutes"), 60.0),
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds"), 1.0),
    **dict.fromkeys(("ms", "l", "milli", "millis", "millisecond", "milliseconds"), 1e-3),
    **dict.fromkeys(("us", "µs", "u", "micro", "micros", "microsecond", "microseconds"), 1e-6),
    **dict.fromkeys(("ns", "n", "nano", "nanos", "nanosecond", "nanoseconds"), 1e-9),
}

_PART = re.compile(r"\s*(\d+(?:\.\d*)?|\.\d+)\s*([a-zA-Zµ]+)\s*,?")


def ttl_to_seconds(ttl: TTL) -> float | None:
    """Seconds an entry may live, or None for "never expires"."""
    if ttl is None:
        return None
    if isinstance(ttl, bool):
        raise APIError(f"ttl must be seconds, a timedelta or a string like '1h', not {ttl!r}.")
    if isinstance(ttl, timedelta):
        seconds = ttl.total_seconds()
    elif isinstance(ttl, (int, float)):
        seconds = float(ttl)
    elif isinstance(ttl, str):
        seconds = parse_duration(ttl)
    else:
        raise APIError(
            f"ttl must be seconds, a timedelta or a string like '1h', not {type(ttl).__name__}."
        )
    if math.isnan(seconds) or seconds < 0:
        raise APIError(f"ttl must not be negative, got {ttl!r}.")
    return None if math.isinf(seconds) else seconds


def parse_duration(text: str) -> float:
    """Seconds in a string such as "10s", "30m", "1h30m", "1.5 days" or "1D".

    Streamlit hands these strings to `pandas.Timedelta`; the forms apps write are read here
    without pandas, and any other form (e.g. "1 days 02:00:00") is handed to pandas too.
    """
    seconds = _parse_units(text)
    if seconds is not None:
        return seconds
    return _parse_with_pandas(text)


def _parse_units(text: str) -> float | None:
    position = 0
    total = 0.0
    stripped = text.strip()
    if not stripped:
        return None
    while position < len(stripped):
        match = _PART.match(stripped, position)
        if match is None:
            return None
        number, unit = match.groups()
        # As in pandas: "m" is minutes and "M" (months) is not a duration.
        key = unit if unit == "M" else unit.lower()
        factor = _SECONDS_PER_UNIT.get(key)
        if factor is None:
            return None
        total += float(number) * factor
        position = match.end()
    return total


def _parse_with_pandas(text: str) -> float:
    try:
        import pandas as pd

        seconds = float(pd.Timedelta(text).total_seconds())
    except (ImportError, ValueError, TypeError):
        raise BadTTLStringError(text) from None
    if math.isnan(seconds):  # "NaT"
        raise BadTTLStringError(text)
    return seconds
