"""The media and upload endpoints of a real server, over real HTTP: the launch token, range
requests, attachments, the upload size limit and origin rule, and media freed with the
elements that showed them."""

from __future__ import annotations

import asyncio
import json
import textwrap
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from dataapp.proto.back_pb2 import BackMsg
from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.runtime.config import AppConfig
from dataapp.runtime.media_store import MediaStore
from dataapp.runtime.runtime import Runtime
from dataapp.server.security import Security
from dataapp.server.server import Server, ServerThread
from tests.support.ws_client import TOKEN, Connection, RunningServer, connect, deltas

APP = """
from pathlib import Path
import numpy as np
import dataapp as st

if not st.session_state.get("hide_image"):
    st.image(np.zeros((4, 6, 3)), caption="black")
st.video(Path(__file__).parent / "clip.bin", format="video/webm")
st.download_button("Save", "über,data\\n1,2\\n", file_name="Größe.csv", mime="text/csv")
upload = st.file_uploader("A file", key="up")
if upload is not None:
    st.text(f"got {upload.name} {upload.type} {upload.getvalue().decode()}")
"""

CLIP = bytes(range(256)) * 400  # 102,400 bytes


@dataclass
class App:
    server: RunningServer
    runtime: Runtime

    def url(self, path: str) -> str:
        return f"http://{self.server.base}{path}"


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    script = tmp_path / "app.py"
    script.write_text(textwrap.dedent(APP))
    (tmp_path / "clip.bin").write_bytes(CLIP)
    config = AppConfig()
    config.max_upload_size_mb = 0.01  # 10,485 bytes
    runtime = Runtime(str(script), config, media=MediaStore(grace_seconds=0.0))
    thread = ServerThread(Server(runtime, Security(TOKEN)))
    port = thread.start()
    server = RunningServer(thread, port)
    yield App(server, runtime)
    server.stop()


def request(
    url: str,
    *,
    method: str = "GET",
    headers: dict[str, str] | None = None,
    data: bytes | None = None,
    token: bool = True,
) -> tuple[int, dict[str, str], bytes]:
    all_headers = {"X-Dataapp-Token": TOKEN} if token else {}
    all_headers.update(headers or {})
    req = urllib.request.Request(url, data=data, method=method, headers=all_headers)
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


async def first_run(app: App) -> tuple[Connection, list[ForwardMsg]]:
    conn = await connect(app.server)
    return conn, await conn.read_run()


