"""Over the real server and WebSocket: a script that exits or never yields does not wedge its
page; Stop ends a pure-Python loop and the page's next rerun runs the edited script."""

from __future__ import annotations

import asyncio
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from dataapp.proto.back_pb2 import BackMsg
from dataapp.proto.forward_pb2 import ForwardMsg, ScriptFinished
from tests.support.ws_client import RunningServer, connect, deltas, start_server

APP = """
import sys
import dataapp as st
st.text("looping")
while True:
    pass
"""


@pytest.fixture
def app_path(tmp_path: Path) -> Path:
    path = tmp_path / "app.py"
    path.write_text(textwrap.dedent(APP))
    return path


@pytest.fixture
def server(app_path: Path) -> Iterator[RunningServer]:
    running = start_server(app_path)
    yield running
    running.stop()


def _statuses(messages: list[ForwardMsg]) -> list[int]:
    return [m.script_finished.status for m in messages if m.WhichOneof("type") == "script_finished"]


def _texts(messages: list[ForwardMsg]) -> list[str]:
    return [
        m.delta.new_element.text.body
        for m in deltas(messages)
        if m.delta.WhichOneof("type") == "new_element"
        and m.delta.new_element.WhichOneof("type") == "text"
    ]


def test_stop_ends_a_pure_python_loop_and_sys_exit_leaves_the_page_working(
    server: RunningServer, app_path: Path
) -> None:
    async def scenario() -> None:
        conn = await connect(server)
        await conn.read_until(
            lambda m: m.WhichOneof("type") == "delta" and m.delta.new_element.text.body == "looping"
        )
        stop = BackMsg()
        stop.stop = True
        await conn.send(stop)
        stopped = await conn.read_run(timeout=5)
        assert _statuses(stopped) == [ScriptFinished.STOPPED]

        app_path.write_text("import sys\nimport dataapp as st\nst.text('exiting')\nsys.exit()\n")
        rerun = BackMsg()
        rerun.rerun.SetInParent()
        await conn.send(rerun)
        exited = await conn.read_run(timeout=5)
        assert _statuses(exited) == [ScriptFinished.COMPLETE]
        assert _texts(exited) == ["exiting"]

        app_path.write_text("import dataapp as st\nst.text('fixed')\n")
        await conn.send(rerun)
        fixed = await conn.read_run(timeout=5)
        assert _statuses(fixed) == [ScriptFinished.COMPLETE]
        assert _texts(fixed) == ["fixed"]
        conn.ws.close()

    asyncio.run(scenario())
