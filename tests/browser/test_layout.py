"""Tabs and expanders keep their state across reruns; columns, sidebar and page config."""

from __future__ import annotations

from playwright.sync_api import expect

from .conftest import AppPage

APP = "layout_app.py"


def rerun(app_page: AppPage) -> None:
    app_page.rerun_after(app_page.el("button", "rerun").locator("button").click)


def test_chosen_tab_survives_reruns(app_page: AppPage) -> None:
    tabs = app_page.el("tabs")
    expect(tabs.get_by_text("first tab body")).to_be_visible()
    tabs.get_by_role("tab", name="Second").click()
    expect(tabs.get_by_text("second tab body")).to_be_visible()
    rerun(app_page)
    assert app_page.text_of("runs:") == "runs: 2"
    expect(tabs.get_by_role("tab", name="Second")).to_have_attribute("aria-selected", "true")
    expect(tabs.get_by_text("second tab body")).to_be_visible()
    expect(tabs.get_by_text("first tab body")).to_be_hidden()


def test_tabs_work_with_arrow_keys(app_page: AppPage) -> None:
    tabs = app_page.el("tabs")
    tabs.get_by_role("tab", name="First").focus()
    app_page.page.keyboard.press("ArrowRight")
    expect(tabs.get_by_role("tab", name="Second")).to_be_focused()
    expect(tabs.get_by_text("second tab body")).to_be_visible()


def test_opened_expander_survives_reruns(app_page: AppPage) -> None:
    expander = app_page.el("expander")
    header = expander.get_by_role("button", name="More")
    expect(header).to_have_attribute("aria-expanded", "false")
    expect(expander.get_by_text("expander body")).to_be_hidden()
    header.click()
    expect(expander.get_by_text("expander body")).to_be_visible()
    rerun(app_page)
    expect(header).to_have_attribute("aria-expanded", "true")
    expect(expander.get_by_text("expander body")).to_be_visible()


def test_columns_share_the_row_by_weight(app_page: AppPage) -> None:
    columns = app_page.el("columns").locator('[data-testid="column"]')
    expect(columns).to_have_count(3)
    widths = [columns.nth(i).bounding_box()["width"] for i in range(3)]  # type: ignore[index]
    assert abs(widths[1] - 2 * widths[0]) < 4, widths
    assert abs(widths[0] - widths[2]) < 2, widths


def test_columns_stack_on_a_narrow_window(app_page: AppPage) -> None:
    app_page.page.set_viewport_size({"width": 500, "height": 900})
    columns = app_page.el("columns").locator('[data-testid="column"]')
    boxes = [columns.nth(i).bounding_box() for i in range(3)]
    assert boxes[0]["y"] < boxes[1]["y"] < boxes[2]["y"]  # type: ignore[index]


def test_page_config_and_collapsible_sidebar(app_page: AppPage) -> None:
    page = app_page.page
    expect(page).to_have_title("Layout test")
    assert page.locator(".app.wide").count() == 1
    sidebar = app_page.el("sidebar")
    expect(sidebar.get_by_text("in the sidebar")).to_be_visible()
    page.get_by_role("button", name="Close sidebar").click()
    expect(sidebar).to_be_hidden()
    page.get_by_role("button", name="Open sidebar").click()
    expect(sidebar.get_by_text("in the sidebar")).to_be_visible()
