"""Run semantics on the real runtime: interrupts, exceptions, stop, status messages."""

from __future__ import annotations

import time
from pathlib import Path

from dataapp.proto.back_pb2 import BackMsg
from dataapp.proto.forward_pb2 import ScriptFinished
from tests.support.recording import elements, finished, start_app


def test_a_rerun_interrupts_a_long_running_script_at_its_next_call(tmp_path: Path) -> None:
    app = start_app(
        tmp_path,
        """
        import time
        import dataapp as st
        st.text("start")
        if "runs" not in st.session_state:
            st.session_state.runs = 0
        st.session_state.runs += 1
        if st.session_state.runs == 1:
            for i in range(200):
                time.sleep(0.05)
                st.text(f"step {i}")
        st.text("end")
        """,
    )
    time.sleep(0.4)
    started = time.monotonic()
    app.rerun()
    messages = app.wait()
    assert time.monotonic() - started < 2.0
    statuses = [f.script_finished.status for f in finished(messages)]
    assert statuses == [ScriptFinished.INTERRUPTED, ScriptFinished.COMPLETE]
    texts = [e.body for e in elements(messages, "text")]  # type: ignore[attr-defined]
    assert "end" in texts and "step 199" not in texts


def test_an_exception_shows_a_traceback_and_the_next_run_works(tmp_path: Path) -> None:
    app = start_app(
        tmp_path,
        """
        import dataapp as st
        if "fail" not in st.session_state:
            st.session_state.fail = True
            def inner():
                raise ValueError("broken on purpose")
            inner()
        st.text("recovered")
        """,
    )
    first = app.wait()
    (error,) = elements(first, "exception")
    assert error.type == "ValueError" and error.message == "broken on purpose"  # type: ignore[attr-defined]
    trace = "\n".join(error.stack_trace)  # type: ignore[attr-defined]
    assert "app.py" in trace and "inner" in trace and "script_runner" not in trace
    app.rerun()
    second = app.wait()
    assert [e.body for e in elements(second, "text")] == ["recovered"]  # type: ignore[attr-defined]
    assert not elements(second, "exception")


def test_a_syntax_error_is_shown_and_the_session_keeps_working(tmp_path: Path) -> None:
    app = start_app(tmp_path, "import dataapp as st\nst.text('a'\n")
    messages = app.wait()
    (error,) = elements(messages, "exception")
    assert error.type == "SyntaxError"  # type: ignore[attr-defined]
    assert finished(messages)[0].script_finished.status == ScriptFinished.COMPILE_ERROR
    (tmp_path / "app.py").write_text("import dataapp as st\nst.text('fixed')\n")
    app.rerun()
    assert [e.body for e in elements(app.wait(), "text")] == ["fixed"]  # type: ignore[attr-defined]


def test_the_stop_button_ends_a_running_script(tmp_path: Path) -> None:
    app = start_app(
        tmp_path,
        """
        import time
        import dataapp as st
        while True:
            time.sleep(0.02)
            st.empty()
        """,
    )
    time.sleep(0.3)
    stop = BackMsg()
    stop.stop = True
    app.session.handle_back_msg(stop)
    messages = app.wait(5)
    assert finished(messages)[-1].script_finished.status == ScriptFinished.STOPPED
    assert finished(messages)[-1].script_finished.clear_stale is False


def test_a_run_is_framed_by_status_messages(tmp_path: Path) -> None:
    app = start_app(tmp_path, "import dataapp as st\nst.text('x')\n")
    kinds = [m.WhichOneof("type") for m in app.wait()]
    assert kinds == ["new_session", "session_status", "delta", "script_finished", "session_status"]


def test_streamlit_imports_resolve_to_dataapp_inside_a_run(tmp_path: Path) -> None:
    app = start_app(
        tmp_path,
        """
        import streamlit as st
        import streamlit.runtime
        from streamlit.errors import StreamlitAPIException
        st.text(f"{st.session_state.__class__.__module__} {streamlit.runtime.exists()} {StreamlitAPIException.__name__}")
        """,
    )
    assert [e.body for e in elements(app.wait(), "text")] == [
        "dataapp.runtime.session_state True APIError"
    ]  # type: ignore[attr-defined]


def test_an_unsupported_streamlit_api_names_itself(tmp_path: Path) -> None:
    app = start_app(tmp_path, "import streamlit as st\nst.login()\n")
    (error,) = elements(app.wait(), "exception")
    assert error.type == "NotSupportedError"  # type: ignore[attr-defined]
    assert "st.login" in error.message  # type: ignore[attr-defined]


def test_importing_streamlit_submodules_leaves_dataapp_intact(tmp_path: Path) -> None:
    import dataapp
    import dataapp.runtime

    package = dataapp.runtime
    app = start_app(
        tmp_path,
        """
        import streamlit as st
        import streamlit.runtime
        import streamlit.errors
        from streamlit.runtime.scriptrunner import get_script_run_ctx
        st.text(f"{get_script_run_ctx() is not None} {st.session_state is not None}")
        """,
    )
    assert [e.body for e in elements(app.wait(), "text")] == ["True True"]  # type: ignore[attr-defined]
    assert dataapp.runtime is package
    assert dataapp.errors.__name__ == "dataapp.errors"


def test_streamlit_runtime_is_the_stand_in_however_it_is_reached(tmp_path: Path) -> None:
    """`from streamlit import runtime`, `import streamlit.runtime` and `st.runtime` agree.

    Under Streamlit 1.67 the same app (its AppTest, checked in /tmp/st-venv) shows "True True True".
    """
    app = start_app(
        tmp_path,
        """
        import streamlit as st
        from streamlit import runtime
        import streamlit.runtime
        st.text(f"{runtime.exists()} {streamlit.runtime.exists()} {st.runtime.exists()}")
        """,
    )
    assert [e.body for e in elements(app.wait(), "text")] == ["True True True"]  # type: ignore[attr-defined]
