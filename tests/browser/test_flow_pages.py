"""Multipage apps in the page: a pages/ folder app and an st.navigation app."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from .conftest import REPO, SCREENSHOTS, AppPage, AppServer, start_server


@pytest.fixture(scope="module")
def pages_server() -> Iterator[AppServer]:
    server = start_server(REPO / "examples" / "multipage" / "Home.py")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def navigation_server() -> Iterator[AppServer]:
    server = start_server(REPO / "examples" / "navigation_app.py")
    yield server
    server.stop()


def open_page(browser: Any, url: str, scheme: str = "light") -> tuple[Any, AppPage]:
    context = browser.new_context(viewport={"width": 1100, "height": 760}, color_scheme=scheme)
    app = AppPage(context.new_page())
    app.page.goto(url)
    app.wait_idle()
    # Survives only if no page switch reloads the document.
    app.page.evaluate("() => { window.__sameDocument = true; }")
    return context, app


def nav_link(app: AppPage, title: str) -> Any:
    return app.el("page-nav").get_by_role("link", name=title, exact=True)


def test_a_pages_folder_app_switches_pages_and_shares_state(
    browser: Any, pages_server: AppServer
) -> None:
    context, app = open_page(browser, pages_server.url)
    page = app.page
    expect(page.get_by_role("heading", name="Shop reports")).to_be_visible()
    expect(app.el("logo").first).to_have_text("Shop reports")
    # A closed sidebar leaves its icon_image beside the button that opens it again.
    app.el("sidebar-close").click()
    expect(page.locator(".sidebar-open [data-testid=logo]")).to_have_text("SR")
    app.el("sidebar-open").click()
    # The sidebar's link.
    app.rerun_after(nav_link(app, "Settings").click)
    expect(page.get_by_role("heading", name="Settings")).to_be_visible()
    assert page.evaluate("location.pathname") == "/Settings"
    expect(nav_link(app, "Settings")).to_have_attribute("aria-current", "page")
    name = app.el("text_input", "name_field").get_by_role("textbox")
    name.fill("Grace")
    app.rerun_after(lambda: name.press("Enter"))
    # st.switch_page from a button.
    app.rerun_after(app.el("button", "home").get_by_role("button").click)
    expect(page.get_by_role("heading", name="Shop reports")).to_be_visible()
    assert page.evaluate("location.pathname") == "/"
    expect(app.el("markdown").first).to_contain_text("Hello Grace")
    # st.page_link switches in the app, without loading the document again.
    app.rerun_after(page.get_by_role("link", name="See the sales report").click)
    expect(page.get_by_role("heading", name="Sales")).to_be_visible()
    expect(page.get_by_text("Analyst: Grace")).to_be_visible()
    assert page.evaluate("window.__sameDocument") is True
    assert app.console_errors == []
    context.close()


def test_query_params_stay_in_the_address_and_widgets_belong_to_their_page(
    browser: Any, pages_server: AppServer
) -> None:
    context, app = open_page(browser, pages_server.url)
    page = app.page
    app.rerun_after(nav_link(app, "Sales").click)
    assert page.evaluate("location.search") == "?region=North"
    app.rerun_after(lambda: app.el("selectbox", "region").locator("select").select_option("East"))
    assert page.evaluate("location.search") == "?region=East"
    # A reload keeps the page and its query parameters.
    page.reload()
    app.wait_idle()
    expect(app.el("selectbox", "region").locator("select")).to_have_value("2")
    assert page.evaluate("location.pathname + location.search") == "/Sales?region=East"
    # Another page starts without the Sales page's parameters; back returns to them.
    app.rerun_after(nav_link(app, "Home").click)
    assert page.evaluate("location.search") == ""
    app.rerun_after(page.go_back)
    expect(page.get_by_role("heading", name="Sales")).to_be_visible()
    assert page.evaluate("location.search") == "?region=East"
    context.close()


def test_an_st_navigation_app_with_sections(browser: Any, navigation_server: AppServer) -> None:
    context, app = open_page(browser, navigation_server.url)
    page = app.page
    nav = app.el("page-nav")
    expect(nav.locator(".page-nav-heading")).to_have_text(["Notes", "Help"])
    expect(app.el("logo").first).to_have_text("Field notes")
    app.rerun_after(nav_link(app, "Take a note").click)
    assert page.evaluate("location.pathname") == "/add"
    note = page.get_by_label("Note")
    note.fill("Ferns by the river")
    app.el("selectbox").get_by_label("Tag").select_option(label="plants")
    # The form calls st.switch_page(list_page) after saving.
    app.rerun_after(page.get_by_role("button", name="Save").click)
    expect(page.get_by_role("heading", name="Notes")).to_be_visible()
    assert page.evaluate("location.pathname") == "/notes"
    expect(page.get_by_text("Ferns by the river")).to_be_visible()
    # The sidebar's filter is drawn by the main script on every page; state is shared.
    app.rerun_after(app.el("sidebar").get_by_text("birds").click)
    expect(page.get_by_text("Ferns by the river")).to_have_count(0)
    expect(page.get_by_text("A robin on the fence")).to_be_visible()
    app.rerun_after(nav_link(app, "Overview").click)
    expect(page.get_by_text("Notes taken: 2; filter: birds")).to_be_visible()
    assert page.evaluate("window.__sameDocument") is True
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_multipage_screenshots(
    browser: Any, pages_server: AppServer, navigation_server: AppServer, scheme: str
) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    context, app = open_page(browser, pages_server.url, scheme)
    app.rerun_after(nav_link(app, "Sales").click)
    app.page.wait_for_timeout(200)
    app.page.screenshot(path=str(SCREENSHOTS / f"multipage-{scheme}.png"))
    context.close()
    context, app = open_page(browser, navigation_server.url, scheme)
    app.rerun_after(nav_link(app, "Notes").click)
    app.page.wait_for_timeout(200)
    app.page.screenshot(path=str(SCREENSHOTS / f"navigation-{scheme}.png"))
    context.close()
