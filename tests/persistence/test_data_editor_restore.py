"""Edits made in st.data_editor (and a dataframe selection) are there at the next launch."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from dataapp.proto.back_pb2 import BackMsg
from tests.support.recording import RecordingClient, elements, launch_persisted

APP = """
import dataapp as st
rows = {"name": ["a", "b"], "n": [1, 2]}
edited = st.data_editor(rows, key="ed", num_rows="dynamic")
plain = st.data_editor({"x": [1, 2]})
event = st.dataframe({"v": [10, 20, 30]}, on_select="rerun", key="pick")
st.text(f"{edited} {list(plain['x'])} {event.selection.rows}")
"""


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "data"
    monkeypatch.setenv("DATAAPP_DATA_DIR", str(folder))
    yield folder


def _text(client: RecordingClient) -> str:
    return str(elements(client.take(), "text")[-1].body)  # type: ignore[attr-defined]


def test_editor_edits_and_selection_come_back_at_the_next_launch(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(textwrap.dedent(APP))
    runtime, _, client = launch_persisted(app)
    (session,) = runtime.sessions
    first = client.take()
    back = BackMsg()
    for kind, value in (
        (
            "data_editor",
            {"edited_rows": {"1": {"n": 5}}, "added_rows": [{"name": "c"}], "deleted_rows": []},
        ),
        ("dataframe", {"selection": {"rows": [2], "columns": []}}),
    ):
        for element in elements(first, kind):
            info = element.info  # type: ignore[attr-defined]
            if not info.key:
                edits = {"edited_rows": {"0": {"x": 7}}} if kind == "data_editor" else value
                value = edits
            back.rerun.widget_states.widgets.add(id=info.id, json_value=json.dumps(value))
    session.handle_back_msg(back)
    assert session.join(10)
    expected = "{'name': ['a', 'b', 'c'], 'n': [1, 5, None]} [7, 2] [2]"
    assert _text(client) == expected
    runtime.stop()

    runtime, _, client = launch_persisted(app)
    assert _text(client) == expected
    runtime.stop()
