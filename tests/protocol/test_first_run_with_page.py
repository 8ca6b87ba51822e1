"""The first run starts when the page is requested; the page's WebSocket claims it.

The real server on its own thread, a real HTTP page request and a real WebSocket.
"""

from __future__ import annotations

import asyncio
import re
import textwrap
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.runtime.app_session import AppSession, SessionPhase
from dataapp.runtime.runtime import UNCLAIMED_SESSION_TTL_SECONDS, Runtime
from tests.support.ws_client import TOKEN, RunningServer, connect, deltas, start_server

APP = """
import dataapp as st
st.title("Started with the page")
for i in range(3):
    st.text(f"line {i}")
"""

# What a browser sends when it loads a page to show it (Chromium's navigation request).
BROWSER_PAGE_LOAD = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Sec-Fetch-Dest": "document",
    "Sec-Fetch-Mode": "navigate",
}
SESSION_META = re.compile(r'<meta name="dataapp-session" content="([0-9a-f]{32})">')


def _server(tmp_path: Path, source: str) -> RunningServer:
    app = tmp_path / "app.py"
    app.write_text(textwrap.dedent(source))
    return start_server(app)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    running = _server(tmp_path, APP)
    yield running
    running.stop()


def _runtime(server: RunningServer) -> Runtime:
    return server.thread.server.runtime


