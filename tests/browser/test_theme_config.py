"""The app's config theme (NewSession.theme): default base, colours and font."""

from __future__ import annotations

from playwright.sync_api import expect

from .conftest import AppPage

APP = "themed/themed_app.py"


def test_config_theme_is_the_default(app_page: AppPage) -> None:
    page = app_page.page  # the OS prefers light here: the app's dark base wins
    expect(page.locator("html")).to_have_attribute("data-theme", "dark")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(16, 24, 32)"
    button = app_page.el("button", "primary").locator("button")
    assert button.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(28, 131, 225)"
    assert "Source Serif 4" in page.evaluate("getComputedStyle(document.body).fontFamily")


def test_user_choice_beats_the_config_and_config_colours_stay_with_their_base(
    app_page: AppPage,
) -> None:
    page = app_page.page
    page.get_by_role("button", name="Main menu").click()
    page.get_by_test_id("theme-light").click()
    expect(page.locator("html")).to_have_attribute("data-theme", "light")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
    button = app_page.el("button", "primary").locator("button")
    assert button.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(28, 131, 225)"