def elements(messages: list[ForwardMsg]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for msg in deltas(messages):
        if msg.delta.WhichOneof("type") == "new_element":
            kind = msg.delta.new_element.WhichOneof("type")
            found[str(kind)] = getattr(msg.delta.new_element, str(kind))
    return found


def test_media_need_the_token_and_answer_ranges(app: App) -> None:
    async def scenario() -> None:
        conn, messages = await first_run(app)
        shown = elements(messages)
        image_url = shown["image_list"].images[0].url
        video_url = shown["video"].url

        assert request(app.url(image_url), token=False)[0] == 403
        status, headers, body = request(app.url(image_url))
        assert status == 200 and headers["Content-Type"] == "image/png"
        assert body.startswith(b"\x89PNG")
        assert "sandbox" in headers["Content-Security-Policy"]
        assert headers["Accept-Ranges"] == "bytes"

        status, headers, body = request(app.url(video_url), headers={"Range": "bytes=1000-1999"})
        assert status == 206
        assert headers["Content-Range"] == f"bytes 1000-1999/{len(CLIP)}"
        assert body == CLIP[1000:2000]
        status, headers, body = request(app.url(video_url), headers={"Range": "bytes=-10"})
        assert status == 206 and body == CLIP[-10:]
        status, headers, _ = request(app.url(video_url), headers={"Range": f"bytes={len(CLIP)}-"})
        assert status == 416 and headers["Content-Range"] == f"bytes */{len(CLIP)}"
        status, headers, body = request(app.url(video_url), method="HEAD")
        assert status == 200 and headers["Content-Length"] == str(len(CLIP)) and body == b""
        status, _, body = request(app.url(video_url))
        assert status == 200 and body == CLIP

        assert request(app.url("/_dataapp/media/" + "0" * 32))[0] == 404
        assert request(app.url("/_dataapp/media/..%2F..%2Fetc%2Fpasswd"))[0] == 404
        conn.ws.close()

    asyncio.run(scenario())


def test_a_download_is_an_attachment_with_its_name(app: App) -> None:
    async def scenario() -> None:
        conn, messages = await first_run(app)
        button = elements(messages)["download_button"]
        status, headers, body = request(app.url(button.url))
        assert status == 200
        assert headers["Content-Type"] == "text/csv; charset=utf-8"
        assert headers["Content-Disposition"].startswith('attachment; filename="Gr__e.csv"')
        assert "filename*=UTF-8''Gr%C3%B6%C3%9Fe.csv" in headers["Content-Disposition"]
        assert body == "über,data\n1,2\n".encode()
        conn.ws.close()

    asyncio.run(scenario())


def upload_url(app: App, session_id: str) -> str:
    return app.url(f"/_dataapp/upload?session={session_id}")


def test_an_upload_reaches_the_app_through_the_widget(app: App) -> None:
    async def scenario() -> None:
        conn, messages = await first_run(app)
        session_id = messages[0].new_session.session_id
        uploader = elements(messages)["file_uploader"]
        origin = {"Origin": f"http://{app.server.base}"}
        status, _, body = request(
            upload_url(app, session_id),
            method="POST",
            data=b"hello",
            headers={
                **origin,
                "Content-Type": "text/plain",
                "X-Dataapp-File-Name": "n%C3%B6te.txt",
            },
        )
        assert status == 200
        answer = json.loads(body)
        assert (
            answer["name"] == "nöte.txt" and answer["size"] == 5 and answer["type"] == "text/plain"
        )

        back = BackMsg()
        state = back.rerun.widget_states.widgets.add(id=uploader.info.id)
        state.file_ids_value.data.append(answer["file_id"])
        await conn.send(back)
        shown = elements(await conn.read_run())
        assert shown["text"].body == "got nöte.txt text/plain hello"
        assert [f.name for f in shown["file_uploader"].files] == ["nöte.txt"]

        status, _, _ = request(
            app.url(f"/_dataapp/upload/{answer['file_id']}?session={session_id}"),
            method="DELETE",
            headers=origin,
        )
        assert status == 204
        assert app.runtime.media.uploads.file_ids(session_id) == []
        conn.ws.close()

    asyncio.run(scenario())


def test_uploads_are_refused_over_the_limit_from_elsewhere_or_without_token(app: App) -> None:
    async def scenario() -> None:
        conn, messages = await first_run(app)
        session_id = messages[0].new_session.session_id
        origin = {"Origin": f"http://{app.server.base}", "X-Dataapp-File-Name": "big.bin"}
        status, _, body = request(
            upload_url(app, session_id), method="POST", data=b"x" * 20_000, headers=origin
        )
        assert status == 413
        assert "big.bin is 0.0 MB, over the 0.0 MB limit per file" in json.loads(body)["error"]
        evil = {"Origin": "http://evil.example", "X-Dataapp-File-Name": "a.txt"}
        assert (
            request(upload_url(app, session_id), method="POST", data=b"x", headers=evil)[0] == 403
        )
        assert (
            request(
                upload_url(app, session_id), method="POST", data=b"x", headers=origin, token=False
            )[0]
            == 403
        )
        assert (
            request(upload_url(app, "nosuchsession"), method="POST", data=b"x", headers=origin)[0]
            == 404
        )
        assert app.runtime.media.uploads.file_ids(session_id) == []
        conn.ws.close()

    asyncio.run(scenario())


def test_media_of_elements_that_are_gone_are_freed(app: App) -> None:
    async def scenario() -> None:
        conn, messages = await first_run(app)
        session_id = messages[0].new_session.session_id
        image_url = elements(messages)["image_list"].images[0].url
        assert request(app.url(image_url))[0] == 200
        # The next run stops before the image: the page drops it, and the store lets its bytes go.
        session = app.runtime.get_session(session_id)
        assert session is not None
        session.session_state["hide_image"] = True
        await conn.send(BackMsg(rerun={}))
        second = await conn.read_run()
        assert not any(
            m.delta.new_element.WhichOneof("type") == "image_list" for m in deltas(second)
        )
        assert request(app.url(image_url))[0] == 404
        # Closing the session frees the rest.
        app.runtime.close_session(session_id)
        assert len(app.runtime.media) == 0
        conn.ws.close()

    asyncio.run(scenario())
