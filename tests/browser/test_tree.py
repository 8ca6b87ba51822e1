"""The element tree: unchanged elements keep their DOM, stale ones fade and are removed,
exceptions are shown, Stop stops a run."""

from __future__ import annotations

from playwright.sync_api import expect

from .conftest import AppPage

APP = "stale_app.py"


def test_elements_not_reached_are_removed_when_the_run_ends(app_page: AppPage) -> None:
    expect(app_page.page.get_by_text("extra line", exact=True)).to_have_count(1)
    app_page.rerun_after(app_page.el("checkbox", "show").get_by_text("Show extra").click)
    expect(app_page.page.get_by_text("extra line", exact=True)).to_have_count(0)
    expect(app_page.page.get_by_text("another extra line")).to_have_count(0)
    expect(app_page.page.get_by_text("always here")).to_have_count(1)
    # And back: the slots are filled again.
    app_page.rerun_after(app_page.el("checkbox", "show").get_by_text("Show extra").click)
    expect(app_page.page.get_by_text("extra line", exact=True)).to_have_count(1)


def test_unchanged_elements_keep_their_dom_nodes(app_page: AppPage) -> None:
    app_page.page.evaluate(
        "document.querySelectorAll('[data-testid=text]').forEach(el => { el.__mark = true; })"
    )
    app_page.rerun_after(lambda: app_page.page.evaluate("window.__dataapp.session.requestRerun()"))
    kept = app_page.page.evaluate(
        "[...document.querySelectorAll('[data-testid=text]')].map(el => el.__mark === true)"
    )
    assert kept and all(kept), kept


def test_slots_not_yet_reached_fade_during_a_slow_run(app_page: AppPage) -> None:
    before = app_page.run_count()
    app_page.el("checkbox", "slow").get_by_text("Slow").click()
    after_slow = app_page.page.get_by_text("after the slow part").locator(
        "xpath=ancestor::*[@data-testid='text']"
    )
    # Reached before the sleep: not stale. After the sleep: stale, and faded after a delay.
    expect(after_slow).to_have_attribute("data-stale", "")
    expect(app_page.page.locator(".app.show-stale")).to_have_count(1)
    expect(
        app_page.page.get_by_text("always here").locator("xpath=ancestor::*[@data-testid='text']")
    ).not_to_have_attribute("data-stale", "")
    expect(app_page.page.get_by_test_id("status-running")).to_be_visible()
    app_page.wait_idle(after=before)
    expect(after_slow).not_to_have_attribute("data-stale", "")
    expect(app_page.page.locator(".app.show-stale")).to_have_count(0)


def test_an_exception_is_shown_with_its_traceback_and_the_app_keeps_working(
    app_page: AppPage,
) -> None:
    app_page.rerun_after(app_page.el("checkbox", "fail").get_by_text("Fail").click)
    exc = app_page.el("exception")
    expect(exc).to_contain_text("ValueError")
    expect(exc).to_contain_text("deliberate failure")
    expect(exc.locator(".exception-trace")).to_contain_text("stale_app.py")
    app_page.rerun_after(app_page.el("checkbox", "fail").get_by_text("Fail").click)
    expect(app_page.el("exception")).to_have_count(0)


def test_stop_ends_a_long_run(app_page: AppPage) -> None:
    before = app_page.run_count()
    app_page.el("button", "long").locator("button").click()
    stop = app_page.page.get_by_test_id("stop")
    expect(stop).to_be_visible()
    stop.click()
    app_page.wait_idle(after=before, timeout=5_000)
    expect(app_page.page.get_by_text("long run finished")).to_have_count(0)
