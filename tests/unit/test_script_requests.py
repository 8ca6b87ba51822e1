from __future__ import annotations

import pytest

from dataapp.proto.widgets_pb2 import WidgetState, WidgetStates
from dataapp.runtime.script_requests import (
    RequestState,
    RerunData,
    RerunInterrupt,
    ScriptRequests,
    StopInterrupt,
    coalesce_widget_states,
)


def _states(*states: WidgetState) -> WidgetStates:
    return WidgetStates(widgets=list(states))


def test_button_press_is_not_lost_when_reruns_merge() -> None:
    pressed = _states(
        WidgetState(id="button", trigger_value=True), WidgetState(id="slider", double_value=1)
    )
    later = _states(
        WidgetState(id="button", trigger_value=False), WidgetState(id="slider", double_value=2)
    )
    merged = coalesce_widget_states(pressed, later)
    assert merged is not None
    by_id = {w.id: w for w in merged.widgets}
    assert by_id["button"].trigger_value is True
    assert by_id["slider"].double_value == 2


def test_button_press_survives_even_when_the_newer_request_omits_the_button() -> None:
    merged = coalesce_widget_states(
        _states(WidgetState(id="button", trigger_value=True)),
        _states(WidgetState(id="text", string_value="x")),
    )
    assert merged is not None
    assert {w.id: w.WhichOneof("value") for w in merged.widgets} == {
        "text": "string_value",
        "button": "trigger_value",
    }


def test_newer_values_win_when_reruns_merge() -> None:
    requests = ScriptRequests()
    assert requests.request_rerun(
        RerunData(_states(WidgetState(id="a", int_value=1)), query_string="x=1")
    )
    assert requests.request_rerun(
        RerunData(_states(WidgetState(id="a", int_value=2)), query_string="x=2")
    )
    with pytest.raises(RerunInterrupt) as interrupt:
        requests.on_scriptrunner_yield()
    data = interrupt.value.data
    assert data.query_string == "x=2"
    assert data.widget_states is not None
    assert data.widget_states.widgets[0].int_value == 2
    assert requests.state is RequestState.CONTINUE


def test_a_stopped_runner_refuses_reruns_so_the_session_starts_a_new_one() -> None:
    requests = ScriptRequests()
    assert requests.on_scriptrunner_ready() is None
    assert requests.request_rerun(RerunData()) is False


def test_stop_request_interrupts_at_the_next_call() -> None:
    requests = ScriptRequests()
    requests.request_stop()
    with pytest.raises(StopInterrupt) as stop:
        requests.on_scriptrunner_yield()
    assert stop.value.by_user


def test_nothing_requested_lets_the_script_go_on() -> None:
    requests = ScriptRequests()
    requests.on_scriptrunner_yield()
    assert requests.state is RequestState.CONTINUE


def test_a_fragment_rerun_merged_with_a_full_rerun_becomes_a_full_rerun() -> None:
    requests = ScriptRequests()
    requests.request_rerun(RerunData(fragment_id="frag"))
    requests.request_rerun(RerunData())
    data = requests.on_scriptrunner_ready()
    assert data is not None and data.fragment_id == ""
