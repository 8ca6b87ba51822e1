"""The gallery (examples/gallery.py): offline (no request leaves the machine, no console
errors) and screenshots in light and dark for people to look at (tests/browser/screenshots/)."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from .conftest import REPO, SCREENSHOTS, AppPage, missing, offline_guard

APP = str(REPO / "examples" / "gallery.py")
TABS = ["Text", "Widgets", "Layout", "Status"]


@pytest.fixture(autouse=True)
def _gallery_exists() -> None:
    if not (REPO / "examples" / "gallery.py").is_file():
        missing("examples/gallery.py is not there")


def open_gallery(
    browser: Any, app_url: str, scheme: str, blocked: list[str] | None = None
) -> tuple[Any, AppPage]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    if blocked is not None:
        context.route("**/*", offline_guard(blocked))
    page = context.new_page()
    app = AppPage(page)
    page.goto(app_url)
    app.wait_idle()
    return context, app


def test_gallery_works_offline(browser: Any, app_url: str) -> None:
    blocked: list[str] = []
    context, app = open_gallery(browser, app_url, "light", blocked)
    page = app.page
    for tab in TABS:
        page.get_by_role("tab", name=tab).click()
    expect(app.el("latex").locator(".katex")).to_have_count(1)
    expect(app.el("code").locator("code.hljs")).to_have_count(1)
    page.get_by_role("tab", name="Status").click()
    app.rerun_after(page.get_by_role("button", name="Toast").click)
    expect(app.el("toast")).to_contain_text("A toast says hello")
    # Every font the page uses was loaded from the app itself.
    page.evaluate("document.fonts.ready")
    fonts = page.evaluate(
        "[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)"
    )
    assert any("Source Sans 3" in f for f in fonts), fonts
    assert blocked == [], f"requests that tried to leave the machine: {blocked}"
    assert app.console_errors == [], app.console_errors
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_gallery_screenshots(browser: Any, app_url: str, scheme: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    context, app = open_gallery(browser, app_url, scheme)
    page = app.page
    page.evaluate("document.fonts.ready")
    for tab in TABS:
        page.get_by_role("tab", name=tab).click()
        if tab == "Text":
            expect(app.el("latex").locator(".katex")).to_have_count(1)
        page.wait_for_timeout(300)
        page.screenshot(
            path=str(SCREENSHOTS / f"gallery-{tab.lower()}-{scheme}.png"), full_page=True
        )
    assert app.console_errors == [], app.console_errors
    context.close()
