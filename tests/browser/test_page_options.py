"""st.Page on the page: a hidden page is not in the menu but its link and URL show it, an
external page is a menu item (and a page link) that opens its URL in a new browser tab, and a
page's help is its tooltip."""

from __future__ import annotations

from playwright.sync_api import expect

from .conftest import AppPage

APP = "page_options_app.py"


def test_hidden_external_and_help_in_the_menu(app_page: AppPage) -> None:
    nav = app_page.page.get_by_test_id("page-nav")
    items = nav.get_by_test_id("page-link")
    expect(items).to_have_count(2)
    expect(items.nth(0)).to_have_text("Home")
    expect(items.nth(0)).to_have_attribute("title", "Start here")
    docs = items.nth(1)
    expect(docs).to_have_text("The Docs")
    expect(docs).to_have_attribute("href", "https://example.com/docs")
    expect(docs).to_have_attribute("target", "_blank")
    expect(docs).to_have_attribute("title", "Read the docs.")


def test_a_hidden_page_is_reached_by_its_link(app_page: AppPage) -> None:
    external = app_page.el("page_link").nth(0).locator("a")
    expect(external).to_have_attribute("href", "https://example.com/docs")
    app_page.rerun_after(app_page.page.get_by_text("To the secret page").click)
    expect(app_page.page.get_by_text("secret page", exact=True)).to_be_visible()
    assert app_page.page.url.rstrip("/").endswith("/secret")
