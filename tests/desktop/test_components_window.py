"""Custom components in the real window under Xvfb: a published v1 component (streamlit-option-
menu) is drawn and answers clicks, and a cookie that a component sets from its own frame
(extra-streamlit-components' CookieManager) is still there at the next launch."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.desktop.cdp import Page
from tests.desktop.conftest import (
    Desktop,
    DesktopApp,
    non_background_share,
    screenshot_path,
    text_of,
)

APP = """\
import extra_streamlit_components as stx
import streamlit as st
from streamlit_option_menu import option_menu

st.set_page_config(page_title="Components app")
st.title("Components app")
page = option_menu("Menu", ["Home", "Reports"], icons=["house", "bar-chart"], key="menu")
st.text(f"page: {page}")
cookies = stx.CookieManager(key="cookies")
# A checkbox: the package's setter frame must stay on the page until its script has run.
if st.checkbox("Remember me"):
    cookies.set("visitor", "analyst", key="set")
st.text(f"cookie: {cookies.get('visitor')}")
"""
MENU_FRAME = "document.querySelector('iframe[title=\"streamlit_option_menu.option_menu\"]')"


def _wait_text(page: Page, text: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if text in text_of(page, "text"):
            return
        time.sleep(0.2)
    raise AssertionError(f"{text!r} not shown; the texts are {text_of(page, 'text')!r}")


def _click_in_menu(page: Page, label: str) -> None:
    # The frame shares the app's origin, so the page can reach into it as a user's click would.
    clicked = page.evaluate(
        f"(() => {{ const d = {MENU_FRAME}.contentDocument;"
        f" const a = [...d.querySelectorAll('a')].find(e => e.textContent.includes({label!r}));"
        " if (!a) return false; a.click(); return true; })()"
    )
    assert clicked, f"no menu entry {label!r}"


def _close(app: DesktopApp) -> None:
    app.close_window()
    code, _ = app.wait_exit(15)
    assert code == 0, app.output()


@pytest.mark.desktop
def test_components_work_in_the_window_and_their_cookies_outlive_it(
    desktop: Desktop, tmp_path: Path
) -> None:
    script = tmp_path / "components_app.py"
    script.write_text(APP)

    first = desktop.launch(script)
    page = first.wait_rendered()
    _wait_text(page, "page: Home")
    _wait_text(page, "cookie: None")
    page.wait_for(
        f"{MENU_FRAME} && {MENU_FRAME}.contentDocument.querySelectorAll('a').length > 1", timeout=60
    )
    _click_in_menu(page, "Reports")
    _wait_text(page, "page: Reports")
    page.evaluate(
        "[...document.querySelectorAll('label')].find(b => b.textContent.includes('Remember me')).click()"
    )
    # The package shows the cookie for one run only, then what its reader frame read before
    # (as under Streamlit): the cookie is set when the page has it.
    page.wait_for("document.cookie.includes('visitor=analyst')", timeout=60)
    png = screenshot_path("components-window.png")
    page.screenshot(png)
    assert non_background_share(png) > 0.005
    _close(first)

    second = desktop.launch(script)
    page = second.wait_rendered()
    # Read by the component from its frame's document.cookie, sent to the script: no click.
    _wait_text(page, "cookie: analyst")
    # The menu's page shows its first entry again, and so does the script (docs/components.md).
    _wait_text(page, "page: Home")
    # The menu is drawn, although the CookieManager's style sheet hides 0-pixel frames.
    page.wait_for(f"{MENU_FRAME} && Number({MENU_FRAME}.getAttribute('height')) > 50", timeout=60)
    page.screenshot(screenshot_path("components-window-second-launch.png"))
    _close(second)
