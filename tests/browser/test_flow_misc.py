"""Progress in place, placeholders, celebrations, page settings and a missing secret."""

from __future__ import annotations

from playwright.sync_api import expect

from .conftest import AppPage

APP = "flow_misc_app.py"

PROGRESS_RECORDER = """() => {
    window.__progress = [];
    new MutationObserver(() => {
        const bar = document.querySelector('[data-testid=progress] [role=progressbar]');
        if (!bar) return;
        if (!window.__firstBar) window.__firstBar = bar;
        const value = bar.getAttribute('aria-valuenow');
        const seen = window.__progress;
        if (seen[seen.length - 1] !== value) seen.push(value);
        window.__sameBar = window.__firstBar === bar;
    }).observe(document.querySelector('[data-testid=main]'),
        {subtree: true, childList: true, attributes: true});
}"""


def test_progress_updates_in_place(app_page: AppPage) -> None:
    page = app_page.page
    page.evaluate(PROGRESS_RECORDER)
    app_page.rerun_after(app_page.el("button", "count").get_by_role("button").click)
    seen = page.evaluate("window.__progress")
    assert seen[-1] == "100" and len(seen) >= 4, seen
    # One bar, updated: the same DOM node from the first value to the last.
    assert page.evaluate("window.__sameBar") is True
    expect(app_page.el("progress")).to_have_count(1)
    expect(app_page.el("progress")).to_contain_text("Counting 100%")


def test_a_placeholder_holds_a_container_and_is_replaced(app_page: AppPage) -> None:
    expect(app_page.el("empty")).to_have_count(0)
    slot = app_page.page.locator("[data-testid=container]").filter(has_text="first line")
    expect(slot.get_by_text("second line in the placeholder")).to_be_visible()
    app_page.rerun_after(app_page.el("button", "replace").get_by_role("button").click)
    expect(app_page.page.get_by_text("first line in the placeholder")).to_have_count(0)
    expect(app_page.el("json")).to_contain_text("replaced")


def test_balloons_snow_and_toast_play(app_page: AppPage) -> None:
    app_page.rerun_after(app_page.el("button", "celebrate").get_by_role("button").click)
    expect(app_page.el("event").locator(".celebration.balloons")).to_have_count(1)
    expect(app_page.el("event").locator(".celebration.snow")).to_have_count(1)
    expect(app_page.el("toast")).to_contain_text("Well done")


def test_menu_items_of_set_page_config_show_in_the_menu(app_page: AppPage) -> None:
    page = app_page.page
    assert page.title() == "Flow misc"
    page.get_by_test_id("main-menu").click()
    expect(page.get_by_role("menuitem", name="Get help")).to_be_visible()
    expect(page.get_by_role("menuitem", name="Report a bug")).to_be_visible()
    page.get_by_role("menuitem", name="About").click()
    expect(page.get_by_role("dialog", name="About")).to_contain_text("Flow misc — a test app.")


def test_a_missing_secret_says_which_key_and_where_it_looked(app_page: AppPage) -> None:
    app_page.rerun_after(app_page.el("button", "secret").get_by_role("button").click)
    message = app_page.el("exception").locator(".exception-message")
    expect(message).to_contain_text('st.secrets has no key "api_key"')
    expect(message).to_contain_text("secrets.toml")
    expect(message).to_be_visible()


def test_the_logo_sits_in_the_header_of_a_page_without_sidebar(app_page: AppPage) -> None:
    logo = app_page.page.locator(".app-header [data-testid=logo]")
    expect(logo).to_have_text("Flow misc")
    expect(logo).to_have_attribute("href", "https://example.com")
