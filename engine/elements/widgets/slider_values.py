"""The value rules of sliders, number inputs and date/time inputs, as pure functions.

Turns the arguments a widget was called with into its type, bounds, default, the conversions
to and from the wire (dates travel as microseconds since the epoch, UTC) and the check of a
value against the bounds (`problem`: why a value does not fit, None when it does).
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dataapp.errors import APIError
from dataapp.proto.widgets_pb2 import Slider, WidgetState
from dataapp.runtime.session_state import WidgetValueError

from ..widget_support import quoted, reported_field
from .wire import as_date, from_micros, to_micros


@dataclass(frozen=True)
class SliderSpec:
    data_type: Slider.DataType
    min: float
    max: float
    step: float
    format: str
    default: Any
    default_wire: list[float]
    is_range: bool
    tzinfo: dt.tzinfo | None

    def to_wire(self, value: Any) -> list[float]:
        values = list(value) if self.is_range else [value]
        if self.data_type in (Slider.INT, Slider.FLOAT):
            return [float(v) for v in values]
        return [float(to_micros(v)) for v in values]

    def from_wire(self, state: WidgetState) -> Any:
        reported_field(state, "double_array_value")
        raw = list(state.double_array_value.data)
        expected = 2 if self.is_range else 1
        if len(raw) != expected:
            raise WidgetValueError(f"it reported {len(raw)} values, not {expected}")
        if not all(math.isfinite(v) for v in raw):
            raise WidgetValueError(f"{quoted(raw)} holds a value that is not a finite number")
        if self.data_type == Slider.INT:
            values: list[Any] = [round(v) for v in raw]
        elif self.data_type == Slider.FLOAT:
            values = [float(v) for v in raw]
        else:
            values = [from_micros(v, self.data_type, self.tzinfo) for v in raw]
        return tuple(values) if self.is_range else values[0]

    def problem(self, value: Any) -> str | None:
        """Why `value` is not a value of this slider: another type, or outside its range."""
        if self.is_range and not (isinstance(value, tuple) and len(value) == 2):
            return f"{quoted(value)} is not a range of two values"
        values = list(value) if self.is_range else [value]
        if any(_slider_kind(v) != self.data_type for v in values):
            return f"{quoted(value)} is not of the slider's type"
        for wire in self.to_wire(value):
            if not self.min <= wire <= self.max:
                return f"{quoted(value)} is outside the slider's range"
        return None


def _slider_kind(value: Any) -> Slider.DataType | None:
    try:
        return _slider_type(value)
    except TypeError:
        return None


def _slider_type(sample: Any) -> Slider.DataType:
    if isinstance(sample, bool):
        raise TypeError
    if isinstance(sample, int):
        return Slider.INT
    if isinstance(sample, float):
        return Slider.FLOAT
    if isinstance(sample, dt.datetime):
        return Slider.DATETIME
    if isinstance(sample, dt.date):
        return Slider.DATE
    if isinstance(sample, dt.time):
        return Slider.TIME
    # numpy numbers behave like Python numbers here.
    if hasattr(sample, "dtype") and hasattr(sample, "item"):
        return _slider_type(sample.item())
    raise TypeError


def resolve_slider(
    label: str, min_value: Any, max_value: Any, value: Any, step: Any, format: str | None
) -> SliderSpec:
    is_range = isinstance(value, (list, tuple))
    if is_range and len(value) not in (1, 2):
        raise APIError(f"st.slider {label!r}: a range value must have two items, not {len(value)}.")
    values = list(value) if is_range else ([] if value is None else [value])
    samples = [v for v in (*values, min_value, max_value) if v is not None]
    try:
        kinds = {_slider_type(s) for s in samples} or {Slider.INT}
    except TypeError:
        raise APIError(
            f"st.slider {label!r}: values must be int, float, date, time or datetime; got "
            f"{', '.join(type(s).__name__ for s in samples)}."
        ) from None
    if kinds == {Slider.INT, Slider.FLOAT}:
        raise APIError(
            f"st.slider {label!r}: all numbers must be of the same type (all int or all float); "
            "write 1.0 instead of 1 to make them floats."
        )
    if len(kinds) > 1:
        raise APIError(
            f"st.slider {label!r}: min_value, max_value and value must have the same type."
        )
    data_type = kinds.pop()
    samples = [
        s.item() if hasattr(s, "item") and not isinstance(s, (dt.date, dt.time)) else s
        for s in samples
    ]
    tzinfo = next((s.tzinfo for s in samples if isinstance(s, dt.datetime) and s.tzinfo), None)
    if data_type in (Slider.INT, Slider.FLOAT):
        cast: Callable[[Any], Any] = int if data_type == Slider.INT else float
        lo = cast(min_value) if min_value is not None else cast(0)
        hi = (
            cast(max_value)
            if max_value is not None
            else cast(100 if data_type == Slider.INT else 1.0)
        )
        if not values:
            values = [lo]
        values = [cast(v) for v in values]
        step_value = float(step) if step is not None else (1.0 if data_type == Slider.INT else 0.01)
        fmt = format or ("%d" if data_type == Slider.INT else "%0.2f")
        lo_wire, hi_wire = float(lo), float(hi)
    else:
        anchor = values[0] if values else (min_value if min_value is not None else max_value)
        if anchor is None:
            raise APIError(f"st.slider {label!r}: give a value, min_value or max_value.")
        if data_type == Slider.TIME:
            lo = min_value if min_value is not None else dt.time(0, 0)
            hi = max_value if max_value is not None else dt.time(23, 59)
            default_step = dt.timedelta(minutes=15)
            fmt = format or "HH:mm"
        else:
            span = dt.timedelta(days=14)
            lo = min_value if min_value is not None else anchor - span
            hi = max_value if max_value is not None else anchor + span
            default_step = (
                dt.timedelta(days=1) if data_type == Slider.DATE else dt.timedelta(minutes=15)
            )
            fmt = format or ("YYYY-MM-DD" if data_type == Slider.DATE else "YYYY-MM-DD HH:mm")
        if not values:
            values = [lo]
        step_delta = step if step is not None else default_step
        if not isinstance(step_delta, dt.timedelta):
            raise APIError(
                f"st.slider {label!r}: the step of a date or time slider must be a timedelta."
            )
        step_value = float(step_delta // dt.timedelta(microseconds=1))
        lo_wire, hi_wire = float(to_micros(lo)), float(to_micros(hi))
    if step_value <= 0:
        raise APIError(f"st.slider {label!r}: step must be positive, not {step!r}.")
    if lo_wire > hi_wire:
        raise APIError(
            f"st.slider {label!r}: min_value {min_value!r} is greater than max_value {max_value!r}."
        )
    spec = SliderSpec(data_type, lo_wire, hi_wire, step_value, fmt, None, [], is_range, tzinfo)
    wire = spec.to_wire(tuple(values) if is_range else values[0])
    for point in wire:
        if not lo_wire <= point <= hi_wire:
            raise APIError(
                f"st.slider {label!r}: the default value {value!r} must lie between min_value "
                f"{lo!r} and max_value {hi!r}, inclusively."
            )
    default = tuple(values) if is_range else values[0]
    return SliderSpec(data_type, lo_wire, hi_wire, step_value, fmt, default, wire, is_range, tzinfo)


@dataclass(frozen=True)
class NumberSpec:
    is_int: bool
    step: int | float
    format: str
    default: int | float | None
    min: int | float | None = None
    max: int | float | None = None
    # The value the arguments ask for, part of the widget's identity; `default` is None instead
    # when the widget's key holds None.
    declared: int | float | None = None

    def from_wire(self, state: WidgetState) -> int | float | None:
        """The page's number; an emptied input gives the default back, as in Streamlit (only an
        input whose default is None can be emptied there)."""
        field = reported_field(state, "int_value", "double_value", "null_value", None)
        if field == "null_value" or field is None:
            return self.default
        if field == "int_value":
            return int(state.int_value) if self.is_int else float(state.int_value)
        raw = state.double_value
        if not math.isfinite(raw):
            raise WidgetValueError(f"{raw} is not a finite number")
        if self.is_int:
            if not raw.is_integer():
                raise WidgetValueError(f"{raw} is not a whole number")
            return int(raw)
        return float(raw)

    def problem(self, value: Any) -> str | None:
        """Why `value` is not a value of this number_input: another type, or out of bounds.

        The step is not checked: the page lets users type any number, as Streamlit does.
        """
        if value is None:
            return None
        kind = int if self.is_int else (int, float)
        if isinstance(value, bool) or not isinstance(value, kind):
            return f"{quoted(value)} is not {'a whole number' if self.is_int else 'a number'}"
        if not math.isfinite(value):
            return f"{value} is not a finite number"
        if self.min is not None and value < self.min:
            return f"{value} is below min_value {self.min}"
        if self.max is not None and value > self.max:
            return f"{value} is above max_value {self.max}"
        return None


def resolve_number_input(
    label: str,
    min_value: Any,
    max_value: Any,
    value: Any,
    step: Any,
    format: str | None,
    key_holds_none: bool = False,
) -> NumberSpec:
    """Streamlit's rules: the numbers given decide int or float, and none given means float.

    So `number_input("x")` and `number_input("x", value=None)` are floats (0.0 and None, step
    0.01, "%0.2f"), as are the widgets whose only number is a float; a widget whose numbers are
    all ints is an int (step 1, "%d"). `format` changes only how the value is shown. A key
    holding None empties the input whatever `value` says (`value` still decides int or float),
    so `value` is not checked against the bounds.
    """
    named = {"value": value, "min_value": min_value, "max_value": max_value, "step": step}
    given = {name: n for name, n in named.items() if n is not None and n != "min"}
    for number in given.values():
        if isinstance(number, bool) or not isinstance(number, (numbers.Integral, float)):
            raise APIError(f"st.number_input {label!r}: {number!r} is not a number.")
    kinds = {isinstance(n, numbers.Integral) for n in given.values()}
    if len(kinds) > 1:
        types = "".join(f"\n`{name}` has {type(n).__name__} type." for name, n in given.items())
        raise APIError(
            f"st.number_input {label!r}: all numerical arguments must be of the same type.{types} "
            "Write 1.0 instead of 1 to make them floats."
        )
    is_int = kinds == {True}
    lo, hi = (_plain_number(v, is_int) for v in (min_value, max_value))
    if value == "min":
        declared: int | float | None = lo if lo is not None else (0 if is_int else 0.0)
    else:
        declared = _plain_number(value, is_int)
    default = None if key_holds_none else declared
    if lo is not None and hi is not None and lo > hi:
        raise APIError(
            f"st.number_input {label!r}: the `min_value`, set to {lo}, cannot be greater than "
            f"the `max_value`, set to {hi}."
        )
    if default is not None:
        if lo is not None and default < lo:
            raise APIError(
                f"st.number_input {label!r}: the value {default} is below min_value {lo}."
            )
        if hi is not None and default > hi:
            raise APIError(
                f"st.number_input {label!r}: the value {default} is above max_value {hi}."
            )
    resolved_step = _plain_number(step, is_int) if step is not None else (1 if is_int else 0.01)
    fmt = format if format is not None else ("%d" if is_int else "%0.2f")
    try:
        float(fmt % 2)
    except (TypeError, ValueError):
        raise APIError(
            f"Format string for `st.number_input` contains invalid characters: {fmt}"
        ) from None
    return NumberSpec(is_int, resolved_step, fmt, default, lo, hi, declared)


def _plain_number(number: Any, is_int: bool) -> Any:
    """A numpy int or float as Python's own, so values compare, hash and persist as usual."""
    if number is None:
        return None
    return int(number) if is_int else float(number)


