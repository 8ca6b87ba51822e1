"""Widget values on the wire (docs/protocol.md, "Widgets"): the one copy of how a Python value
becomes the WidgetState the page reports, and how a widget element's shown value reads as one.

Used by the widgets (their specs convert with `to_micros`/`from_micros`) and by AppTest, which
stages the states a user's input would send (`*_state`) and reports an untouched widget the way
the page does (`shown_*`; the registry picks one per element kind). Pure functions, any thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from dataapp.proto.widgets_pb2 import NumberInput, Slider, WidgetState

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
_MICROS = 1_000_000


# -- dates and times as slider numbers: microseconds since the epoch (UTC) -----------------------


def to_micros(value: Any) -> float:
    """A date, time or datetime as a slider number; a naive datetime is read as UTC."""
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
        return (aware - EPOCH) // dt.timedelta(microseconds=1)
    if isinstance(value, dt.date):
        return to_micros(dt.datetime(value.year, value.month, value.day))
    if isinstance(value, dt.time):
        return float(
            ((value.hour * 60 + value.minute) * 60 + value.second) * _MICROS + value.microsecond
        )
    raise TypeError(value)


def from_micros(micros: float, data_type: int, tzinfo: dt.tzinfo | None) -> Any:
    """A slider number back as the date, time or datetime it stands for."""
    moment = EPOCH + dt.timedelta(microseconds=int(micros))
    if data_type == Slider.DATE:
        return moment.date()
    if data_type == Slider.TIME:
        return moment.time()
    return moment.astimezone(tzinfo) if tzinfo else moment.replace(tzinfo=None)


def as_date(value: Any) -> dt.date:
    """A date_input value: a date, a datetime's date, or an ISO date string."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    raise TypeError(f"A date_input takes datetime.date values, not {value!r}.")


# -- what an untouched widget reports: the value its element shows ------------------------------


def shown_trigger(proto: Any, state: WidgetState) -> None:
    """Buttons: not pressed."""
    state.trigger_value = False


def shown_bool(proto: Any, state: WidgetState) -> None:
    state.bool_value = proto.value


def shown_index(proto: Any, state: WidgetState) -> None:
    state.int_value = proto.index


def shown_indices(proto: Any, state: WidgetState) -> None:
    state.int_array_value.data.extend(proto.indices)


def shown_doubles(proto: Any, state: WidgetState) -> None:
    state.double_array_value.data.extend(proto.value)


def shown_number(proto: Any, state: WidgetState) -> None:
    if not proto.HasField("value"):
        state.null_value = True
    elif proto.data_type == NumberInput.INT:
        state.int_value = round(proto.value)
    else:
        state.double_value = proto.value


def shown_text(proto: Any, state: WidgetState) -> None:
    """text_input, text_area, time_input: the text, or empty (None)."""
    if proto.HasField("value"):
        state.string_value = proto.value
    else:
        state.null_value = True


def shown_strings(proto: Any, state: WidgetState) -> None:
    state.string_array_value.data.extend(proto.value)
    state.string_array_value.SetInParent()


def shown_string(proto: Any, state: WidgetState) -> None:
    state.string_value = proto.value


def shown_nothing(proto: Any, state: WidgetState) -> None:
    """A widget that reports only when used (chat_input: a submitted text)."""


# -- what a user's input sends ------------------------------------------------------------------


def trigger_state(widget_id: str, pressed: bool) -> WidgetState:
    return WidgetState(id=widget_id, trigger_value=pressed)


def chosen_label_state(widget_id: str, label: str | None) -> WidgetState:
    """st.menu_button: the label of the option chosen, for one run (None: nothing chosen)."""
    state = WidgetState(id=widget_id)
    if label is not None:
        state.string_trigger_value = label
    return state


def bool_state(widget_id: str, value: bool) -> WidgetState:
    return WidgetState(id=widget_id, bool_value=bool(value))


def index_state(widget_id: str, index: int | None) -> WidgetState:
    """radio, selectbox: an index into the options, -1 for none."""
    return WidgetState(id=widget_id, int_value=-1 if index is None else index)


