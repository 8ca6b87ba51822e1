"""The gallery's Data tab in light and dark, for people to look at (tests/browser/screenshots/)."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from .conftest import REPO, SCREENSHOTS, AppPage, missing

APP = str(REPO / "examples" / "gallery.py")


@pytest.fixture(autouse=True)
def _gallery_exists() -> None:
    if not (REPO / "examples" / "gallery.py").is_file():
        missing("examples/gallery.py is not there")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_data_tab_screenshots(browser: Any, app_url: str, scheme: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    app = AppPage(page)
    page.goto(app_url)
    app.wait_idle()
    page.get_by_role("tab", name="Data").click()
    sales = app.el("dataframe").first
    expect(sales.get_by_role("gridcell", name="#10001", exact=True)).to_be_visible()
    expect(app.el("data_editor").get_by_role("gridcell", name="Import data")).to_be_visible()
    page.evaluate("document.fonts.ready")
    page.wait_for_timeout(300)
    page.screenshot(path=str(SCREENSHOTS / f"gallery-data-{scheme}.png"), full_page=True)
    assert app.console_errors == [], app.console_errors
    context.close()
