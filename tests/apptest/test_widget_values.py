"""Python values to wire states and back: AppTest's states read back by the engine's own readers."""

from __future__ import annotations

import datetime as dt

import pytest

from dataapp.elements import registry
from dataapp.elements.widgets import slider_values, wire
from dataapp.proto.element_pb2 import Element
from dataapp.proto.widgets_pb2 import Slider


@pytest.mark.parametrize(
    ("args", "value"),
    [
        ((0, 10, 5), 7),
        ((0.0, 1.0, 0.5), 0.25),
        ((0, 100, (10, 20)), (30, 40)),
        ((dt.date(2024, 1, 1), dt.date(2024, 12, 31), dt.date(2024, 6, 1)), dt.date(2024, 2, 29)),
        (
            (dt.datetime(2024, 1, 1), dt.datetime(2024, 1, 2), dt.datetime(2024, 1, 1, 3)),
            dt.datetime(2024, 1, 1, 12, 45),
        ),
        ((dt.time(0), dt.time(23), dt.time(9)), dt.time(13, 15, 30)),
    ],
)
def test_slider_states_read_back_as_the_value_that_was_set(
    args: tuple[object, object, object], value: object
) -> None:
    spec = slider_values.resolve_slider("s", *args, None, None)
    assert spec.from_wire(wire.slider_state("id", spec.data_type, value)) == value


def test_an_aware_datetime_travels_as_its_instant() -> None:
    moment = dt.datetime(2024, 1, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    (micros,) = wire.slider_state("id", Slider.DATETIME, moment).double_array_value.data
    assert micros == wire.slider_number(Slider.DATETIME, dt.datetime(2024, 1, 1, 10))


def test_slider_bounds_read_as_python_values() -> None:
    micros = wire.slider_number(Slider.DATE, dt.date(2024, 3, 1))
    assert wire.slider_python_value(Slider.DATE, micros) == dt.date(2024, 3, 1)
    assert wire.slider_python_value(Slider.INT, 3.0) == 3


def test_a_number_slider_refuses_a_date() -> None:
    with pytest.raises(TypeError, match="number slider"):
        wire.slider_state("id", Slider.INT, dt.date(2024, 1, 1))


def test_number_input_states() -> None:
    spec = slider_values.resolve_number_input("n", 0, 10, 5, None, None)
    assert spec.from_wire(wire.number_state("id", True, 7)) == 7
    assert spec.from_wire(wire.number_state("id", True, None)) == 5  # emptied: the default
    with pytest.raises(ValueError, match="whole numbers"):
        wire.number_state("id", True, 2.5)
    floats = slider_values.resolve_number_input("n", 0.0, 1.0, 0.5, None, None)
    assert floats.from_wire(wire.number_state("id", False, 0.75)) == 0.75


def test_date_and_time_input_states() -> None:
    single = slider_values.resolve_date_input("d", dt.date(2024, 1, 1), None, None, "YYYY/MM/DD")
    assert single.from_wire(wire.date_state("id", dt.date(2024, 5, 6))) == dt.date(2024, 5, 6)
    assert single.from_wire(wire.date_state("id", None)) is None
    span = slider_values.resolve_date_input(
        "d", (dt.date(2024, 1, 1), dt.date(2024, 1, 2)), None, None, "YYYY/MM/DD"
    )
    state = wire.date_state("id", [dt.date(2024, 1, 3), dt.datetime(2024, 1, 9, 8)])
    assert list(state.string_array_value.data) == ["2024-01-03", "2024-01-09"]
    assert span.from_wire(state) == (dt.date(2024, 1, 3), dt.date(2024, 1, 9))
    assert wire.time_state("id", dt.time(7, 5)).string_value == "07:05"
    assert wire.time_state("id", dt.time(7, 5, 9)).string_value == "07:05:09"
    assert slider_values.time_from_wire(wire.time_state("id", dt.time(7, 5, 9))) == dt.time(7, 5, 9)
    assert slider_values.time_from_wire(wire.time_state("id", None)) is None


def test_the_shown_state_of_an_untouched_widget_is_what_the_element_carries() -> None:
    element = Element()
    element.number_input.info.id = "n"
    element.number_input.data_type = element.number_input.INT
    element.number_input.value = 4.0
    assert registry.shown_state(element).int_value == 4
    element.number_input.ClearField("value")
    assert registry.shown_state(element).WhichOneof("value") == "null_value"
    box = Element()
    box.selectbox.info.id = "s"
    box.selectbox.index = -1
    assert registry.shown_state(box).int_value == -1
    with pytest.raises(ValueError, match="not a widget"):
        registry.shown_state(Element())
