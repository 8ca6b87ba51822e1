"""The real server over a real WebSocket: sessions, reruns, the token and origin rules."""

from __future__ import annotations

import asyncio
import urllib.error
import urllib.request

import pytest
import tornado.httpclient
import tornado.websocket

from dataapp.proto.back_pb2 import BackMsg
from dataapp.proto.forward_pb2 import ForwardMsg
from tests.support.ws_client import TOKEN, RunningServer, connect, deltas

APP = """
import dataapp as st
st.title("Echo")
value = st.slider("value", 0, 10, 3, key="v")
st.write(f"echo: {value}")
for i in range(5):
    st.text(f"static {i}")
"""


def _slider_id(messages: list[ForwardMsg]) -> str:
    for msg in deltas(messages):
        if msg.delta.new_element.WhichOneof("type") == "slider":
            return msg.delta.new_element.slider.info.id
    raise AssertionError("no slider was sent")


def _rerun_with_slider(widget_id: str, value: float) -> BackMsg:
    back = BackMsg()
    state = back.rerun.widget_states.widgets.add()
    state.id = widget_id
    state.double_array_value.data.append(value)
    return back


def test_first_run_then_a_widget_change_sends_only_what_changed(server: RunningServer) -> None:
    async def scenario() -> None:
        conn = await connect(server)
        first = await conn.read_run()
        kinds = [m.WhichOneof("type") for m in first]
        assert kinds[0] == "new_session"
        assert "script_finished" in kinds
        first_elements = [
            m.delta for m in deltas(first) if m.delta.WhichOneof("type") == "new_element"
        ]
        assert len(first_elements) == 8  # title, slider, echo, five texts

        await conn.send(_rerun_with_slider(_slider_id(first), 7))
        second = await conn.read_run()
        sent = [m.delta for m in deltas(second) if m.delta.WhichOneof("type") == "new_element"]
        bodies = [
            d.new_element.markdown.body
            for d in sent
            if d.new_element.WhichOneof("type") == "markdown"
        ]
        assert bodies == ["echo: 7"]
        # The slider itself is re-sent (its value changed); nothing else is.
        assert sorted(d.new_element.WhichOneof("type") for d in sent) == ["markdown", "slider"]
        markers = [m.delta for m in deltas(second) if m.delta.WhichOneof("type") == "unchanged"]
        assert sum(d.unchanged for d in markers) == 6
        conn.ws.close()

    asyncio.run(scenario())


def test_websocket_without_the_token_is_refused(server: RunningServer) -> None:
    async def scenario() -> None:
        with pytest.raises(tornado.httpclient.HTTPClientError) as refused:
            await connect(server, token=None)
        assert refused.value.code == 403
        with pytest.raises(tornado.httpclient.HTTPClientError) as wrong:
            await connect(server, token="not-the-token")
        assert wrong.value.code == 403

    asyncio.run(scenario())


def test_websocket_from_a_foreign_origin_is_refused(server: RunningServer) -> None:
    async def scenario() -> None:
        with pytest.raises(tornado.httpclient.HTTPClientError) as refused:
            await connect(server, origin="http://evil.example")
        assert refused.value.code == 403
        ok = await connect(server, origin=f"http://{server.base}")
        await ok.read_run()
        ok.ws.close()

    asyncio.run(scenario())


def test_http_requests_need_the_token(server: RunningServer) -> None:
    # The page shell at "/" is public (docs/security.md); what it loads is not.
    for path in ("/_dataapp/health", "/_dataapp/static/index.html", "/_dataapp/media/00ff"):
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"http://{server.base}{path}")
        assert refused.value.code == 403, path
    with urllib.request.urlopen(f"http://{server.base}/_dataapp/health?token={TOKEN}") as response:
        assert response.read() == b"ok"


def test_a_foreign_host_header_is_refused(server: RunningServer) -> None:
    request = urllib.request.Request(
        f"http://{server.base}/_dataapp/health?token={TOKEN}", headers={"Host": "attacker.example"}
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request)
    assert refused.value.code == 403


def test_static_files_cannot_escape_their_folder(server: RunningServer) -> None:
    for path in (
        "/_dataapp/static/../server/security.py",
        "/_dataapp/static/%2e%2e/server/security.py",
    ):
        request = urllib.request.Request(f"http://{server.base}{path}?token={TOKEN}")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request)
        assert refused.value.code in (403, 404), path


def test_a_malformed_message_closes_that_connection_only(server: RunningServer) -> None:
    async def scenario() -> None:
        good = await connect(server)
        await good.read_run()
        bad = await connect(server)
        await bad.read_run()
        await bad.ws.write_message(b"\xff\xff\xff not protobuf", binary=True)
        assert await asyncio.wait_for(bad.ws.read_message(), 5) is None
        assert bad.ws.close_code == 1007
        # The other page keeps working.
        rerun = BackMsg()
        rerun.rerun.SetInParent()
        await good.send(rerun)
        again = await good.read_run()
        assert any(m.WhichOneof("type") == "script_finished" for m in again)
        good.ws.close()

    asyncio.run(scenario())


def test_a_text_frame_closes_that_connection(server: RunningServer) -> None:
    async def scenario() -> None:
        conn = await connect(server)
        await conn.read_run()
        await conn.ws.write_message("hello")
        assert await asyncio.wait_for(conn.ws.read_message(), 5) is None
        assert conn.ws.close_code == 1007

    asyncio.run(scenario())


def test_a_reconnecting_page_gets_its_session_back_in_full(server: RunningServer) -> None:
    async def scenario() -> None:
        conn = await connect(server)
        first = await conn.read_run()
        session_id = first[0].new_session.session_id
        await conn.send(_rerun_with_slider(_slider_id(first), 9))
        await conn.read_run()
        conn.ws.close()
        await asyncio.sleep(0.2)

        again = await connect(server, query=f"session={session_id}")
        greeting = await again.read_until(lambda m: m.WhichOneof("type") == "new_session")
        assert greeting[-1].new_session.session_id == session_id
        rerun = BackMsg()
        rerun.rerun.SetInParent()
        await again.send(rerun)
        run = await again.read_run()
        elements = [
            m.delta.new_element for m in deltas(run) if m.delta.WhichOneof("type") == "new_element"
        ]
        # Everything is sent in full again, and the session kept the slider's value.
        assert len(elements) == 8
        assert "echo: 9" in [
            e.markdown.body for e in elements if e.WhichOneof("type") == "markdown"
        ]
        again.ws.close()

    asyncio.run(scenario())


def test_a_browser_page_gets_no_native_file_dialogs(server: RunningServer) -> None:
    async def scenario() -> None:
        conn = await connect(server)
        first = await conn.read_run()
        assert first[0].new_session.native_file_dialogs is False
        back = BackMsg()
        back.native_file_request.widget_id = "w"
        await conn.send(back)
        answer = await conn.read_until(lambda m: m.WhichOneof("type") == "notice")
        assert "desktop window" in answer[-1].notice.text
        conn.ws.close()

    asyncio.run(scenario())