@dataclass(frozen=True)
class DateSpec:
    is_range: bool
    default: Any
    default_wire: tuple[str, ...]
    min: str
    max: str

    def to_wire(self, value: Any) -> list[str]:
        if value is None:
            return []
        values = list(value) if isinstance(value, (list, tuple)) else [value]
        return [v.isoformat() for v in values]

    def from_wire(self, state: WidgetState) -> Any:
        reported_field(state, "string_array_value", None)
        texts = list(state.string_array_value.data)
        if len(texts) > (2 if self.is_range else 1):
            raise WidgetValueError(f"it reported {len(texts)} dates")
        try:
            dates = [dt.date.fromisoformat(v) for v in texts]
        except ValueError:
            raise WidgetValueError(f"{quoted(texts)} are not ISO dates (YYYY-MM-DD)") from None
        if self.is_range:
            return tuple(dates)
        return dates[0] if dates else None

    def problem(self, value: Any) -> str | None:
        """Why `value` is not a value of this date_input: not dates, or outside min/max."""
        if value is None:
            return None
        if self.is_range:
            if not isinstance(value, tuple) or len(value) > 2:
                return f"{quoted(value)} is not a range of at most two dates"
            days = list(value)
        else:
            days = [value]
        lo, hi = dt.date.fromisoformat(self.min), dt.date.fromisoformat(self.max)
        for day in days:
            if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
                return f"{quoted(day)} is not a date"
            if not lo <= day <= hi:
                return f"{day} is outside min_value {lo} and max_value {hi}"
        return None


