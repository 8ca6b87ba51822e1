"""The app in a real window under Xvfb: it renders, it reacts, and closing it ends everything."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.desktop.conftest import (
    REPO,
    Desktop,
    non_background_share,
    run_count,
    screenshot_path,
    set_text,
    text_of,
    wait_run_after,
)

pytestmark = pytest.mark.desktop

HELLO = REPO / "examples" / "hello.py"
TOKEN = "desktop-test-token-6f1d2a9c"


def test_hello_renders_reacts_and_closing_the_window_ends_the_process(
    desktop: Desktop,
) -> None:
    app = desktop.launch(HELLO)
    page = app.wait_rendered()

    assert "Hello, dataapp" in text_of(page, "title")
    window = app.window()
    deadline = time.monotonic() + 10
    while desktop.x.name(window) != "Hello, dataapp" and time.monotonic() < deadline:
        time.sleep(0.1)
    assert desktop.x.name(window) == "Hello, dataapp"  # from set_page_config(page_title=...)
    # The page's favicon (set_page_config(page_icon=...)) became the window's icon.
    icon = desktop.x.run("xprop", "-id", str(window), "_NET_WM_ICON")
    assert "_NET_WM_ICON(CARDINAL)" in icon

    page_png = screenshot_path("hello-page.png")
    page.screenshot(page_png)
    assert non_background_share(page_png) > 0.02, "the page looks blank"
    screen_png = screenshot_path("hello-screen.png")
    subprocess.run(
        ["import", "-window", "root", str(screen_png)],
        env=desktop.env(),
        check=True,
        timeout=30,
    )
    assert non_background_share(screen_png) > 0.05, "the screen shows no window"

    before = run_count(page)
    set_text(page, '[data-testid="text_input"][data-key="name"] input', "Ada")
    wait_run_after(page, before)
    before = run_count(page)
    page.evaluate("document.querySelector('[data-testid=\"button\"] button').click()")
    wait_run_after(page, before)
    assert "Hello Ada!" in text_of(page, "success")
    assert "1" in text_of(page, "metric")
    page.screenshot(screenshot_path("hello-after-greeting.png"))

    app.close_window()
    code, took = app.wait_exit(10)
    assert code == 0, app.output()
    assert took < 2.0, f"closing took {took:.2f}s"
    assert app.leftover_children(grace=0.2) == []

    saved = list((desktop.data_home / "dataapp-desktop" / "windows").glob("*.json"))
    assert len(saved) == 1
    assert json.loads(saved[0].read_text())["width"] > 0


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_closes_the_window_and_exits_0_within_2s(
    desktop: Desktop, signum: signal.Signals
) -> None:
    app = desktop.launch(HELLO)
    app.wait_rendered()
    started = time.monotonic()
    app.process.send_signal(signum)
    code = app.process.wait(10)
    took = time.monotonic() - started
    assert code == 0, app.output()
    assert took < 2.0, f"exit took {took:.2f}s"
    assert app.leftover_children(grace=0.2) == []
    # The window closed the ordinary way: its geometry was saved.
    assert list((desktop.data_home / "dataapp-desktop" / "windows").glob("*.json"))


def _cmdlines() -> dict[int, bytes]:
    found: dict[int, bytes] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                found[int(entry.name)] = (entry / "cmdline").read_bytes()
            except OSError:
                continue
    return found


def test_the_launch_token_is_in_no_command_line_url_or_child_environment(
    desktop: Desktop,
) -> None:
    app = desktop.launch(HELLO, env={"DATAAPP_TOKEN": TOKEN})
    page = app.wait_rendered()

    leaks = [pid for pid, cmdline in _cmdlines().items() if TOKEN.encode() in cmdline]
    assert leaks == [], f"the token is on the command line of {leaks}"
    url = page.evaluate("location.href")
    assert TOKEN not in url and "nonce" not in url
    assert page.evaluate("document.cookie") == ""  # HttpOnly: scripts cannot read it
    for child in app.known_children:
        try:
            environ = Path(f"/proc/{child}/environ").read_bytes()
        except OSError:
            continue
        assert TOKEN.encode() not in environ, f"child {child} inherited the token"


def test_a_link_to_another_site_opens_in_the_system_browser(
    desktop: Desktop, tmp_path: Path
) -> None:
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\necho "$1" >> {opened}\n')
    browser.chmod(0o755)
    app = desktop.launch(HELLO, env={"BROWSER": str(browser)})
    page = app.wait_rendered()
    own_url = page.evaluate("location.href")

    page.evaluate(
        "(() => { const a = document.createElement('a'); a.href = 'https://example.com/docs';"
        " a.textContent = 'docs'; document.body.appendChild(a); a.click(); })()"
    )
    deadline = time.monotonic() + 10
    while not (opened.exists() and opened.read_text().strip()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert opened.read_text().split() == ["https://example.com/docs"]
    time.sleep(0.3)
    assert page.evaluate("location.href") == own_url
    assert text_of(page, "title")  # the app is still shown
