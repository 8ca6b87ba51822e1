"""What belongs to one session lives with that session: two sessions running at once never
see each other's (no per-session state in a module global)."""

from __future__ import annotations

import sys
import textwrap
import threading
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from dataapp.runtime.runtime import Runtime
from tests.support.recording import RecordingClient, elements

# Both runs wait here until the other has started: the two sessions' first runs (run id 1 in
# each) overlap, and each opens its one dialog of the run.
TWO_DIALOGS_AT_ONCE = """
import dataapp as st
import together

together.barrier.wait(5)

@st.dialog("Hello")
def hello():
    st.write("inside")

hello()
st.text("after")
"""


@pytest.fixture
def together() -> Iterator[threading.Barrier]:
    barrier = threading.Barrier(2)
    sys.modules["together"] = types.SimpleNamespace(barrier=barrier)
    yield barrier
    del sys.modules["together"]


def test_two_sessions_each_open_their_dialog_in_runs_that_overlap(
    tmp_path: Path, together: threading.Barrier
) -> None:
    app = tmp_path / "app.py"
    app.write_text(textwrap.dedent(TWO_DIALOGS_AT_ONCE))
    runtime = Runtime(str(app))
    clients = [RecordingClient(), RecordingClient()]
    sessions = [runtime.create_session(client, None) for client in clients]
    try:
        for session in sessions:
            assert session.join(10)
        for client in clients:
            messages = client.take()
            assert elements(messages, "exception") == []
            assert [text.body for text in elements(messages, "text")] == ["after"]
    finally:
        runtime.stop()
