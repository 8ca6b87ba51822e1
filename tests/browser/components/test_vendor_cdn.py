"""`dataapp-desktop build --vendor-cdn`: a component page that loads a script, a style sheet
and (through the sheet) a font from another host gets them from the app once vendored, with
that host gone. The host is a local fixture server, never the internet."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from dataapp_desktop.build import vendor_cdn_assets
from dataapp_desktop.build.discover import discover
from tests.browser.conftest import start_server

PAGE = """<!doctype html><html><head>
<link rel="stylesheet" href="{cdn}/css/style.css">
<script src="{cdn}/lib.js"></script>
</head><body><div id="status">the library did not run</div>
<script>
parent.postMessage({{isStreamlitMessage: true, type: "streamlit:componentReady", apiVersion: 1}}, "*");
parent.postMessage({{isStreamlitMessage: true, type: "streamlit:setFrameHeight", height: 60}}, "*");
</script></body></html>
"""
APP = """import streamlit as st
import streamlit.components.v1 as components

cdn = components.declare_component("cdn", path="comp")
cdn(key="cdn")
st.text("shown")
"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def cdn(tmp_path: Path) -> Iterator[tuple[str, http.server.ThreadingHTTPServer]]:
    root = tmp_path / "cdn"
    (root / "css" / "fonts").mkdir(parents=True)
    (root / "lib.js").write_text(
        "addEventListener('DOMContentLoaded', () => "
        "{ document.getElementById('status').textContent = 'the library from the CDN ran'; });"
    )
    (root / "css" / "style.css").write_text(
        "@font-face { font-family: Vendored; src: url(fonts/v.woff2) format('woff2'); }\n"
        "body { color: rgb(1, 2, 3); font-family: Vendored, sans-serif; }\n"
    )
    (root / "css" / "fonts" / "v.woff2").write_bytes(b"wOF2 not a real font")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", server
    server.shutdown()
    server.server_close()


def test_vendored_assets_are_served_by_the_app_with_the_host_gone(
    browser: Any, cdn: tuple[str, http.server.ThreadingHTTPServer], tmp_path: Path
) -> None:
    address, host = cdn
    app_dir = tmp_path / "app"
    (app_dir / "comp").mkdir(parents=True)
    (app_dir / "comp" / "index.html").write_text(PAGE.format(cdn=address))
    (app_dir / "app.py").write_text(APP)

    lines = vendor_cdn_assets(discover(app_dir / "app.py"), app_dir)
    assert sorted(lines) == sorted(
        f"  vendored: {address}/{path}" for path in ("lib.js", "css/style.css", "css/fonts/v.woff2")
    )
    host.shutdown()
    host.server_close()

    server = start_server(app_dir / "app.py")
    context = browser.new_context()
    try:
        page = context.new_page()
        fetched: list[str] = []
        page.on("request", lambda r: fetched.append(r.url))
        page.goto(server.url)
        frame = page.frame_locator('iframe[title="app.cdn"]')
        status = frame.locator("#status")
        status.get_by_text("the library from the CDN ran").wait_for(timeout=20_000)
        assert status.evaluate("el => getComputedStyle(document.body).color") == "rgb(1, 2, 3)"
        page.wait_for_function(
            "() => [...document.querySelector('iframe').contentDocument.fonts]"
            ".some(f => f.family === 'Vendored' && f.status !== 'unloaded')",
            timeout=10_000,
        )
        assert not [url for url in fetched if url.startswith(address)], fetched
        assert page.locator('[data-testid="component-blocked"]').count() == 0
    finally:
        context.close()
        server.stop()


def test_an_asset_the_build_cannot_fetch_is_named(tmp_path: Path) -> None:
    app_dir = tmp_path / "app"
    (app_dir / "comp").mkdir(parents=True)
    (app_dir / "comp" / "index.html").write_text(PAGE.format(cdn="http://127.0.0.1:9"))
    (app_dir / "app.py").write_text(APP)
    lines = vendor_cdn_assets(discover(app_dir / "app.py"), app_dir)
    assert len(lines) == 2
    assert all(line.startswith("  warning: could not fetch http://127.0.0.1:9/") for line in lines)
    assert not (app_dir / ".dataapp" / "vendor" / "manifest.json").exists()
