"""Widget values on the wire, as the page reports them in a rerun (docs/protocol.md, "Widgets").

Pure functions. `shown_state` reads what a widget element shows, the way the page sends it for a
control the user has not touched; the other functions turn a value a test sets into what the
page would send after the user picked that value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from dataapp.proto.element_pb2 import Element
from dataapp.proto.widgets_pb2 import NumberInput, Slider, WidgetState

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
_ONE_MICROSECOND = dt.timedelta(microseconds=1)

# Element kinds that are widgets (they carry a WidgetInfo and report a WidgetState).
WIDGET_KINDS = frozenset(
    {
        "button",
        "checkbox",
        "radio",
        "selectbox",
        "multiselect",
        "slider",
        "number_input",
        "text_input",
        "text_area",
        "date_input",
        "time_input",
        "color_picker",
    }
)


def shown_state(element: Element) -> WidgetState:
    """The state the page reports for a widget showing what the server sent (untouched)."""
    kind = element.WhichOneof("type")
    if kind not in WIDGET_KINDS:
        raise ValueError(f"A {kind} element is not a widget.")
    proto: Any = getattr(element, kind)
    state = WidgetState(id=proto.info.id)
    if kind == "button":
        state.trigger_value = False
    elif kind == "checkbox":
        state.bool_value = proto.value
    elif kind in ("radio", "selectbox"):
        state.int_value = proto.index
    elif kind == "multiselect":
        state.int_array_value.data.extend(proto.indices)
    elif kind == "slider":
        state.double_array_value.data.extend(proto.value)
    elif kind == "number_input":
        if not proto.HasField("value"):
            state.null_value = True
        elif proto.data_type == NumberInput.INT:
            state.int_value = round(proto.value)
        else:
            state.double_value = proto.value
    elif kind in ("text_input", "text_area", "time_input"):
        if proto.HasField("value"):
            state.string_value = proto.value
        else:
            state.null_value = True
    elif kind == "date_input":
        state.string_array_value.data.extend(proto.value)
        state.string_array_value.SetInParent()
    elif kind == "color_picker":
        state.string_value = proto.value
    return state


def trigger_state(widget_id: str, pressed: bool) -> WidgetState:
    return WidgetState(id=widget_id, trigger_value=pressed)


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
    if data_type in (Slider.INT, Slider.FLOAT):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"A number slider takes numbers, not {value!r}.")
        return float(value)
    if data_type == Slider.TIME:
        if not isinstance(value, dt.time):
            raise TypeError(f"A time slider takes datetime.time values, not {value!r}.")
        seconds = (value.hour * 60 + value.minute) * 60 + value.second
        return float(seconds * 1_000_000 + value.microsecond)
    if data_type == Slider.DATE:
        if not isinstance(value, dt.date):
            raise TypeError(f"A date slider takes datetime.date values, not {value!r}.")
        if isinstance(value, dt.datetime):
            value = value.date()
        value = dt.datetime(value.year, value.month, value.day)
    if not isinstance(value, dt.datetime):
        raise TypeError(f"A datetime slider takes datetime.datetime values, not {value!r}.")
    # A naive datetime is read as UTC, as the engine writes it.
    aware = value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
    return float((aware - _EPOCH) // _ONE_MICROSECOND)


def slider_python_value(data_type: int, number: float) -> Any:
    """A slider bound (min, max) as the Python type of the slider's values."""
    if data_type == Slider.INT:
        return round(number)
    if data_type == Slider.FLOAT:
        return float(number)
    moment = _EPOCH + dt.timedelta(microseconds=int(number))
    if data_type == Slider.DATE:
        return moment.date()
    if data_type == Slider.TIME:
        return moment.time()
    return moment.replace(tzinfo=None)


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


def date_state(widget_id: str, value: Any) -> WidgetState:
    """date_input: none, one or two ISO dates."""
    if value is None:
        values: list[Any] = []
    elif isinstance(value, (list, tuple)):
        values = list(value)
    else:
        values = [value]
    state = WidgetState(id=widget_id)
    state.string_array_value.data.extend(_as_date(v).isoformat() for v in values)
    state.string_array_value.SetInParent()
    return state


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    raise TypeError(f"A date_input takes datetime.date values, not {value!r}.")


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
