from __future__ import annotations

import datetime as dt

import pytest

from dataapp.elements.widgets import slider_values
from dataapp.errors import APIError
from dataapp.proto.widgets_pb2 import Slider, WidgetState


def _wire(*values: float) -> WidgetState:
    state = WidgetState()
    state.double_array_value.data.extend(values)
    return state


def test_int_slider_defaults_like_streamlit() -> None:
    spec = slider_values.resolve_slider("s", None, None, None, None, None)
    assert (spec.data_type, spec.min, spec.max, spec.step, spec.default, spec.format) == (
        Slider.INT,
        0,
        100,
        1,
        0,
        "%d",
    )
    assert spec.from_wire(_wire(42.0)) == 42


def test_float_range_slider_round_trips() -> None:
    spec = slider_values.resolve_slider("s", 0.0, 1.0, (0.2, 0.8), None, None)
    assert spec.is_range and spec.default == (0.2, 0.8)
    assert spec.from_wire(_wire(0.1, 0.9)) == (0.1, 0.9)


def test_date_slider_travels_as_microseconds() -> None:
    day = dt.date(2026, 11, 21)
    spec = slider_values.resolve_slider("s", None, None, day, None, None)
    assert spec.data_type == Slider.DATE
    assert spec.from_wire(_wire(*spec.to_wire(day + dt.timedelta(days=2)))) == dt.date(2026, 11, 23)
    assert spec.min == spec.to_wire(day - dt.timedelta(days=14))[0]


def test_time_and_datetime_sliders_round_trip() -> None:
    spec = slider_values.resolve_slider("s", None, None, dt.time(9, 30), None, None)
    assert spec.from_wire(_wire(*spec.to_wire(dt.time(10, 45)))) == dt.time(10, 45)
    moment = dt.datetime(2026, 1, 2, 3, 4)
    spec = slider_values.resolve_slider("s", None, None, moment, None, None)
    assert spec.from_wire(_wire(*spec.to_wire(moment))) == moment


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((0, 10.0, 5, None), "same type"),
        ((0, 10, 20, None), "must lie between"),
        ((10, 0, 5, None), "greater than"),
        ((0, 10, 5, 0), "step must be positive"),
        (("a", "b", None, None), "must be int, float"),
    ],
)
def test_bad_slider_arguments_say_what_is_wrong(args: tuple[object, ...], message: str) -> None:
    with pytest.raises(APIError, match=message):
        slider_values.resolve_slider("s", *args, None)


def test_number_input_types_and_bounds() -> None:
    assert slider_values.resolve_number_input("n", None, None, "min", None, None).default == 0
    spec = slider_values.resolve_number_input("n", 1.5, None, "min", None, None)
    assert (spec.is_int, spec.default, spec.step, spec.format) == (False, 1.5, 0.01, "%0.2f")
    with pytest.raises(APIError, match="same type"):
        slider_values.resolve_number_input("n", 0, 1.0, "min", None, None)
    with pytest.raises(APIError, match="above max_value"):
        slider_values.resolve_number_input("n", 0, 5, 7, None, None)
    empty = WidgetState(null_value=True)
    assert (
        slider_values.resolve_number_input("n", None, None, None, None, None).from_wire(empty)
        is None
    )


def test_date_input_single_range_and_empty() -> None:
    spec = slider_values.resolve_date_input("d", dt.date(2026, 1, 1), None, None, "YYYY/MM/DD")
    assert spec.to_wire(spec.default) == ["2026-01-01"] and spec.max == "2036-01-01"
    range_spec = slider_values.resolve_date_input(
        "d", (dt.date(2026, 1, 1), dt.date(2026, 2, 1)), None, None, "YYYY/MM/DD"
    )
    state = WidgetState()
    state.string_array_value.data.extend(["2026-01-03", "2026-01-09"])
    assert range_spec.from_wire(state) == (dt.date(2026, 1, 3), dt.date(2026, 1, 9))
    assert slider_values.resolve_date_input("d", None, None, None, "YYYY/MM/DD").default is None
    with pytest.raises(APIError, match="unsupported format"):
        slider_values.resolve_date_input("d", None, None, None, "nonsense")
