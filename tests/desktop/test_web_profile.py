"""The window keeps the page's cookies and localStorage across launches (a stable origin and a
persistent per-app profile); `--reset-state` forgets them; a taken port falls back."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path

import pytest

from dataapp_desktop.paths import app_key
from dataapp_desktop.web_profile import FIRST_PORT, PORT_SPAN, preferred_ports
from tests.desktop.conftest import (
    Desktop,
    DesktopApp,
    non_background_share,
    screenshot_path,
    text_of,
)

APP = """\
import dataapp as st

st.set_page_config(page_title="Storage app")
st.title("Storage app")
st.write("Cookies and localStorage set by the page stay from one launch to the next.")
"""
SET_BOTH = (
    "document.cookie = 'desktop_pref=kept; max-age=31536000; path=/; SameSite=Strict';"
    "localStorage.setItem('desktop_pref', 'kept-too'); 'set'"
)
READ_BOTH = (
    "JSON.stringify({cookie: document.cookie, stored: localStorage.getItem('desktop_pref'),"
    " port: location.port})"
)
SHOW_BOTH = (
    "(() => { const d = document.createElement('pre'); d.id = 'storage-check';"
    " d.style.cssText = 'position:fixed;bottom:10px;left:10px;font-size:22px;"
    "background:#ffe;border:2px solid #c90;padding:8px;z-index:9999';"
    " d.textContent = 'cookie: ' + document.cookie + '\\nlocalStorage: '"
    " + localStorage.getItem('desktop_pref') + '\\nport: ' + location.port;"
    " document.body.appendChild(d); return 'shown'; })()"
)


def _app(tmp_path: Path) -> Path:
    # A script of its own: its identity, hence its port, is this test's alone.
    path = tmp_path / "storage_app.py"
    path.write_text(APP)
    return path


def _close(app: DesktopApp) -> None:
    app.close_window()
    code, _ = app.wait_exit(10)
    assert code == 0, app.output()


def _read(app: DesktopApp) -> dict[str, str]:
    import json

    page = app.wait_rendered()
    assert "Storage app" in text_of(page, "title")
    value: dict[str, str] = json.loads(page.evaluate(READ_BOTH))
    return value


@pytest.mark.desktop
def test_cookies_and_local_storage_outlive_the_window_until_reset_state(
    desktop: Desktop, tmp_path: Path
) -> None:
    script = _app(tmp_path)
    key = app_key(str(script.resolve()))
    first = desktop.launch(script)
    before = _read(first)
    assert int(before["port"]) == preferred_ports(key)[0]
    assert "desktop_pref" not in before["cookie"] and before["stored"] is None
    assert first.page().evaluate(SET_BOTH) == "set"
    _close(first)

    second = desktop.launch(script)
    after = _read(second)
    assert after["port"] == before["port"]  # the same origin
    assert "desktop_pref=kept" in after["cookie"]
    assert after["stored"] == "kept-too"
    page = second.page()
    assert page.evaluate(SHOW_BOTH) == "shown"
    png = screenshot_path("web-profile-second-launch.png")
    page.screenshot(png)
    assert non_background_share(png) > 0.005
    _close(second)

    profile = desktop.data_home / "dataapp-desktop" / "web" / key
    names = _cookie_names(profile / "Cookies")
    assert "desktop_pref" in names
    # The launch token's cookie is a session cookie: never written to the disk.
    assert not [name for name in names if name.startswith("dataapp_token")], names

    third = desktop.launch(script, "--reset-state")
    forgotten = _read(third)
    assert "forgot the window's cookies and web storage in " + str(profile) in third.output()
    assert "desktop_pref" not in forgotten["cookie"] and forgotten["stored"] is None
    _close(third)


def _cookie_names(database: Path) -> list[str]:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM cookies")]


@pytest.mark.desktop
def test_taken_ports_fall_back_to_a_free_one_and_say_so(desktop: Desktop, tmp_path: Path) -> None:
    script = _app(tmp_path)
    ports = preferred_ports(app_key(str(script.resolve())))
    holders = []
    try:
        for port in ports:
            holder = socket.socket()
            holder.bind(("127.0.0.1", port))
            holder.listen()
            holders.append(holder)
        app = desktop.launch(script)
        used = int(_read(app)["port"])
        assert used not in ports
        assert f"The app's usual ports ({', '.join(map(str, ports))}) are taken" in app.output()
        assert f"served at http://127.0.0.1:{used}/" in app.output()
        _close(app)
    finally:
        for holder in holders:
            holder.close()


def test_each_app_has_its_own_spread_of_ports_in_the_range() -> None:
    first, other = preferred_ports(app_key("/a/app.py")), preferred_ports(app_key("/b/app.py"))
    assert first == preferred_ports(app_key("/a/app.py"))  # stable
    assert first != other
    for port in (*first, *other):
        assert FIRST_PORT <= port < FIRST_PORT + PORT_SPAN
    assert len(set(first)) == len(first)
