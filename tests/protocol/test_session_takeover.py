"""A live session is never taken over by a second WebSocket that presents its id.

The real server on its own thread and real WebSockets (docs/security.md, "Sessions are never
taken over").
"""

from __future__ import annotations

import asyncio
import urllib.request

from dataapp.proto.back_pb2 import BackMsg
from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.server.security import TOKEN_HEADER
from tests.support.ws_client import TOKEN, Connection, RunningServer, connect, deltas

APP = """
import dataapp as st
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.text(f"runs: {st.session_state.runs}")
"""


def _greeting(messages: list[ForwardMsg]) -> str:
    greetings = [
        m.new_session.session_id for m in messages if m.WhichOneof("type") == "new_session"
    ]
    assert greetings, "no session greeting was sent"
    return greetings[-1]


def _texts(messages: list[ForwardMsg]) -> list[str]:
    return [
        m.delta.new_element.text.body
        for m in deltas(messages)
        if m.delta.new_element.WhichOneof("type") == "text"
    ]


async def _rerun(conn: Connection) -> list[ForwardMsg]:
    back = BackMsg()
    back.rerun.SetInParent()
    await conn.send(back)
    return await conn.read_run()


def test_a_second_socket_with_a_live_sessions_id_gets_a_new_session(
    server: RunningServer,
) -> None:
    async def scenario() -> None:
        first = await connect(server)
        session_id = _greeting(await first.read_run())

        second = await connect(server, query=f"session={session_id}")
        second_run = await second.read_run()
        assert _greeting(second_run) != session_id
        # The new session starts from scratch: it never sees the first page's state.
        assert _texts(second_run) == ["runs: 1"]

        # The first page keeps its session and keeps getting its messages.
        again = await _rerun(first)
        assert _texts(again) == ["runs: 2"]
        assert not [m for m in again if m.WhichOneof("type") == "new_session"]

        # The second socket going away does not detach the first page's session either.
        second.ws.close()
        await asyncio.sleep(0.2)
        assert _texts(await _rerun(first)) == ["runs: 3"]
        first.ws.close()

    asyncio.run(scenario())


def test_a_second_socket_cannot_take_a_claimed_page_session(server: RunningServer) -> None:
    request = urllib.request.Request(
        f"http://{server.base}/",
        headers={TOKEN_HEADER: TOKEN, "Accept": "text/html", "Sec-Fetch-Dest": "document"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        page = response.read().decode()
    marker = '<meta name="dataapp-session" content="'
    assert marker in page
    session_id = page.split(marker, 1)[1][:32]

    async def scenario() -> None:
        page_socket = await connect(server, query=f"session={session_id}")
        assert _greeting(await page_socket.read_run()) == session_id

        intruder = await connect(server, query=f"session={session_id}")
        assert _greeting(await intruder.read_run()) != session_id

        assert _texts(await _rerun(page_socket)) == ["runs: 2"]
        intruder.ws.close()
        page_socket.ws.close()

    asyncio.run(scenario())


def test_a_detached_session_is_reclaimed_by_the_first_socket_only(server: RunningServer) -> None:
    async def scenario() -> None:
        first = await connect(server)
        session_id = _greeting(await first.read_run())
        first.ws.close()
        await asyncio.sleep(0.2)

        # Two sockets present the detached session's id at once (a page reconnecting after a
        # network blip, and a stale copy of it): exactly one of them gets the session back.
        a, b = await asyncio.gather(
            connect(server, query=f"session={session_id}"),
            connect(server, query=f"session={session_id}"),
        )
        greetings = [
            _greeting(await conn.read_until(lambda m: m.WhichOneof("type") == "new_session"))
            for conn in (a, b)
        ]
        assert greetings.count(session_id) == 1
        winner = a if greetings[0] == session_id else b
        # The winner has the session with its state: the first page's run is counted.
        assert _texts(await _rerun(winner)) == ["runs: 2"]
        a.ws.close()
        b.ws.close()

    asyncio.run(scenario())
