"""Saving the app or a module it imports re-runs it in place, keeping what the user entered."""

from __future__ import annotations

import asyncio
import os
import textwrap
import time
from pathlib import Path

import pytest
import tornado.websocket

from tests.desktop.conftest import Desktop, run_count, text_of, wait_run_after
from tests.support.processes import serve_app

APP = """
import dataapp as st
from helper import GREETING

st.title(GREETING)
if st.button("Count", key="count"):
    st.session_state.clicks = st.session_state.get("clicks", 0) + 1
st.text(f"clicks: {st.session_state.get('clicks', 0)}")
"""


def _write(path: Path, text: str) -> None:
    """Save as an editor would; the modification time moves on even within one clock tick."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(textwrap.dedent(text))
    if path.stat().st_mtime_ns == before:
        os.utime(path, ns=(before + 1_000_000, before + 1_000_000))


@pytest.fixture
def app_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "app"
    folder.mkdir()
    _write(folder / "app.py", APP)
    _write(folder / "helper.py", 'GREETING = "First version"\n')
    return folder


@pytest.mark.desktop
def test_saving_a_local_module_or_the_script_reloads_the_window_keeping_state(
    desktop: Desktop, app_dir: Path
) -> None:
    app = desktop.launch(app_dir / "app.py")
    page = app.wait_rendered()
    assert text_of(page, "title") == "First version"
    before = run_count(page)
    page.evaluate("document.querySelector('[data-testid=\"button\"] button').click()")
    wait_run_after(page, before)
    assert text_of(page, "text") == "clicks: 1"

    _write(app_dir / "helper.py", 'GREETING = "Second version"\n')
    page.wait_for(
        "document.querySelector('[data-testid=\"title\"]')?.innerText === 'Second version'"
    )
    assert text_of(page, "text") == "clicks: 1"  # session state kept

    _write(app_dir / "app.py", APP + "\nst.text('oops'\n")
    page.wait_for("!!document.querySelector('[data-testid=\"exception\"]')")
    assert "SyntaxError" in text_of(page, "exception")

    _write(app_dir / "app.py", APP + "\nst.text('fixed')\n")
    page.wait_for("document.body.innerText.includes('fixed')")
    page.wait_for("!document.querySelector('[data-testid=\"exception\"]')")
    assert text_of(page, "text") == "clicks: 1\nfixed"


async def _texts_after_change(url: str, token: str, change: Path) -> tuple[bytes, bytes]:
    """The messages of the first run, and of the run that follows saving `change`."""
    ws = await tornado.websocket.websocket_connect(f"{url}_dataapp/stream?token={token}")
    first = b""
    while b"First version" not in first:
        message = await asyncio.wait_for(ws.read_message(), 20)
        assert isinstance(message, bytes)
        first += message
    _write(change, 'GREETING = "Second version"\n')
    second = b""
    deadline = time.monotonic() + 20
    while b"Second version" not in second and time.monotonic() < deadline:
        message = await asyncio.wait_for(ws.read_message(), 20)
        assert isinstance(message, bytes)
        second += message
    ws.close()
    return first, second


@pytest.mark.parametrize("reload", [True, False])
def test_headless_mode_reloads_unless_told_not_to(app_dir: Path, reload: bool) -> None:
    served = serve_app(app_dir / "app.py", *([] if reload else ["--no-reload"]))
    try:
        url = f"http://127.0.0.1:{served.port}/".replace("http", "ws", 1)
        if reload:
            _, second = asyncio.run(_texts_after_change(url, served.token, app_dir / "helper.py"))
            assert b"Second version" in second
        else:
            with pytest.raises(asyncio.TimeoutError):
                asyncio.run(
                    asyncio.wait_for(
                        _texts_after_change(url, served.token, app_dir / "helper.py"), 4
                    )
                )
    finally:
        assert served.stop() == 0
