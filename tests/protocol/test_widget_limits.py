"""The real server over a real WebSocket: a page that sends widget values beyond the widget's own
limits does not reach the script; the widget keeps its value and the page is told to show it."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import textwrap
import urllib.request
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from dataapp.proto.back_pb2 import BackMsg
from dataapp.proto.element_pb2 import Element
from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.proto.widgets_pb2 import WidgetState
from tests.support.ws_client import (
    TOKEN,
    Connection,
    RunningServer,
    connect,
    deltas,
    start_server,
)

APP = """
import datetime as dt
import dataapp as st

st.session_state.runs = st.session_state.get("runs", 0) + 1
n = st.number_input("n", min_value=0, max_value=10, value=3)
t = st.text_input("t", max_chars=5, value="ab")
d = st.date_input(
    "d", value=dt.date(2024, 1, 10), min_value=dt.date(2024, 1, 1), max_value=dt.date(2024, 1, 31)
)
m = st.multiselect("m", ["a", "b", "c"], max_selections=2)
s = st.selectbox("s", ["x", "y", "z"])
st.text(f"run {st.session_state.runs}: {(n, t, d, m, s)!r}")
"""

KINDS = ("number_input", "text_input", "date_input", "multiselect", "selectbox")
# Values within every limit, as the page reports them (see _rerun).
VALID: dict[str, Any] = {"n": 7, "t": "abc", "d": "2024-01-20", "m": [0, 1], "s": 1}


def _elements(messages: list[ForwardMsg]) -> list[Element]:
    return [
        m.delta.new_element for m in deltas(messages) if m.delta.WhichOneof("type") == "new_element"
    ]


def _echo(messages: list[ForwardMsg]) -> str:
    texts = [e.text.body for e in _elements(messages) if e.WhichOneof("type") == "text"]
    assert len(texts) == 1, texts
    return texts[0]


def _widget_ids(messages: list[ForwardMsg]) -> dict[str, str]:
    ids = {}
    for element in _elements(messages):
        kind = element.WhichOneof("type")
        if kind in KINDS:
            ids[kind] = getattr(element, kind).info.id
    assert sorted(ids) == sorted(KINDS)
    return ids


def _rerun(ids: dict[str, str], values: Mapping[str, Any]) -> BackMsg:
    """What the page sends: the state of every widget, as its controls report them.

    `values`: "n" the number, "t" the text, "d" the ISO date, "m" the multiselect's option
    indices, "s" the selectbox's option index.
    """
    back = BackMsg()
    states = back.rerun.widget_states.widgets
    states.append(WidgetState(id=ids["number_input"], int_value=values["n"]))
    states.append(WidgetState(id=ids["text_input"], string_value=values["t"]))
    date = WidgetState(id=ids["date_input"])
    date.string_array_value.data.append(values["d"])
    states.append(date)
    chosen = WidgetState(id=ids["multiselect"])
    chosen.int_array_value.data.extend(values["m"])
    chosen.int_array_value.SetInParent()
    states.append(chosen)
    states.append(WidgetState(id=ids["selectbox"], int_value=values["s"]))
    return back


async def _run(conn: Connection, back: BackMsg) -> list[ForwardMsg]:
    await conn.send(back)
    return await conn.read_run()


def test_values_beyond_the_widgets_limits_never_reach_the_script(
    server: RunningServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="dataapp.widgets")
    valid = "(7, 'abc', datetime.date(2024, 1, 20), ['a', 'b'], 'y')"

    async def scenario() -> None:
        conn = await connect(server)
        first = await conn.read_run()
        assert _echo(first) == "run 1: (3, 'ab', datetime.date(2024, 1, 10), [], 'x')"
        ids = _widget_ids(first)

        second = await _run(conn, _rerun(ids, VALID))
        assert _echo(second) == f"run 2: {valid}"

        # Above max_value, longer than max_chars, after max_value, more than max_selections and
        # an option that does not exist: the script sees the values it saw before.
        third = await _run(
            conn,
            _rerun(ids, {"n": 999, "t": "abcdefgh", "d": "2030-01-01", "m": [0, 1, 2], "s": 9}),
        )
        assert _echo(third) == f"run 3: {valid}"
        # The page is told to show the kept values instead of what it sent.
        shown = {e.WhichOneof("type"): e for e in _elements(third)}
        assert shown["number_input"].number_input.value == 7
        assert shown["number_input"].number_input.info.set_value
        assert shown["text_input"].text_input.value == "abc"
        assert list(shown["date_input"].date_input.value) == ["2024-01-20"]
        assert list(shown["multiselect"].multiselect.indices) == [0, 1]
        assert shown["selectbox"].selectbox.index == 1

        # An option index that does not exist, and a date that is not a date.
        fourth = await _run(conn, _rerun(ids, {**VALID, "d": "20 January", "m": [5]}))
        assert _echo(fourth) == f"run 4: {valid}"

        # Valid values still go through.
        fifth = await _run(
            conn, _rerun(ids, {"n": 10, "t": "abcde", "d": "2024-01-31", "m": [2], "s": 2})
        )
        assert _echo(fifth) == "run 5: (10, 'abcde', datetime.date(2024, 1, 31), ['c'], 'z')"
        conn.ws.close()

    asyncio.run(scenario())
    refused = [r.getMessage() for r in caplog.records if r.name == "dataapp.widgets"]
    expected = [
        "st.number_input 'n': 999 is above max_value 10",
        "st.text_input 't': 8 characters are more than max_chars=5",
        "st.date_input 'd': 2030-01-01 is outside min_value 2024-01-01 and max_value 2024-01-31",
        "st.multiselect 'm': 3 options are chosen, but max_selections is 2",
        "st.selectbox 's': there is no option 9 among 3 options",
        "st.date_input 'd': ['20 January'] are not ISO dates",
        "st.multiselect 'm': there is no option 5 among 3 options",
    ]
    for part in expected:
        assert any(part in message for message in refused), (part, refused)
    assert len(refused) == len(expected)


@pytest.mark.parametrize(
    "invalid",
    [
        pytest.param({"n": 11}, id="number_input above max_value"),
        pytest.param({"t": "abcdef"}, id="text_input over max_chars"),
        pytest.param({"d": "2023-12-31"}, id="date_input before min_value"),
        pytest.param({"m": [0, 1, 2]}, id="multiselect over max_selections"),
        pytest.param({"m": [3]}, id="multiselect option that does not exist"),
        pytest.param({"s": 3}, id="selectbox option that does not exist"),
    ],
)
def test_one_value_beyond_its_limit_leaves_the_script_its_previous_value(
    server: RunningServer, invalid: dict[str, Any]
) -> None:
    async def scenario() -> None:
        conn = await connect(server)
        ids = _widget_ids(await conn.read_run())
        second = await _run(conn, _rerun(ids, VALID))
        seen = _echo(second).removeprefix("run 2: ")
        third = await _run(conn, _rerun(ids, {**VALID, **invalid}))
        assert _echo(third) == f"run 3: {seen}"
        conn.ws.close()

    asyncio.run(scenario())


def test_a_report_of_the_wrong_kind_does_not_end_the_run(server: RunningServer) -> None:
    async def scenario() -> None:
        conn = await connect(server)
        ids = _widget_ids(await conn.read_run())
        back = _rerun(ids, {"n": 4, "t": "ab", "d": "2024-01-10", "m": [], "s": 0})
        # The number reported as text, the text as a list: each is refused on its own.
        wrong = back.rerun.widget_states.widgets
        wrong[0].CopyFrom(WidgetState(id=ids["number_input"], string_value="4"))
        wrong[1].CopyFrom(WidgetState(id=ids["text_input"]))
        wrong[1].int_array_value.data.append(1)
        second = await _run(conn, back)
        assert _echo(second) == f"run 2: {(3, 'ab', dt.date(2024, 1, 10), [], 'x')!r}"
        kinds = [m.WhichOneof("type") for m in second]
        assert "script_finished" in kinds
        conn.ws.close()

    asyncio.run(scenario())


UPLOAD_APP = """
import dataapp as st

