"""The launch token's cookie: the app's own name, sent only to /_dataapp/, never shown to the
app; the page shell is served from the printed URL directly and is public without it.

The real server on its own thread, real HTTP requests and a real WebSocket (docs/security.md,
"The launch token and its cookie"; the two-apps-in-one-browser case is in
tests/browser/test_token_cookie.py).
"""

from __future__ import annotations

import asyncio
import urllib.error
import urllib.request
from email.message import Message

import tornado.httpclient
import tornado.websocket

from dataapp.proto.forward_pb2 import ForwardMsg
from tests.support.ws_client import TOKEN, Connection, RunningServer, deltas

APP = """
import dataapp as st
st.text(f"cookies: {sorted(st.context.cookies)}")
st.text(f"cookie header: {st.context.headers.get('Cookie')}")
"""

PAGE_LOAD = {"Accept": "text/html", "Sec-Fetch-Dest": "document"}


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _get(server: RunningServer, path: str, headers: dict[str, str]) -> tuple[int, Message, str]:
    opener = urllib.request.build_opener(_NoRedirect)
    request = urllib.request.Request(f"http://{server.base}{path}", headers=headers)
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as refused:
        return refused.code, refused.headers, ""


def _texts(messages: list[ForwardMsg]) -> list[str]:
    return [
        m.delta.new_element.text.body
        for m in deltas(messages)
        if m.delta.new_element.WhichOneof("type") == "text"
    ]


def test_the_printed_url_serves_the_page_and_sets_the_apps_own_cookie(
    server: RunningServer,
) -> None:
    status, headers, page = _get(server, f"/sales?token={TOKEN}&region=eu", PAGE_LOAD)
    # No redirect: the page comes at once, its first run started with it.
    assert status == 200
    assert '<meta name="dataapp-session" content="' in page
    # The page shows its address without the token (assets/src/session/address.ts).
    assert '<meta name="dataapp-address" content="/sales?region=eu">' in page
    cookie = headers["Set-Cookie"]
    assert cookie.startswith(f"dataapp_token_{server.port}={TOKEN};")
    attributes = {part.strip().split("=")[0].lower(): part.strip() for part in cookie.split(";")}
    assert attributes["path"] == "Path=/_dataapp/"
    assert attributes["samesite"] == "SameSite=Strict"
    assert "httponly" in attributes


def test_a_page_without_the_token_is_the_bare_shell_and_starts_nothing(
    server: RunningServer,
) -> None:
    status, headers, page = _get(server, "/", PAGE_LOAD)
    assert status == 200
    assert "dataapp-session" not in page and "Set-Cookie" not in headers
    assert server.thread.server.runtime.sessions == []
    # Everything the shell loads needs the token: without it the app's code does not load.
    script = page.split('<script type="module" crossorigin src="', 1)[1].split('"', 1)[0]
    assert script.startswith("/_dataapp/static/")
    assert _get(server, script, {})[0] == 403
    cookie = {"Cookie": f"dataapp_token_{server.port}={TOKEN}"}
    assert _get(server, script, cookie)[0] == 200
    # A wrong token in the address starts nothing and sets no cookie either.
    status, headers, page = _get(server, "/?token=guess", PAGE_LOAD)
    assert status == 200 and "dataapp-session" not in page and "Set-Cookie" not in headers
    assert server.thread.server.runtime.sessions == []


def test_another_apps_cookie_does_not_open_this_one(server: RunningServer) -> None:
    for name in ("dataapp_token", "dataapp_token_1"):
        status, _, _ = _get(server, "/_dataapp/health", {"Cookie": f"{name}={TOKEN}"})
        assert status == 403, name


def test_the_app_never_sees_a_token_cookie_under_any_name(server: RunningServer) -> None:
    async def scenario() -> None:
        # What a browser with three dataapp apps open (and an old version's cookie) sends.
        cookies = (
            f"dataapp_token_{server.port}={TOKEN}; dataapp_token_40001=other-app; "
            "dataapp_token=old; theme=dark"
        )
        request = tornado.httpclient.HTTPRequest(
            f"ws://{server.base}/_dataapp/stream?token={TOKEN}", headers={"Cookie": cookies}
        )
        conn = Connection(await tornado.websocket.websocket_connect(request))
        texts = _texts(await conn.read_run())
        assert texts == ["cookies: ['theme']", "cookie header: theme=dark"]
        conn.ws.close()

    asyncio.run(scenario())