def _get_page(server: RunningServer, headers: dict[str, str], path: str = "/") -> str:
    request = urllib.request.Request(
        f"http://{server.base}{path}",
        headers={**headers, "Cookie": f"dataapp_token_{server.port}={TOKEN}"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["Cache-Control"] == "no-store"
        return str(response.read().decode())


def _session_of(page: str) -> str:
    found = SESSION_META.search(page)
    assert found is not None, "the page names no session"
    return found.group(1)


def _wait_until_idle(session: AppSession, timeout: float = 10.0) -> None:
    assert session.join(timeout), "the first run did not finish"


def _texts(messages: list[ForwardMsg]) -> list[str]:
    return [
        m.delta.new_element.text.body
        for m in deltas(messages)
        if m.delta.new_element.WhichOneof("type") == "text"
    ]


def test_the_page_request_starts_the_run_and_the_websocket_gets_all_of_it(
    server: RunningServer,
) -> None:
    session_id = _session_of(_get_page(server, BROWSER_PAGE_LOAD))
    session = _runtime(server).get_session(session_id)
    assert session is not None and session.phase is SessionPhase.WAITING_FOR_PAGE
    # The whole run happens before the page connects: nothing of it may be lost.
    _wait_until_idle(session)

    async def scenario() -> None:
        conn = await connect(server, query=f"session={session_id}&tz=Europe/Berlin")
        run = await conn.read_run()
        assert run[0].WhichOneof("type") == "new_session"
        assert run[0].new_session.session_id == session_id
        assert _texts(run) == ["line 0", "line 1", "line 2"]
        assert any(m.WhichOneof("type") == "script_finished" for m in run)
        with pytest.raises(TimeoutError):
            # One run only: claiming does not run the script again.
            await conn.read_until(lambda m: m.WhichOneof("type") == "delta", timeout=0.5)
        conn.ws.close()

    asyncio.run(scenario())
    assert session.phase is not SessionPhase.WAITING_FOR_PAGE
    assert len(_runtime(server).sessions) == 1


def test_a_page_connecting_mid_run_gets_the_kept_messages_then_the_rest(tmp_path: Path) -> None:
    running = _server(
        tmp_path,
        """
        import time
        import dataapp as st
        st.text("before")
        time.sleep(0.6)
        st.text("after")
        """,
    )
    try:
        session_id = _session_of(_get_page(running, BROWSER_PAGE_LOAD))

        async def scenario() -> None:
            conn = await connect(running, query=f"session={session_id}")
            run = await conn.read_run()
            assert _texts(run) == ["before", "after"]
            conn.ws.close()

        asyncio.run(scenario())
    finally:
        running.stop()


def test_a_request_that_is_not_a_page_load_starts_nothing(server: RunningServer) -> None:
    page = _get_page(server, {"Accept": "*/*"})
    assert SESSION_META.search(page) is None
    prefetch = _get_page(server, {**BROWSER_PAGE_LOAD, "Sec-Fetch-Dest": "empty"})
    assert SESSION_META.search(prefetch) is None
    assert _runtime(server).sessions == []


def test_a_multipage_address_and_query_reach_the_first_run(tmp_path: Path) -> None:
    running = _server(
        tmp_path,
        """
        import dataapp as st
        def home():
            st.text("home")
        def sales():
            st.text(f"sales for {st.query_params.get('region', '?')}")
        st.navigation([st.Page(home), st.Page(sales, url_path="sales")]).run()
        """,
    )
    try:
        page = _get_page(running, BROWSER_PAGE_LOAD, path="/sales?region=north")
        session_id = _session_of(page)

        async def scenario() -> None:
            conn = await connect(running, query=f"session={session_id}")
            run = await conn.read_run()
            assert _texts(run) == ["sales for north"]
            conn.ws.close()

        asyncio.run(scenario())
    finally:
        running.stop()


def test_a_run_asking_for_the_time_zone_waits_for_the_page_to_say_it(tmp_path: Path) -> None:
    running = _server(
        tmp_path,
        """
        import dataapp as st
        st.text("before")
        st.text(f"zone {st.context.timezone} locale {st.context.locale} theme {st.context.theme.type}")
        """,
    )
    try:
        session_id = _session_of(
            _get_page(running, {**BROWSER_PAGE_LOAD, "Accept-Language": "fr-FR,fr;q=0.9"})
        )
        session = _runtime(running).get_session(session_id)
        assert session is not None
        time.sleep(0.3)
        assert session.is_running, "the run should wait for the page's time zone"

        async def scenario() -> None:
            conn = await connect(
                running,
                query=f"session={session_id}&tz=Asia/Tokyo&locale=de-DE&tzo=-540&theme=dark",
            )
            run = await conn.read_run()
            assert _texts(run) == ["before", "zone Asia/Tokyo locale de-DE theme dark"]
            with pytest.raises(TimeoutError):
                # One run: the page's values were waited for, not fetched by a second run.
                await conn.read_until(lambda m: m.WhichOneof("type") == "delta", timeout=0.5)
            conn.ws.close()

        asyncio.run(scenario())
    finally:
        running.stop()


def test_a_run_waiting_for_a_page_that_never_comes_does_not_hold_up_the_stop(
    tmp_path: Path,
) -> None:
    running = _server(tmp_path, 'import dataapp as st\nst.text(f"{st.context.timezone}")\n')
    session_id = _session_of(_get_page(running, BROWSER_PAGE_LOAD))
    session = _runtime(running).get_session(session_id)
    assert session is not None
    time.sleep(0.2)
    assert session.is_running
    started = time.monotonic()
    running.stop()
    assert time.monotonic() - started < 3
    assert not session.is_running


def test_an_unknown_or_expired_session_gets_a_fresh_one(server: RunningServer) -> None:
    async def scenario() -> None:
        conn = await connect(server, query="session=" + "0" * 32)
        run = await conn.read_run()
        assert run[0].new_session.session_id != "0" * 32
        assert _texts(run) == ["line 0", "line 1", "line 2"]
        conn.ws.close()

    asyncio.run(scenario())


def test_a_session_no_page_claims_is_dropped(server: RunningServer) -> None:
    runtime = _runtime(server)
    session_id = _session_of(_get_page(server, BROWSER_PAGE_LOAD))
    session = runtime.get_session(session_id)
    assert session is not None
    _wait_until_idle(session)
    # As if the page request had come longer ago than a page is waited for.
    session.wait_for_page(time.monotonic() - UNCLAIMED_SESSION_TTL_SECONDS - 1)

    async def scenario() -> None:
        # Creating another session is when the runtime looks for expired ones.
        conn = await connect(server)
        await conn.read_run()
        conn.ws.close()

    asyncio.run(scenario())
    assert runtime.get_session(session_id) is None
