"""Uploads over real HTTP and a real WebSocket: a file no uploader claims is freed after a
bounded time, with nothing else happening; a file a widget holds never is, even while the run
that shows it fails; one session's uploads are capped, with a 413 naming the limit."""

from __future__ import annotations

import asyncio
import json
import textwrap
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from dataapp.proto.back_pb2 import BackMsg
from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.runtime.config import AppConfig
from dataapp.runtime.media_store import MediaStore, UploadStore
from dataapp.runtime.runtime import Runtime
from dataapp.server.security import Security
from dataapp.server.server import Server, ServerThread
from tests.support.ws_client import TOKEN, Connection, RunningServer, connect, deltas

APP = """
import dataapp as st

if st.session_state.get("boom"):
    raise RuntimeError("boom")
upload = st.file_uploader("A file", key="up")
if upload is not None:
    st.text(f"got {upload.name} {upload.getvalue().decode()}")
"""

UNCLAIMED_SECONDS = 0.5


@dataclass
class App:
    server: RunningServer
    runtime: Runtime

    def upload(self, session_id: str, name: str, data: bytes) -> tuple[int, dict[str, str]]:
        request = urllib.request.Request(
            f"http://{self.server.base}/_dataapp/upload?session={session_id}",
            data=data,
            method="POST",
            headers={
                "X-Dataapp-Token": TOKEN,
                "Origin": f"http://{self.server.base}",
                "X-Dataapp-File-Name": name,
                "Content-Type": "text/plain",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())


def start(tmp_path: Path, config: AppConfig) -> App:
    script = tmp_path / "app.py"
    script.write_text(textwrap.dedent(APP))
    media = MediaStore(uploads=UploadStore(unclaimed_seconds=UNCLAIMED_SECONDS))
    runtime = Runtime(str(script), config, media=media)
    thread = ServerThread(Server(runtime, Security(TOKEN)))
    return App(RunningServer(thread, thread.start()), runtime)


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    running = start(tmp_path, AppConfig())
    yield running
    running.server.stop()


def texts(messages: list[ForwardMsg]) -> list[str]:
    return [
        m.delta.new_element.text.body
        for m in deltas(messages)
        if m.delta.WhichOneof("type") == "new_element"
        and m.delta.new_element.WhichOneof("type") == "text"
    ]


def uploader_id(messages: list[ForwardMsg]) -> str:
    for msg in deltas(messages):
        if msg.delta.new_element.WhichOneof("type") == "file_uploader":
            return str(msg.delta.new_element.file_uploader.info.id)
    raise AssertionError("no file_uploader in the run")


async def rerun_with(conn: Connection, widget_id: str, file_ids: list[str]) -> list[ForwardMsg]:
    """What the page sends when its uploader holds `file_ids`."""
    back = BackMsg()
    state = back.rerun.widget_states.widgets.add(id=widget_id)
    state.file_ids_value.data.extend(file_ids)
    state.file_ids_value.SetInParent()
    await conn.send(back)
    return await conn.read_run()


async def until(condition: Callable[[], bool], within: float = 5.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(0.05)
    return condition()


def test_an_upload_no_uploader_claims_is_freed_and_a_held_one_never_is(app: App) -> None:
    uploads = app.runtime.media.uploads

    async def scenario() -> None:
        conn = await connect(app.server)
        first = await conn.read_run()
        session_id = first[0].new_session.session_id
        widget = uploader_id(first)

        status, orphan = app.upload(session_id, "orphan.txt", b"nobody wants me")
        assert status == 200
        status, kept = app.upload(session_id, "kept.txt", b"hello")
        assert status == 200
        assert texts(await rerun_with(conn, widget, [kept["file_id"]])) == ["got kept.txt hello"]

        # Nothing else happens: the server frees the orphan on its own, within the bound.
        assert await until(lambda: orphan["file_id"] not in uploads.file_ids(session_id))
        # Many times the unclaimed time later, the file the uploader holds is still there.
        await asyncio.sleep(UNCLAIMED_SECONDS * 4)
        assert uploads.file_ids(session_id) == [kept["file_id"]]

        # A run that fails before the uploader: the page drops it, the widget state keeps
        # the file, so the store keeps it too.
        session = app.runtime.get_session(session_id)
        assert session is not None
        session.session_state["boom"] = True
        await conn.send(BackMsg(rerun={}))
        await conn.read_run()
        await asyncio.sleep(UNCLAIMED_SECONDS * 4)
        assert uploads.file_ids(session_id) == [kept["file_id"]]
        session.session_state["boom"] = False
        shown = await rerun_with(conn, widget, [kept["file_id"]])
        assert texts(shown) == ["got kept.txt hello"]

        # The user takes the file out of the uploader (and the page never says DELETE).
        await rerun_with(conn, widget, [])
        assert await until(lambda: uploads.file_ids(session_id) == [])
        conn.ws.close()

    asyncio.run(scenario())


def test_a_session_cannot_hold_more_uploads_than_its_cap(tmp_path: Path) -> None:
    config = AppConfig()
    config.max_upload_size_mb = 0.01  # 10,485 bytes a file
    config.max_session_upload_size_mb = 0.02  # 20,971 bytes a session
    app = start(tmp_path, config)

    async def scenario() -> None:
        conn = await connect(app.server)
        first = await conn.read_run()
        session_id = first[0].new_session.session_id
        widget = uploader_id(first)
        held = []
        for name in ("one.txt", "two.txt"):
            status, answer = app.upload(session_id, name, b"x" * 10_000)
            assert status == 200
            held.append(answer["file_id"])
        await rerun_with(conn, widget, held)

        status, answer = app.upload(session_id, "three.txt", b"x" * 10_000)
        assert status == 413
        assert answer["error"] == (
            "three.txt (0.0 MB) does not fit: this session's uploads already take 0.0 MB of "
            "the 0.0 MB a session may hold (server.maxSessionUploadSize). Remove files from an "
            "uploader, then try again."
        )
        assert len(app.runtime.media.uploads.file_ids(session_id)) == 2
        # Another window's session has room of its own.
        other = await connect(app.server)
        other_id = (await other.read_run())[0].new_session.session_id
        assert app.upload(other_id, "three.txt", b"x" * 10_000)[0] == 200
        other.ws.close()
        conn.ws.close()

    try:
        asyncio.run(scenario())
    finally:
        app.server.stop()
