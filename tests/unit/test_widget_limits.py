"""Widget values the page reports are checked against the widget's own limits before the script
sees them: the rules of each widget, and what SessionState does with a refused value."""

from __future__ import annotations

import datetime as dt
import logging
import math
from typing import Any

import pandas as pd
import pytest

from dataapp.elements.data.api import selection_problem
from dataapp.elements.data.edits import edit_problem, parse_edits
from dataapp.elements.widget_support import (
    option_indices,
    reported_field,
    text_problem,
    trigger_from_wire,
)
from dataapp.elements.widgets import slider_values
from dataapp.proto.widgets_pb2 import Slider, WidgetState, WidgetStates
from dataapp.runtime.session_state import SessionState, WidgetMetadata, WidgetValueError

# -- SessionState: one place where every report is read and checked --------------------------


def _number_meta(**overrides: Any) -> WidgetMetadata:
    spec = slider_values.resolve_number_input("Count", 0, 10, 3, None, None)
    fields: dict[str, Any] = dict(
        id="$$WID-number_input-count",
        kind="number_input",
        label="Count",
        key="count",
        deserialize=spec.from_wire,
        default=spec.default,
        validate=spec.problem,
    )
    fields.update(overrides)
    return WidgetMetadata(**fields)


def _report(*states: WidgetState) -> WidgetStates:
    return WidgetStates(widgets=list(states))


def _number(value: int) -> WidgetState:
    return WidgetState(id="$$WID-number_input-count", int_value=value)


def _run(state: SessionState, meta: WidgetMetadata, *states: WidgetState) -> tuple[Any, bool]:
    """One run: the page's report, then the widget call. (value the script got, set_value)"""
    state.on_script_will_rerun(_report(*states))
    registered = state.register_widget(meta, has_explicit_default=True)
    state.on_script_finished(complete=True)
    return registered.value, registered.set_value


def test_a_refused_value_leaves_the_script_the_value_it_saw_last(
    caplog: pytest.LogCaptureFixture,
) -> None:
    state, meta = SessionState(), _number_meta()
    _run(state, meta)
    assert state.on_script_will_rerun(_report(_number(7))) == [meta]
    assert state.register_widget(meta, True).value == 7
    state.on_script_finished(complete=True)

    with caplog.at_level(logging.WARNING, logger="dataapp.widgets"):
        assert state.on_script_will_rerun(_report(_number(11))) == []  # no callback either
    registered = state.register_widget(meta, True)
    assert registered.value == 7
    # The page is told to show 7 again instead of the 11 it sent.
    assert registered.set_value and registered.shown == 7
    [record] = caplog.records
    assert record.levelno == logging.WARNING
    assert "st.number_input 'Count' (key 'count')" in record.getMessage()
    assert "11 is above max_value 10" in record.getMessage()


def test_a_report_that_arrives_before_its_widget_exists_is_checked_when_it_registers(
    caplog: pytest.LogCaptureFixture,
) -> None:
    state, meta = SessionState(), _number_meta()
    with caplog.at_level(logging.WARNING, logger="dataapp.widgets"):
        state.on_script_will_rerun(_report(_number(-5)))
        registered = state.register_widget(meta, True)
    # Never seen before: it keeps its default.
    assert registered.value == 3 and registered.set_value
    assert "-5 is below min_value 0" in caplog.records[0].getMessage()

    # A valid early report is taken.
    other = SessionState()
    other.on_script_will_rerun(_report(_number(9)))
    assert other.register_widget(meta, True).value == 9


