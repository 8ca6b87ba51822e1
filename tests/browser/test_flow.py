"""Fragments, run_every, dialogs, status, popover, html, echo, help and st.context in the page."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from .conftest import APPS, SCREENSHOTS, AppPage, start_server

APP = "flow_app.py"


def test_a_fragment_button_reruns_only_the_fragment(app_page: AppPage) -> None:
    assert app_page.text_of("full runs") == "full runs: 1"
    app_page.rerun_after(app_page.el("button", "frag_add").get_by_role("button").click)
    app_page.rerun_after(app_page.el("button", "frag_add").get_by_role("button").click)
    assert app_page.text_of("clicks") == "clicks: 2"
    assert app_page.text_of("full runs") == "full runs: 1"
    assert app_page.text_of("inner runs") == "inner runs: 3"


def test_rerun_with_fragment_scope_and_a_form_inside_a_fragment(app_page: AppPage) -> None:
    app_page.rerun_after(app_page.el("button", "inner_rerun").get_by_role("button").click)
    app_page.page.wait_for_timeout(300)
    # The click, then st.rerun(scope="fragment"): two runs of the inner fragment only.
    expect(app_page.page.get_by_text("inner runs: 3")).to_be_visible()
    assert app_page.text_of("clicks") == "clicks: 0"
    field = app_page.el("text_input", "frag_word").locator("input")
    field.fill("kiwi")
    app_page.rerun_after(lambda: field.press("Enter"))
    expect(app_page.page.get_by_text("fragment form got: kiwi")).to_be_visible()
    assert app_page.text_of("full runs") == "full runs: 1"


def test_run_every_ticks_without_disturbing_typing_elsewhere(app_page: AppPage) -> None:
    page = app_page.page
    app_page.rerun_after(app_page.el("toggle", "tick").locator("label").click)
    field = app_page.el("text_input", "typing").locator("input")
    field.click()
    for letter in "slowly typed":
        page.keyboard.type(letter)
        page.wait_for_timeout(120)
    # Several ticks happened while typing; the field kept focus, text and cursor position.
    ticks = int(app_page.text_of("ticks").split(": ")[1])
    assert ticks >= 2, ticks
    assert page.evaluate(
        "document.activeElement === document.querySelector('[data-key=typing] input')"
    )
    assert field.input_value() == "slowly typed"
    assert page.evaluate("document.querySelector('[data-key=typing] input').selectionStart") == 12
    assert app_page.text_of("typed") == "typed: "
    assert app_page.text_of("full runs") == "full runs: 2"
    app_page.rerun_after(lambda: field.press("Enter"))
    expect(page.get_by_text("typed: slowly typed")).to_be_visible()


def test_a_dialog_opens_reruns_alone_and_closes_with_esc_and_st_rerun(app_page: AppPage) -> None:
    page = app_page.page
    app_page.rerun_after(app_page.el("button", "vote_a").get_by_role("button").click)
    dialog = page.get_by_role("dialog", name="Cast your vote")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_text("Why is A your favourite?")).to_be_visible()
    # Esc closes it (the app is not rerun: on_dismiss="ignore").
    runs = app_page.run_count()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    page.wait_for_timeout(200)
    assert app_page.run_count() == runs
    # Open again, type a reason: only the dialog reruns and it stays open.
    app_page.rerun_after(app_page.el("button", "vote_a").get_by_role("button").click)
    expect(dialog).to_be_visible()
    reason = dialog.get_by_label("Because...")
    reason.fill("it is first")
    app_page.rerun_after(lambda: reason.press("Enter"))
    expect(dialog).to_be_visible()
    expect(dialog.get_by_text("dialog runs: 3")).to_be_visible()
    assert app_page.text_of("full runs") == "full runs: 3"
    # Submit calls st.rerun(): the full run does not call the dialog function, so it closes.
    app_page.rerun_after(dialog.get_by_role("button", name="Submit").click)
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(page.get_by_text("voted: A because it is first")).to_be_visible()


def test_a_dialog_is_modal(app_page: AppPage) -> None:
    page = app_page.page
    app_page.rerun_after(app_page.el("button", "vote_a").get_by_role("button").click)
    expect(page.get_by_role("dialog", name="Cast your vote")).to_be_visible()
    # Focus starts inside the dialog, and the page behind it does not take clicks.
    assert page.evaluate("!!document.activeElement.closest('dialog')")
    with pytest.raises(Exception, match=r"intercepts pointer events|Timeout"):
        app_page.el("button", "task").get_by_role("button").click(timeout=1000)
    page.get_by_role("button", name="Close").click()
    expect(page.get_by_role("dialog", name="Cast your vote")).to_be_hidden()


def test_dismissing_runs_on_dismiss_and_a_non_dismissible_dialog_stays(
    app_page: AppPage,
) -> None:
    page = app_page.page
    app_page.rerun_after(app_page.el("button", "prefs").get_by_role("button").click)
    dialog = page.get_by_role("dialog", name="Preferences")
    expect(dialog).to_be_visible()
    # Esc closes it and reruns the app with the on_dismiss callback first.
    app_page.rerun_after(lambda: page.keyboard.press("Escape"))
    expect(dialog).to_have_count(0)
    assert app_page.text_of("dismissals") == "dismissals: 1"
    app_page.rerun_after(app_page.el("button", "confirm").get_by_role("button").click)
    confirm = page.get_by_role("dialog", name="Confirm")
    expect(confirm).to_be_visible()
    expect(confirm.get_by_role("button", name="Close")).to_have_count(0)
    for _ in range(3):
        page.keyboard.press("Escape")
    page.mouse.click(5, 5)
    page.wait_for_timeout(300)
    expect(confirm).to_be_visible()
    app_page.rerun_after(confirm.get_by_role("button", name="I agree").click)
    expect(page.get_by_role("dialog")).to_have_count(0)
    assert app_page.text_of("dismissals") == "dismissals: 1"


def test_status_shows_running_complete_and_error(app_page: AppPage) -> None:
    waiting = app_page.el("status").filter(has_text="Waiting")
    expect(waiting.locator("[data-state=running]")).to_have_count(1)
    app_page.rerun_after(app_page.el("button", "task").get_by_role("button").click)
    done = app_page.el("status").filter(has_text="Crunching numbers")
    expect(done.locator("[data-state=complete]")).to_have_count(1)
    expect(done.get_by_text("Fetching rows")).to_be_visible()
    done.get_by_role("button", name="Crunching numbers").click()
    expect(done.get_by_text("Fetching rows")).to_be_hidden()
    app_page.rerun_after(app_page.el("button", "fail_task").get_by_role("button").click)
    expect(
        app_page.el("status").filter(has_text="Risky task").locator("[data-state=error]")
    ).to_have_count(1)


def test_popover_opens_keeps_open_across_reruns_and_closes(app_page: AppPage) -> None:
    page = app_page.page
    button = page.get_by_role("button", name="Settings")
    button.click()
    panel = page.get_by_role("dialog", name="Settings")
    expect(panel).to_be_visible()
    app_page.rerun_after(panel.get_by_text("Dark chart").click)
    expect(panel).to_be_visible()
    assert app_page.text_of("dark chart") == "dark chart: True"
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    button.click()
    expect(panel).to_be_visible()
    page.mouse.click(5, 300)
    expect(panel).to_be_hidden()


def test_html_is_sanitised_and_styles_apply(app_page: AppPage) -> None:
    page = app_page.page
    html = app_page.el("html").first
    expect(html.locator("p.safe b")).to_have_text("HTML")
    assert html.locator("script").count() == 0
    assert (
        page.evaluate("document.querySelector('[data-testid=html] img').getAttribute('onerror')")
        is None
    )
    assert page.evaluate("window.__pwned") is None
    # Style-only HTML takes no room, and its rules apply to the page.
    green = page.locator(".styled-by-app")
    expect(green).to_have_css("color", "rgb(0, 128, 0)")


def test_echo_help_and_context(app_page: AppPage) -> None:
    code = app_page.el("code").filter(has_text="total = sum(range(5))")
    expect(code).to_contain_text('st.text(f"total: {total}")')
    assert app_page.text_of("total") == "total: 10"
    help_box = app_page.el("help")
    expect(help_box).to_contain_text("text_input")
    expect(help_box).to_contain_text("label: str")
    assert app_page.text_of("context url").startswith("context url: http://127.0.0.1:")
    assert app_page.text_of("context has token cookie") == "context has token cookie: False"
    assert app_page.text_of("context headers mention") == "context headers mention token: False"
    assert app_page.text_of("context theme") == "context theme: light"
    assert app_page.text_of("context locale") == "context locale: en-US"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_flow_screenshots(browser: Any, scheme: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    server = start_server(APPS / "flow_showcase.py")
    try:
        context = browser.new_context(viewport={"width": 1000, "height": 900}, color_scheme=scheme)
        app = AppPage(context.new_page())
        page = app.page
        page.goto(server.url)
        app.wait_idle()
        page.evaluate("document.fonts.ready")
        page.get_by_role("button", name="Filters").click()
        page.evaluate("window.scrollTo(0, 0)")
        page.wait_for_timeout(300)
        page.screenshot(path=str(SCREENSHOTS / f"flow-{scheme}.png"), full_page=True)
        page.keyboard.press("Escape")
        app.rerun_after(app.el("button", "rename").get_by_role("button").click)
        page.wait_for_timeout(300)
        page.screenshot(path=str(SCREENSHOTS / f"flow-dialog-{scheme}.png"))
        assert app.console_errors == []
        context.close()
    finally:
        server.stop()
