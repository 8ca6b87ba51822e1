"""The launch-token cookie is each app's own and reaches no other local server.

Two real servers (`dataapp-desktop --headless`) on two ports and a plain HTTP server on a
third, all visited in ONE browser context as a person would with two apps open in one
browser (docs/security.md, "The launch token and its cookie").
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from .conftest import AppPage, AppServer, start_server

APP = """
import dataapp as st
if st.button("More", key="more"):
    st.session_state.clicks = st.session_state.get("clicks", 0) + 1
st.text(f"clicks: {st.session_state.get('clicks', 0)}")
st.text(f"cookies: {sorted(st.context.cookies)}")
"""


class _CookieRecorder(http.server.BaseHTTPRequestHandler):
    """A plain local web server that notes every Cookie header it is sent."""

    received: ClassVar[list[str]]

    def do_GET(self) -> None:
        self.received.extend(self.headers.get_all("Cookie") or [])
        body = b"<!doctype html><title>other</title><p>another local server</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def two_apps(tmp_path: Path) -> Iterator[tuple[AppServer, AppServer]]:
    # Two scripts, so that the two apps keep their state in stores of their own.
    servers: list[AppServer] = []
    try:
        for name in ("first.py", "second.py"):
            script = tmp_path / name
            script.write_text(APP)
            servers.append(start_server(script))
        yield servers[0], servers[1]
    finally:
        for server in servers:
            server.stop()


@pytest.fixture
def other_server() -> Iterator[tuple[str, list[str]]]:
    received: list[str] = []
    handler = type("Recorder", (_CookieRecorder,), {"received": received})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", received
    server.shutdown()
    server.server_close()


def _port(url: str) -> int:
    port = urlsplit(url).port
    assert port is not None
    return port


def _click_more(app: AppPage) -> None:
    before = app.text_of("clicks")
    count = int(before.split(": ")[1])
    app.rerun_after(app.page.get_by_role("button", name="More").click)
    assert app.text_of("clicks") == f"clicks: {count + 1}"


def test_two_apps_in_one_browser_keep_working_and_no_other_server_gets_their_token(
    browser: Any,
    two_apps: tuple[AppServer, AppServer],
    other_server: tuple[str, list[str]],
) -> None:
    first, second = two_apps
    context = browser.new_context()
    try:
        pages: list[AppPage] = []
        for server in (first, second):
            app = AppPage(context.new_page())
            app.page.goto(server.url)
            app.wait_idle()
            # The token left the address bar (and the history) as the page loaded.
            assert "token" not in app.page.url
            assert urlsplit(app.page.url).path == "/"
            _click_more(app)
            pages.append(app)

        cookies = {c["name"]: c for c in context.cookies()}
        assert sorted(cookies) == sorted(
            f"dataapp_token_{_port(s.url)}" for s in (first, second)
        ), "each app has a cookie of its own"
        for cookie in cookies.values():
            assert cookie["path"] == "/_dataapp/"
            assert cookie["httpOnly"] is True
            assert cookie["sameSite"] == "Strict"

        # A cookie of the page's own (any path) still reaches the app; ours never do.
        pages[0].page.evaluate("document.cookie = 'visible=1; path=/'")
        # Opening the second app did not break the first: both reload and keep working.
        for app in pages:
            app.page.reload()
            app.wait_idle()
            _click_more(app)
            assert app.text_of("cookies") == "cookies: ['visible']"
            assert app.console_errors == []

        # Another local web server visited in the same browser gets no token cookie.
        other_url, received = other_server
        visitor = context.new_page()
        visitor.goto(other_url + "/")
        visitor.goto(other_url + "/static/index.html")
        # It does get the page's own cookie (cookies ignore ports): the check can see cookies.
        assert received and all("visible=1" in header for header in received), received
        assert not any("dataapp" in header for header in received), received
    finally:
        context.close()


def test_a_page_opened_without_the_token_says_how_to_open_it(
    browser: Any, two_apps: tuple[AppServer, AppServer]
) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        bare = two_apps[0].url.split("?", 1)[0]
        response = page.goto(bare)
        assert response is not None and response.status == 200
        expect(page.get_by_text("This app needs its launch token")).to_be_visible(timeout=10_000)
        assert context.cookies() == []
    finally:
        context.close()