def resolve_date_input(
    label: str, value: Any, min_value: Any, max_value: Any, format: str
) -> DateSpec:
    if format not in (
        "YYYY/MM/DD",
        "DD/MM/YYYY",
        "MM/DD/YYYY",
        "YYYY-MM-DD",
        "DD-MM-YYYY",
        "MM-DD-YYYY",
        "YYYY.MM.DD",
        "DD.MM.YYYY",
        "MM.DD.YYYY",
    ):
        raise APIError(
            f"st.date_input {label!r}: unsupported format {format!r}; use e.g. 'YYYY/MM/DD'."
        )
    is_range = isinstance(value, (list, tuple))
    try:
        if value == "today":
            values = [dt.date.today()]
        elif value is None:
            values = []
        elif is_range:
            values = [dt.date.today() if v == "today" else as_date(v) for v in value]
        else:
            values = [as_date(value)]
    except (TypeError, ValueError):
        raise APIError(f"st.date_input {label!r}: {value!r} is not a date.") from None
    if len(values) > 2:
        raise APIError(f"st.date_input {label!r}: a range has at most two dates.")
    anchor = values[0] if values else dt.date.today()
    lo = as_date(min_value) if min_value is not None else anchor.replace(year=anchor.year - 10)
    hi = as_date(max_value) if max_value is not None else anchor.replace(year=anchor.year + 10)
    for day in values:
        if not lo <= day <= hi:
            raise APIError(
                f"st.date_input {label!r}: {day} is outside min_value {lo} and max_value {hi}."
            )
    default: Any = tuple(values) if is_range else (values[0] if values else None)
    return DateSpec(
        is_range, default, tuple(v.isoformat() for v in values), lo.isoformat(), hi.isoformat()
    )


def resolve_time_value(label: str, value: Any) -> dt.time | None:
    if value == "now":
        return dt.datetime.now().time().replace(second=0, microsecond=0)
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, dt.time):
        return value
    if isinstance(value, str):
        try:
            return dt.time.fromisoformat(value)
        except ValueError:
            pass
    raise APIError(f"st.time_input {label!r}: {value!r} is not a time.")


def time_from_wire(state: WidgetState) -> dt.time | None:
    if reported_field(state, "string_value", "null_value") != "string_value":
        return None
    if not state.string_value:
        return None
    try:
        return dt.time.fromisoformat(state.string_value)
    except ValueError:
        raise WidgetValueError(f"{quoted(state.string_value)} is not a time (HH:MM)") from None