def indices_state(widget_id: str, indices: Sequence[int]) -> WidgetState:
    """multiselect: indices into the options, in the order they were picked."""
    state = WidgetState(id=widget_id)
    state.int_array_value.data.extend(indices)
    state.int_array_value.SetInParent()
    return state


def slider_state(widget_id: str, data_type: int, value: Any) -> WidgetState:
    """slider: one or two numbers; dates, times and datetimes as microseconds since the epoch."""
    values = list(value) if isinstance(value, (list, tuple)) else [value]
    state = WidgetState(id=widget_id)
    state.double_array_value.data.extend(slider_number(data_type, v) for v in values)
    return state


def select_slider_state(widget_id: str, indices: Sequence[int]) -> WidgetState:
    """select_slider: one or two indices into the options, as doubles."""
    state = WidgetState(id=widget_id)
    state.double_array_value.data.extend(float(i) for i in indices)
    return state


def slider_number(data_type: int, value: Any) -> float:
    """One slider value as its number, checked against the slider's type."""
    if data_type in (Slider.INT, Slider.FLOAT):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"A number slider takes numbers, not {value!r}.")
        return float(value)
    if data_type == Slider.TIME:
        if not isinstance(value, dt.time):
            raise TypeError(f"A time slider takes datetime.time values, not {value!r}.")
        return float(to_micros(value))
    if data_type == Slider.DATE:
        if not isinstance(value, dt.date):
            raise TypeError(f"A date slider takes datetime.date values, not {value!r}.")
        if isinstance(value, dt.datetime):
            value = value.date()
    elif not isinstance(value, dt.datetime):
        raise TypeError(f"A datetime slider takes datetime.datetime values, not {value!r}.")
    return float(to_micros(value))


def slider_python_value(data_type: int, number: float) -> Any:
    """A slider bound (min, max) as the Python type of the slider's values."""
    if data_type == Slider.INT:
        return round(number)
    if data_type == Slider.FLOAT:
        return float(number)
    return from_micros(number, data_type, None)


def number_state(widget_id: str, is_int: bool, value: int | float | None) -> WidgetState:
    if value is None:
        return WidgetState(id=widget_id, null_value=True)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"A number_input takes numbers or None, not {value!r}.")
    if is_int:
        if not float(value).is_integer():
            raise ValueError(f"This number_input takes whole numbers, not {value!r}.")
        return WidgetState(id=widget_id, int_value=int(value))
    return WidgetState(id=widget_id, double_value=float(value))


def text_state(widget_id: str, value: str | None) -> WidgetState:
    if value is None:
        return WidgetState(id=widget_id, null_value=True)
    return WidgetState(id=widget_id, string_value=str(value))


def datetime_state(widget_id: str, value: dt.datetime | None) -> WidgetState:
    """datetime_input: "YYYY-MM-DDTHH:MM", or none for an emptied field."""
    state = WidgetState(id=widget_id)
    if value is not None:
        state.string_array_value.data.append(value.strftime("%Y-%m-%dT%H:%M"))
    state.string_array_value.SetInParent()
    return state


def date_state(widget_id: str, value: Any) -> WidgetState:
    """date_input: none, one or two ISO dates."""
    if value is None:
        values: list[Any] = []
    elif isinstance(value, (list, tuple)):
        values = list(value)
    else:
        values = [value]
    state = WidgetState(id=widget_id)
    state.string_array_value.data.extend(as_date(v).isoformat() for v in values)
    state.string_array_value.SetInParent()
    return state


def time_state(widget_id: str, value: dt.time | dt.datetime | None) -> WidgetState:
    """time_input: "HH:MM", or "HH:MM:SS" when there are seconds; None empties it."""
    if value is None:
        return WidgetState(id=widget_id, null_value=True)
    if isinstance(value, dt.datetime):
        value = value.time()
    if not isinstance(value, dt.time):
        raise TypeError(f"A time_input takes datetime.time values or None, not {value!r}.")
    text = value.strftime("%H:%M:%S" if value.second else "%H:%M")
    return WidgetState(id=widget_id, string_value=text)


def color_state(widget_id: str, value: str) -> WidgetState:
    return WidgetState(id=widget_id, string_value=str(value))
