"""st.* calls from threads the app starts: they write into the run when the thread carries the
run's context (Streamlit's add_script_run_ctx), and are never dropped without a word."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from dataapp.proto.forward_pb2 import ForwardMsg, ScriptFinished
from tests.support.recording import elements, finished, start_app


def _texts(messages: list[ForwardMsg]) -> list[str]:
    return [e.body for e in elements(messages, "text")]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "module",
    [
        "streamlit.runtime.scriptrunner",
        "streamlit.runtime.scriptrunner_utils.script_run_context",
        "streamlit.runtime.scriptrunner.script_run_context",
    ],
)
def test_a_thread_given_the_run_context_writes_into_the_run(tmp_path: Path, module: str) -> None:
    app = start_app(
        tmp_path,
        f"""
        import threading
        import streamlit as st
        from {module} import add_script_run_ctx, get_script_run_ctx

        st.text("from the script")
        seen = []

        def work():
            seen.append(get_script_run_ctx() is not None)
            st.text("from the thread")

        worker = threading.Thread(target=work, name="worker")
        add_script_run_ctx(worker)
        worker.start()
        worker.join()
        st.text(f"thread saw a context: {{seen[0]}}")
        """,
    )
    messages = app.wait(5)
    assert not elements(messages, "exception")
    assert _texts(messages) == [
        "from the script",
        "from the thread",
        "thread saw a context: True",
    ]


def test_a_thread_with_the_context_does_not_take_the_scripts_rerun(tmp_path: Path) -> None:
    app = start_app(
        tmp_path,
        """
        import threading, time
        import streamlit as st
        from streamlit.runtime.scriptrunner import add_script_run_ctx

        st.session_state.runs = st.session_state.get("runs", 0) + 1
        if st.session_state.runs == 1:
            stop = threading.Event()
            def tick():
                while not stop.is_set():
                    st.empty()
                    time.sleep(0.01)
            worker = add_script_run_ctx(threading.Thread(target=tick, daemon=True))
            worker.start()
            st.session_state.stop_worker = stop
            time.sleep(0.5)
            for i in range(200):
                time.sleep(0.01)
                st.empty()
        else:
            st.session_state.stop_worker.set()
        st.text(f"run {st.session_state.runs}")
        """,
    )
    import time

    time.sleep(0.2)
    app.rerun()
    messages = app.wait(10)
    statuses = [f.script_finished.status for f in finished(messages)]
    assert statuses == [ScriptFinished.INTERRUPTED, ScriptFinished.COMPLETE]
    assert _texts(messages) == ["run 2"]


def test_a_thread_without_the_run_context_is_warned_once_naming_the_thread(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    app = start_app(
        tmp_path,
        """
        import threading
        import dataapp as st

        def work():
            st.text("lost 1")
            st.text("lost 2")
            with st.container():
                pass

        worker = threading.Thread(target=work, name="report-builder")
        worker.start()
        worker.join()
        st.text("from the script")
        """,
    )
    with caplog.at_level(logging.WARNING, logger="dataapp.runtime"):
        messages = app.wait(5)
    assert _texts(messages) == ["from the script"]
    warnings = [r.getMessage() for r in caplog.records if "without a run context" in r.getMessage()]
    assert len(warnings) == 1
    (warning,) = warnings
    assert "'report-builder'" in warning and "add_script_run_ctx" in warning
    assert "text element" in warning and "app.py:6" in warning
