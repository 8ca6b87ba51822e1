"""st.datetime_input's values: Streamlit 1.67's rules for what `value`, `min_value` and
`max_value` may be, and the widget's value on the wire ("YYYY-MM-DDTHH:MM", a naive datetime
to the minute). Pure functions, any thread.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from dataapp.errors import APIError
from dataapp.proto.widgets_pb2 import WidgetState
from dataapp.runtime.session_state import WidgetValueError

from ..widget_support import quoted, reported_field

WIRE_FORMAT = "%Y-%m-%dT%H:%M"
DATE_FORMATS = (
    "YYYY/MM/DD",
    "DD/MM/YYYY",
    "MM/DD/YYYY",
    "YYYY.MM.DD",
    "DD.MM.YYYY",
    "MM.DD.YYYY",
    "YYYY-MM-DD",
    "DD-MM-YYYY",
    "MM-DD-YYYY",
)
# Strings Streamlit reads besides ISO 8601.
_TEXT_FORMATS = ("%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S")
_BOUNDS_YEARS = 10


@dataclass(frozen=True)
class DateTimeSpec:
    default: dt.datetime | None
    min: dt.datetime
    max: dt.datetime
    step: int  # seconds
    # The value the arguments ask for; `default` is None instead when the key holds None.
    declared: dt.datetime | None = None

    def to_wire(self, value: dt.datetime | None) -> list[str]:
        return [] if value is None else [value.strftime(WIRE_FORMAT)]

    def from_wire(self, state: WidgetState) -> dt.datetime | None:
        """The page's value; an emptied field gives the default back, as in Streamlit (a field
        with a default cannot be emptied there)."""
        reported_field(state, "string_array_value", None)
        texts = list(state.string_array_value.data)
        if not texts:
            return self.default
        if len(texts) > 1:
            raise WidgetValueError(f"it reported {len(texts)} datetimes")
        try:
            moment = dt.datetime.strptime(texts[0], WIRE_FORMAT)
        except ValueError:
            raise WidgetValueError(f"{quoted(texts[0])} is not a YYYY-MM-DDTHH:MM time") from None
        problem = self.problem(moment)
        if problem is not None:
            raise WidgetValueError(problem)
        return moment

    def problem(self, value: Any) -> str | None:
        """Why `value` cannot be this widget's value: not a datetime, or outside min/max."""
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            return f"{quoted(value)} is not a datetime"
        if not self.min <= value <= self.max:
            return f"{value} is outside min_value {self.min} and max_value {self.max}"
        return None


def resolve_datetime_input(
    value: Any, min_value: Any, max_value: Any, format: str, step: Any, key_holds_none: bool
) -> DateTimeSpec:
    """Streamlit's rules: a date takes 00:00 (23:59 for `max_value`), a time today's date;
    seconds and time zones are dropped; bounds default to ten years either side of the value
    (or of today). A key holding None empties the field whatever `value` says."""
    if format not in DATE_FORMATS:
        supported = ", ".join(f"'{f}'" for f in DATE_FORMATS)
        raise APIError(
            f"Invalid `format` value. Supported values: {supported}. Provided value: {format!r}."
        )
    if isinstance(step, bool) or not isinstance(step, (int, dt.timedelta)):
        raise APIError(
            f"Invalid `step` type. Expected one of: int, timedelta. Provided type: "
            f"{type(step).__name__}."
        )
    seconds = int(step.total_seconds()) if isinstance(step, dt.timedelta) else step
    if not 60 <= seconds <= 23 * 3600:
        raise APIError(
            f"The `step` parameter, set to {seconds} seconds, is outside the required range "
            "[60 seconds, 23 hours]."
        )
    today = dt.date.today()
    default = None if value is None else as_datetime(value, today, dt.time(0, 0), "value")
    anchor = default.date() if default is not None else today
    lo = (
        as_datetime(min_value, anchor, dt.time(0, 0), "min_value")
        if min_value is not None
        else dt.datetime.combine(_years_later(anchor, -_BOUNDS_YEARS), dt.time(0, 0))
    )
    hi = (
        as_datetime(max_value, anchor, dt.time(23, 59), "max_value")
        if max_value is not None
        else dt.datetime.combine(_years_later(anchor, _BOUNDS_YEARS), dt.time(23, 59))
    )
    if lo > hi:
        raise APIError(
            f"The `min_value`, set to {lo}, cannot be greater than the `max_value`, set to {hi}."
        )
    if default is not None:
        if default < lo:
            raise APIError(f"The `value` {default} is less than the `min_value` {lo}.")
        if default > hi:
            raise APIError(f"The `value` {default} is greater than the `max_value` {hi}.")
    return DateTimeSpec(None if key_holds_none else default, lo, hi, seconds, default)


def as_datetime(value: Any, on_date: dt.date, at_time: dt.time, name: str) -> dt.datetime:
    """A datetime argument as the naive datetime to the minute the widget holds."""
    if isinstance(value, str) and value == "now":
        return _to_minute(dt.datetime.now())
    if isinstance(value, dt.datetime):
        return _to_minute(value)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, at_time)
    if isinstance(value, dt.time):
        return dt.datetime.combine(on_date, _to_minute_time(value))
    if isinstance(value, str):
        parsed = _parse(value.strip(), on_date, at_time)
        if parsed is not None:
            return parsed
    raise APIError(
        f'Invalid `{name}` type. Expected one of: datetime, date, time, ISO string, "now". '
        f"Provided type: {type(value).__name__}."
    )


def _parse(text: str, on_date: dt.date, at_time: dt.time) -> dt.datetime | None:
    try:
        return _to_minute(dt.datetime.fromisoformat(text))
    except ValueError:
        pass
    for fmt in _TEXT_FORMATS:
        try:
            return _to_minute(dt.datetime.strptime(text, fmt))
        except ValueError:
            continue
    try:
        return dt.datetime.combine(dt.date.fromisoformat(text), at_time)
    except ValueError:
        pass
    try:
        return dt.datetime.combine(on_date, _to_minute_time(dt.time.fromisoformat(text)))
    except ValueError:
        return None


def _to_minute(value: dt.datetime) -> dt.datetime:
    # Streamlit drops the zone without converting: 07:08 UTC stays 07:08.
    return value.replace(tzinfo=None, second=0, microsecond=0)


def _to_minute_time(value: dt.time) -> dt.time:
    return value.replace(tzinfo=None, second=0, microsecond=0)


def _years_later(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)
