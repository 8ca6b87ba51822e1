"""Light and dark themes: follow the OS, switchable in the menu, remembered."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

from .conftest import AppPage

APP = "text_app.py"


def background(page: Any) -> str:
    return str(page.evaluate("getComputedStyle(document.body).backgroundColor"))


def test_follows_a_dark_os_and_switches_in_the_menu(browser: Any, app_url: str) -> None:
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    app = AppPage(page)
    page.goto(app_url)
    app.wait_idle()
    expect(page.locator("html")).to_have_attribute("data-theme", "dark")
    assert background(page) == "rgb(14, 17, 23)"
    text_colour = page.evaluate(
        "getComputedStyle(document.querySelector('[data-testid=title] h1')).color"
    )
    assert text_colour == "rgb(250, 250, 250)"

    page.get_by_role("button", name="Main menu").click()
    page.get_by_test_id("theme-light").click()
    expect(page.locator("html")).to_have_attribute("data-theme", "light")
    assert background(page) == "rgb(255, 255, 255)"

    page.reload()
    app.wait_idle()
    expect(page.locator("html")).to_have_attribute("data-theme", "light")
    assert page.evaluate("localStorage.getItem('dataapp.theme')") == "light"
    assert app.console_errors == []
    context.close()


def test_light_by_default_on_a_light_os(app_page: AppPage) -> None:
    expect(app_page.page.locator("html")).to_have_attribute("data-theme", "light")
    assert background(app_page.page) == "rgb(255, 255, 255)"