st.session_state.runs = st.session_state.get("runs", 0) + 1
upload = st.file_uploader("A file")
st.text(f"run {st.session_state.runs}: {None if upload is None else upload.getvalue()!r}")
"""


def _upload(server: RunningServer, session_id: str, data: bytes) -> str:
    request = urllib.request.Request(
        f"http://{server.base}/_dataapp/upload?session={session_id}",
        data=data,
        method="POST",
        headers={
            "X-Dataapp-Token": TOKEN,
            "Origin": f"http://{server.base}",
            "Content-Type": "text/plain",
            "X-Dataapp-File-Name": "note.txt",
        },
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        file_id: str = json.loads(response.read())["file_id"]
    return file_id


def _files(widget_id: str, *file_ids: str) -> BackMsg:
    back = BackMsg()
    state = back.rerun.widget_states.widgets.add(id=widget_id)
    state.file_ids_value.data.extend(file_ids)
    state.file_ids_value.SetInParent()
    return back


def test_a_file_uploader_refuses_a_file_another_session_uploaded(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="dataapp.widgets")
    app = tmp_path / "app.py"
    app.write_text(textwrap.dedent(UPLOAD_APP))
    server = start_server(app)

    async def scenario() -> None:
        other = await connect(server)
        other_session = (await other.read_run())[0].new_session.session_id
        theirs = _upload(server, other_session, b"their secret")

        mine = await connect(server)
        first = await mine.read_run()
        session_id = first[0].new_session.session_id
        uploader = next(e for e in _elements(first) if e.WhichOneof("type") == "file_uploader")
        widget_id = uploader.file_uploader.info.id
        own = _upload(server, session_id, b"my notes")
        second = await _run(mine, _files(widget_id, own))
        assert _echo(second) == "run 2: b'my notes'"

        # The other session's file id is no way to read its upload: the uploader keeps its file.
        third = await _run(mine, _files(widget_id, theirs))
        assert _echo(third) == "run 3: b'my notes'"
        other.ws.close()
        mine.ws.close()

    try:
        asyncio.run(scenario())
    finally:
        server.stop()
    refused = [r.getMessage() for r in caplog.records if r.name == "dataapp.widgets"]
    assert len(refused) == 1 and "st.file_uploader 'A file'" in refused[0]
    assert "is not a file uploaded here" in refused[0]