def test_a_deserializer_that_fails_on_a_malformed_report_refuses_it_instead_of_ending_the_run(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def fragile(report: WidgetState) -> Any:
        return {"a": 1}[report.string_value]

    state, meta = SessionState(), _number_meta(deserialize=fragile, validate=None, default="a")
    _run(state, meta)
    with caplog.at_level(logging.WARNING, logger="dataapp.widgets"):
        value, _ = _run(state, meta, WidgetState(id=meta.id, string_value="zzz"))
    assert value == "a"
    assert "the report cannot be read (KeyError" in caplog.records[0].getMessage()


def test_a_report_of_another_kind_of_value_is_refused() -> None:
    state, meta = SessionState(), _number_meta()
    _run(state, meta, _number(5))
    value, _ = _run(state, meta, WidgetState(id=meta.id, string_value="6"))
    assert value == 5


def test_a_value_the_app_set_beyond_the_limits_is_not_blamed_on_the_page(
    caplog: pytest.LogCaptureFixture,
) -> None:
    state, meta = SessionState(), _number_meta()
    _run(state, meta)
    state.on_script_will_rerun(None)
    state["count"] = 50  # through st.session_state, before the widget call
    assert state.register_widget(meta, True).value == 50
    state.on_script_finished(complete=True)
    with caplog.at_level(logging.WARNING, logger="dataapp.widgets"):
        # The page shows 50 and reports it back: nothing changed, nothing to refuse.
        value, _ = _run(state, meta, _number(50))
    assert value == 50 and caplog.records == []


def test_a_refused_button_press_is_no_press() -> None:
    meta = WidgetMetadata(
        id="$$WID-button-go",
        kind="button",
        label="Go",
        deserialize=trigger_from_wire,
        default=False,
        is_trigger=True,
    )
    state = SessionState()
    _run(state, meta)
    assert state.on_script_will_rerun(_report(WidgetState(id=meta.id, bool_value=True))) == []
    registered = state.register_widget(meta, True)
    assert registered.value is False and not registered.set_value
    state.on_script_finished(complete=True)
    assert state.on_script_will_rerun(_report(WidgetState(id=meta.id, trigger_value=True))) == [
        meta
    ]


def test_a_value_restored_from_an_earlier_launch_is_checked_by_the_same_rule() -> None:
    state, meta = SessionState(), _number_meta()
    state.restore({}, {"count": 99}, {})
    state.on_script_will_rerun(None)
    assert state.register_widget(meta, True).value == 3
    fitting = SessionState()
    fitting.restore({}, {"count": 8}, {})
    fitting.on_script_will_rerun(None)
    assert fitting.register_widget(meta, True).value == 8


# -- the rules of each widget ------------------------------------------------------------------


def _read(deserialize: Any, report: WidgetState) -> Any:
    try:
        return deserialize(report)
    except WidgetValueError as error:
        return f"refused: {error}"


def test_reported_field_names_the_kind_of_value_a_widget_takes() -> None:
    assert reported_field(WidgetState(bool_value=False), "bool_value") == "bool_value"
    assert reported_field(WidgetState(), "int_array_value", None) is None
    with pytest.raises(WidgetValueError, match="reported string_value, where this widget takes"):
        reported_field(WidgetState(string_value="x"), "bool_value")
    with pytest.raises(WidgetValueError, match="reported no value"):
        reported_field(WidgetState(), "int_value")


def test_option_indices_must_be_whole_numbers_in_range() -> None:
    assert option_indices([0, 2.0], 3) == [0, 2]
    for bad in ([3], [-1], [1.5]):
        with pytest.raises(WidgetValueError):
            option_indices(bad, 3)


def test_text_must_be_text_within_max_chars() -> None:
    assert text_problem("abcde", 5) is None
    assert text_problem(None, 5) is None
    assert text_problem("abcdef", 5) == "6 characters are more than max_chars=5"
    assert text_problem(None, 5, may_be_none=False) == "None is not text"
    assert text_problem(["a"], None) == "['a'] is not text"
    # A value quoted in a message is cut short: the page may send megabytes.
    message = text_problem(b"x" * 10_000, None)
    assert message is not None and len(message) < 100


def test_an_int_number_input_takes_whole_numbers_within_its_bounds() -> None:
    spec = slider_values.resolve_number_input("n", 0, 10, 3, None, None)
    assert _read(spec.from_wire, WidgetState(int_value=4)) == 4
    assert _read(spec.from_wire, WidgetState(double_value=4.0)) == 4
    assert (
        _read(spec.from_wire, WidgetState(double_value=4.5)) == "refused: 4.5 is not a whole number"
    )
    assert _read(spec.from_wire, WidgetState(double_value=math.nan)).startswith("refused")
    assert _read(spec.from_wire, WidgetState(null_value=True)) == 3  # emptied: the default
    assert spec.problem(10) is None and spec.problem(None) is None
    assert spec.problem(11) == "11 is above max_value 10"
    assert spec.problem(-1) == "-1 is below min_value 0"
    assert spec.problem(2.5) == "2.5 is not a whole number"
    assert spec.problem(True) == "True is not a whole number"


def test_a_float_number_input_takes_finite_numbers_within_its_bounds() -> None:
    spec = slider_values.resolve_number_input("x", -1.0, 1.0, 0.0, None, None)
    assert _read(spec.from_wire, WidgetState(int_value=1)) == 1.0
    assert _read(spec.from_wire, WidgetState(double_value=math.inf)).startswith("refused")
    assert spec.problem(0.25) is None
    assert spec.problem(1.5) == "1.5 is above max_value 1.0"
    unbounded = slider_values.resolve_number_input("y", None, None, 0.0, None, None)
    assert unbounded.problem(1e300) is None


def test_a_slider_takes_as_many_values_as_it_shows_within_its_range() -> None:
    single = slider_values.resolve_slider("s", 0, 10, 5, None, None)
    report = WidgetState()
    report.double_array_value.data.extend([4.0])
    assert _read(single.from_wire, report) == 4
    report.double_array_value.data.append(6.0)
    assert _read(single.from_wire, report) == "refused: it reported 2 values, not 1"
    assert single.problem(10) is None
    assert single.problem(11) == "11 is outside the slider's range"
    assert single.problem(5.5) == "5.5 is not of the slider's type"
    ranged = slider_values.resolve_slider("r", 0.0, 1.0, (0.2, 0.4), None, None)
    assert ranged.problem((0.0, 1.0)) is None
    assert ranged.problem(0.5) == "0.5 is not a range of two values"
    assert ranged.problem((0.5, 1.5)) == "(0.5, 1.5) is outside the slider's range"
    nan = WidgetState()
    nan.double_array_value.data.extend([math.nan, 0.5])
    assert _read(ranged.from_wire, nan).startswith("refused")
    days = slider_values.resolve_slider(
        "d", dt.date(2024, 1, 1), dt.date(2024, 1, 31), dt.date(2024, 1, 5), None, None
    )
    assert days.data_type == Slider.DATE
    assert days.problem(dt.date(2024, 1, 31)) is None
    assert (
        days.problem(dt.date(2024, 2, 1))
        == "datetime.date(2024, 2, 1) is outside the slider's range"
    )
    assert days.problem(dt.datetime(2024, 1, 2)) is not None


def test_a_date_input_takes_iso_dates_between_its_min_and_max() -> None:
    spec = slider_values.resolve_date_input(
        "d", dt.date(2024, 1, 10), dt.date(2024, 1, 1), dt.date(2024, 1, 31), "YYYY/MM/DD"
    )
    report = WidgetState()
    report.string_array_value.data.append("2024-01-20")
    assert _read(spec.from_wire, report) == dt.date(2024, 1, 20)
    report.string_array_value.data.append("2024-01-21")
    assert _read(spec.from_wire, report) == "refused: it reported 2 dates"
    bad = WidgetState()
    bad.string_array_value.data.append("next tuesday")
    assert _read(spec.from_wire, bad).startswith("refused: ['next tuesday'] are not ISO dates")
    assert spec.problem(dt.date(2024, 1, 31)) is None and spec.problem(None) is None
    assert spec.problem(dt.date(2024, 2, 1)) == (
        "2024-02-01 is outside min_value 2024-01-01 and max_value 2024-01-31"
    )
    assert spec.problem("2024-01-05") == "'2024-01-05' is not a date"
    ranged = slider_values.resolve_date_input(
        "r", (dt.date(2024, 1, 2), dt.date(2024, 1, 3)), dt.date(2024, 1, 1), None, "YYYY/MM/DD"
    )
    assert ranged.problem((dt.date(2024, 1, 2),)) is None  # a range being picked
    assert ranged.problem((dt.date(2023, 12, 31), dt.date(2024, 1, 3))) is not None
    assert ranged.problem(dt.date(2024, 1, 2)) is not None


def test_a_time_input_takes_times() -> None:
    assert _read(slider_values.time_from_wire, WidgetState(string_value="09:30")) == dt.time(9, 30)
    assert _read(slider_values.time_from_wire, WidgetState(null_value=True)) is None
    assert _read(slider_values.time_from_wire, WidgetState(string_value="25:99")).startswith(
        "refused"
    )
    assert _read(slider_values.time_from_wire, WidgetState(int_value=930)).startswith("refused")


# -- data_editor and dataframe selections ------------------------------------------------------


def _frame() -> pd.DataFrame:
    return pd.DataFrame({"name": ["a", "b"], "count": [1, 2]})


def _edits(**parts: Any) -> dict[str, Any]:
    return {"edited_rows": {}, "added_rows": [], "deleted_rows": [], **parts}


def test_data_editor_edits_must_name_rows_and_columns_that_exist_with_values_that_fit() -> None:
    frame = _frame()

    def problem(state: Any, **allowed: Any) -> str | None:
        options = {"can_add_rows": False, "can_delete_rows": False, **allowed}
        return edit_problem(frame, state, **options)

    assert problem(_edits(edited_rows={1: {"count": 5, "name": "z"}})) is None
    assert problem(_edits(edited_rows={2: {"count": 5}})) == "row 2 does not exist (2 rows)"
    assert problem(_edits(edited_rows={0: {"price": 5}})) == "there is no column 'price'"
    assert problem(_edits(edited_rows={0: {"count": "many"}})) == (
        "'many' does not fit column 'count'"
    )
    assert problem(_edits(edited_rows={0: {"name": "z"}}), read_only={"name"}) == (
        "column 'name' is read-only"
    )
    assert problem(_edits(deleted_rows=[0])) == (
        "rows were deleted, but this editor does not delete rows (num_rows)"
    )
    assert problem(_edits(deleted_rows=[0]), can_delete_rows=True) is None
    assert problem(_edits(deleted_rows=[7]), can_delete_rows=True) is not None
    assert problem(_edits(added_rows=[{"count": 3}])) == (
        "rows were added, but this editor does not add rows (num_rows)"
    )
    assert problem(_edits(added_rows=[{"count": 3}]), can_add_rows=True) is None
    assert problem(_edits(added_rows=[{"count": "x"}]), can_add_rows=True) is not None
    assert problem("not edits") == "'not edits' is not a set of edits"


def test_data_editor_edits_that_are_not_shaped_like_edits_are_refused() -> None:
    assert parse_edits('{"edited_rows": {"1": {"a": 2}}, "deleted_rows": ["3"]}') == _edits(
        edited_rows={1: {"a": 2}}, deleted_rows=[3]
    )
    for text in ("{", "[1, 2]", '{"edited_rows": {"x": {}}}', '{"added_rows": [1]}'):
        with pytest.raises(WidgetValueError):
            parse_edits(text)


def test_a_dataframe_selection_names_rows_and_columns_that_exist() -> None:
    def selection(rows: list[Any], columns: list[str]) -> dict[str, Any]:
        return {"selection": {"rows": rows, "columns": columns, "cells": []}}

    assert selection_problem(selection([0, 1], ["name"]), 2, ["name", "count"]) is None
    assert selection_problem(selection([2], []), 2, ["name"]) == "row 2 does not exist (2 rows)"
    assert selection_problem(selection([], ["price"]), 2, ["name"]) == "there is no column 'price'"
    assert selection_problem([], 2, ["name"]) == "[] is not a selection"
