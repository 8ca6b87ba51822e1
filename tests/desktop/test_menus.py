"""The window's menu bar and shortcuts, driven with the keyboard as a user would (xdotool)."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from tests.desktop.cdp import Page
from tests.desktop.conftest import (
    APPS,
    Desktop,
    DesktopApp,
    non_background_share,
    run_count,
    screenshot_path,
    set_text,
    text_of,
    wait_run_after,
)

pytestmark = pytest.mark.desktop

MENU_APP = APPS / "menu_app.py"
NAME_INPUT = '[data-testid="text_input"][data-key="name"] input'


def _keys(desktop: Desktop, window: int, *keys: str) -> None:
    """Keys pressed one after the other in the app's focused window, as a user types them."""
    desktop.x.run("xdotool", "windowfocus", "--sync", str(window))
    for key in keys:
        desktop.x.run("xdotool", "key", key)
        time.sleep(0.4)


def _screen(desktop: Desktop, name: str) -> Path:
    png = screenshot_path(name)
    subprocess.run(
        ["import", "-window", "root", str(png)], env=desktop.env(), check=True, timeout=30
    )
    return png


def _stamp(page: Page) -> str:
    return next(line for line in text_of(page, "markdown").splitlines() if "stamp" in line)


def _wait_window_titled(desktop: Desktop, app: DesktopApp, title: str) -> int:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        found = [w for w in desktop.x.find(title, pid=app.pid) if desktop.x.name(w) == title]
        if found:
            return found[-1]
        time.sleep(0.1)
    raise AssertionError(f"no window titled {title!r}")


def test_menus_and_shortcuts_act_on_the_window_the_page_and_the_app(
    desktop: Desktop, tmp_path: Path
) -> None:
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\necho "$1" >> {opened}\n')
    browser.chmod(0o755)
    app = desktop.launch(MENU_APP, env={"BROWSER": str(browser)})
    page = app.wait_rendered()
    window = app.window()

    # Help, opened from the keyboard: the app's menu_items and About.
    _keys(desktop, window, "alt+h")
    png = _screen(desktop, "menu-help-open.png")
    assert non_background_share(png) > 0.05
    _keys(desktop, window, "h")  # Get Help
    deadline = time.monotonic() + 10
    while not (opened.exists() and opened.read_text().strip()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert opened.read_text().split() == ["https://example.com/help"]
    _keys(desktop, window, "alt+h", "a")  # About Menu App
    about = _wait_window_titled(desktop, app, "About Menu App")
    _screen(desktop, "menu-about.png")
    _keys(desktop, about, "Return")

    # View: the page's own theme switch, and zoom.
    _keys(desktop, window, "alt+v")
    _screen(desktop, "menu-view-open.png")
    _keys(desktop, window, "t", "d")  # Theme ▸ Dark
    page.wait_for("document.documentElement.dataset.theme === 'dark'")
    assert page.evaluate("localStorage.getItem('dataapp.theme')") == "dark"
    _screen(desktop, "menu-dark-theme.png")
    _keys(desktop, window, "ctrl+equal")
    page.wait_for("window.devicePixelRatio > 1.05")
    _keys(desktop, window, "ctrl+0")
    page.wait_for("Math.abs(window.devicePixelRatio - 1) < 0.01")
    _keys(desktop, window, "ctrl+minus")
    page.wait_for("window.devicePixelRatio < 0.95")
    _keys(desktop, window, "ctrl+0")

    # Edit acts on the page's focused input.
    set_text(page, NAME_INPUT, "Ada")
    page.evaluate(f"document.querySelector({NAME_INPUT!r}).focus()")
    _keys(desktop, window, "alt+e", "a")  # Select All
    assert page.evaluate(
        f"(() => {{ const i = document.querySelector({NAME_INPUT!r});"
        " return [i.selectionStart, i.selectionEnd]; })()"
    ) == [0, 3]
    _keys(desktop, window, "alt+e", "t")  # Cut
    page.wait_for(f"document.querySelector({NAME_INPUT!r}).value === ''")
    _keys(desktop, window, "alt+e", "p")  # Paste
    page.wait_for(f"document.querySelector({NAME_INPUT!r}).value === 'Ada'")

    # File: Reload (Ctrl+R) keeps cached values; Clear caches drops them.
    stamp = _stamp(page)
    page.evaluate("window.__before_reload = true")
    _keys(desktop, window, "ctrl+r")
    page.wait_for("window.__before_reload === undefined", timeout=30)
    app.wait_rendered()
    assert _stamp(page) == stamp
    _keys(desktop, window, "alt+f", "c")  # Clear caches
    time.sleep(0.5)
    _keys(desktop, window, "F5")
    page.wait_for(
        "document.getElementById('root').dataset.runState === 'idle' && "
        f"!document.body.innerText.includes({stamp!r})",
        timeout=30,
    )

    # File ▸ Forget saved state…, confirmed: the app starts over.
    before = run_count(page)
    set_text(page, NAME_INPUT, "Grace")
    wait_run_after(page, before)
    before = run_count(page)
    _keys(desktop, window, "alt+f", "f")
    confirm = _wait_window_titled(desktop, app, "Forget saved state")
    _screen(desktop, "menu-forget-confirm.png")
    _keys(desktop, confirm, "alt+f")
    wait_run_after(page, before)
    page.wait_for(f"document.querySelector({NAME_INPUT!r}).value === ''")
    assert page.evaluate("localStorage.getItem('dataapp.theme')") is None

    # Quit (Ctrl+Q) closes the window the ordinary way.
    _keys(desktop, window, "ctrl+q")
    code, took = app.wait_exit(10)
    assert code == 0, app.output()
    assert took < 3.0
