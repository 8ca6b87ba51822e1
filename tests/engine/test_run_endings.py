"""How a run ends when the app's code does something drastic, and how stuck scripts are stopped.

Real runtime, real script threads, real files: sys.exit/exit/KeyboardInterrupt end the run as
in Streamlit 1.67 (quietly, output kept) and the session answers the next rerun; a script
that never reaches an st.* call is still stopped, by the watchdog (docs/flow.md,
"How a run ends, and how it is stopped").
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from dataapp.proto.back_pb2 import BackMsg
from dataapp.proto.forward_pb2 import ForwardMsg, ScriptFinished
from tests.support.recording import RecordedApp, elements, finished, start_app


def _texts(messages: list[ForwardMsg]) -> list[str]:
    return [e.body for e in elements(messages, "text")]  # type: ignore[attr-defined]


def _ends_idle(messages: list[ForwardMsg]) -> bool:
    last = messages[-1]
    return last.WhichOneof("type") == "session_status" and not last.session_status.running


def _stop(app: RecordedApp) -> None:
    stop = BackMsg()
    stop.stop = True
    app.session.handle_back_msg(stop)


@pytest.mark.parametrize(
    "ending",
    ["sys.exit()", "sys.exit(3)", "sys.exit('bye')", "exit()", "quit()"],
)
def test_sys_exit_ends_the_run_quietly_and_the_session_answers_the_next_rerun(
    tmp_path: Path, ending: str
) -> None:
    app = start_app(
        tmp_path,
        f"""
        import sys
        import dataapp as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.text(f"before {{st.session_state.runs}}")
        if st.session_state.runs == 1:
            {ending}
        st.text("after")
        """,
    )
    first = app.wait(5)
    # As in Streamlit: what was shown stays, no error is shown, the rest is not run.
    assert _texts(first) == ["before 1"]
    assert not elements(first, "exception")
    assert [f.script_finished.status for f in finished(first)] == [ScriptFinished.COMPLETE]
    assert _ends_idle(first)

    app.rerun()
    second = app.wait(5)
    assert _texts(second) == ["before 2", "after"]
    assert _ends_idle(second)


@pytest.mark.parametrize("raised", ["KeyboardInterrupt", "GeneratorExit", "AppBaseError"])
def test_keyboard_interrupt_ends_the_run_with_its_traceback_in_the_log_only(
    tmp_path: Path, raised: str, caplog: pytest.LogCaptureFixture
) -> None:
    app = start_app(
        tmp_path,
        f"""
        import dataapp as st
        class AppBaseError(BaseException):
            pass
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.text(f"before {{st.session_state.runs}}")
        if st.session_state.runs == 1:
            raise {raised}
        st.text("after")
        """,
    )
    with caplog.at_level(logging.WARNING, logger="dataapp.runtime"):
        first = app.wait(5)
    assert _texts(first) == ["before 1"]
    assert not elements(first, "exception")
    assert [f.script_finished.status for f in finished(first)] == [ScriptFinished.COMPLETE]
    assert _ends_idle(first)
    assert any(r.exc_info and r.exc_info[0].__name__ == raised for r in caplog.records)

    app.rerun()
    assert _texts(app.wait(5)) == ["before 2", "after"]


def test_a_widget_callback_calling_sys_exit_does_not_wedge_the_session(tmp_path: Path) -> None:
    app = start_app(
        tmp_path,
        """
        import sys
        import dataapp as st
        st.button("quit", key="quit", on_click=sys.exit)
        st.text("shown")
        """,
    )
    first = app.wait(5)
    (button,) = elements(first, "button")
    press = BackMsg()
    state = press.rerun.widget_states.widgets.add()
    state.id = button.info.id  # type: ignore[attr-defined]
    state.trigger_value = True
    app.rerun(press)
    pressed = app.wait(5)
    assert [f.script_finished.status for f in finished(pressed)] == [ScriptFinished.COMPLETE]
    assert _ends_idle(pressed)
    app.rerun()
    assert _texts(app.wait(5)) == ["shown"]


LOOP_FOREVER = """
import dataapp as st
st.text("looping")
while True:
    pass
"""


def test_stop_ends_a_pure_python_loop_and_the_next_version_runs(tmp_path: Path) -> None:
    app = start_app(tmp_path, LOOP_FOREVER)
    time.sleep(0.3)
    _stop(app)
    stopped = app.wait(5)
    assert [f.script_finished.status for f in finished(stopped)] == [ScriptFinished.STOPPED]
    assert _ends_idle(stopped)
    assert not elements(stopped, "exception")

    (tmp_path / "app.py").write_text("import dataapp as st\nst.text('fixed')\n")
    app.rerun()
    assert _texts(app.wait(5)) == ["fixed"]


def test_a_rerun_request_ends_a_pure_python_loop(tmp_path: Path) -> None:
    app = start_app(
        tmp_path,
        """
        import dataapp as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.text(f"run {st.session_state.runs}")
        if st.session_state.runs == 1:
            total = 0
            while True:
                try:
                    total += 1
                except Exception:  # an app's own catch-all does not swallow the stop
                    pass
        """,
    )
    time.sleep(0.3)
    app.rerun()
    messages = app.wait(5)
    statuses = [f.script_finished.status for f in finished(messages)]
    assert statuses == [ScriptFinished.INTERRUPTED, ScriptFinished.COMPLETE]
    assert _texts(messages) == ["run 1", "run 2"]
    assert _ends_idle(messages)


def test_stop_ends_a_loop_of_sleeps_when_the_sleep_returns(tmp_path: Path) -> None:
    app = start_app(
        tmp_path,
        """
        import time
        import dataapp as st
        st.text("sleeping")
        while True:
            time.sleep(0.2)
        """,
    )
    time.sleep(0.3)
    _stop(app)
    stopped = app.wait(5)
    assert [f.script_finished.status for f in finished(stopped)] == [ScriptFinished.STOPPED]
