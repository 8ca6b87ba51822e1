"""Fragment reruns and multipage navigation."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

from .conftest import APPS, AppPage, start_server


def open_app(browser: Any, url: str) -> tuple[Any, AppPage]:
    context = browser.new_context()
    app = AppPage(context.new_page())
    app.page.goto(url)
    app.wait_idle()
    return context, app


def test_a_widget_in_a_fragment_reruns_only_the_fragment(browser: Any) -> None:
    server = start_server(APPS / "fragment_app.py")
    try:
        context, app = open_app(browser, server.url)
        app.rerun_after(app.el("checkbox", "frag_cb").get_by_text("In fragment").click)
        assert app.text_of("fragment value") == "fragment value: True"
        assert app.text_of("full runs") == "full runs: 1"
        context.close()
    finally:
        server.stop()


def test_pages_switch_from_the_sidebar_and_the_address(browser: Any) -> None:
    server = start_server(APPS / "pages_app.py")
    try:
        context, app = open_app(browser, server.url)
        page = app.page
        expect(page.get_by_text("home page")).to_be_visible()
        app.rerun_after(page.get_by_test_id("page-link").filter(has_text="Other").click)
        expect(page.get_by_text("other page")).to_be_visible()
        expect(page.get_by_text("home page")).to_have_count(0)
        assert page.evaluate("location.pathname") == "/other"
        app.rerun_after(page.go_back)
        expect(page.get_by_text("home page")).to_be_visible()
        context.close()
    finally:
        server.stop()
