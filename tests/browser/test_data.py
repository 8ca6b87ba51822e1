"""Data frames in the browser: virtual rows, windows from the server (scroll, sort, search),
selection, the editor, column types, add_rows, the bytes of an unchanged rerun, dark theme."""

from __future__ import annotations

import json
from typing import Any

from playwright.sync_api import expect

from .conftest import SCREENSHOTS, AppPage

APP = "data_app.py"
LAST_ID = "1999999"


def grid(app: AppPage, testid: str, nth: int = 0) -> Any:
    return app.el(testid).nth(nth)


def scroll_to_bottom(app: AppPage, element: Any) -> None:
    element.locator(".df-scroll").evaluate("el => { el.scrollTop = el.scrollHeight; }")


def test_first_rows_come_with_the_element_and_only_visible_rows_are_cells(
    app_page: AppPage,
) -> None:
    big = grid(app_page, "dataframe")
    expect(big.get_by_role("gridcell", name="1000000", exact=True)).to_be_visible()
    expect(big.get_by_role("grid")).to_have_attribute("aria-rowcount", "1000001")
    rows = big.locator('[role="row"]').count()
    assert 5 < rows < 150, rows


def test_scrolling_to_the_end_of_a_million_rows_loads_the_last_rows(app_page: AppPage) -> None:
    big = grid(app_page, "dataframe")
    scroll_to_bottom(app_page, big)
    expect(big.get_by_role("gridcell", name=LAST_ID, exact=True)).to_be_visible()
    last_row = big.locator('[role="row"][aria-rowindex="1000001"]')
    expect(last_row).to_be_visible()
    expect(last_row.locator('[role="gridcell"]').first).to_have_text("999999")


def test_keyboard_moves_through_the_grid(app_page: AppPage) -> None:
    big = grid(app_page, "dataframe")
    big.get_by_role("gridcell", name="1000000", exact=True).click()
    app_page.page.keyboard.press("Control+End")
    expect(big.get_by_role("gridcell", name=LAST_ID, exact=True)).to_be_visible()
    app_page.page.keyboard.press("Control+Home")
    expect(big.get_by_role("gridcell", name="1000000", exact=True)).to_be_visible()


def test_sorting_a_column_asks_the_server_for_sorted_rows(app_page: AppPage) -> None:
    big = grid(app_page, "dataframe")
    header = big.get_by_role("columnheader", name="id")
    header.click()
    expect(header).to_have_attribute("aria-sort", "ascending")
    header.click()
    expect(header).to_have_attribute("aria-sort", "descending")
    first_row = big.locator('[role="row"][aria-rowindex="2"]')
    expect(first_row.get_by_role("gridcell", name=LAST_ID, exact=True)).to_be_visible()
    # The sorted view scrolls too: its last row is the smallest id.
    scroll_to_bottom(app_page, big)
    expect(big.get_by_role("gridcell", name="1000000", exact=True)).to_be_visible()
    header.click()
    expect(header).to_have_attribute("aria-sort", "none")


def test_search_filters_rows_on_the_server(app_page: AppPage) -> None:
    big = grid(app_page, "dataframe")
    big.hover()
    big.get_by_role("button", name="Search").click()
    box = big.get_by_role("searchbox", name="Search")
    box.fill("1234567")
    expect(big.locator(".df-matches")).to_have_text("1 match", timeout=30_000)
    expect(big.get_by_role("grid")).to_have_attribute("aria-rowcount", "2")
    expect(big.get_by_role("gridcell", name="1234567", exact=True)).to_be_visible()
    box.press("Escape")
    expect(big.get_by_role("grid")).to_have_attribute("aria-rowcount", "1000001")


def test_selecting_rows_and_columns_returns_them_to_the_script(app_page: AppPage) -> None:
    people = app_page.el("dataframe", "people")
    app_page.rerun_after(lambda: people.get_by_role("checkbox", name="Select row 2").click())
    assert app_page.text_of("selected rows") == "selected rows: [1]"
    app_page.rerun_after(lambda: people.get_by_role("checkbox", name="Select row 4").click())
    assert app_page.text_of("selected rows") == "selected rows: [1, 3]"
    app_page.rerun_after(lambda: people.get_by_role("columnheader", name="age").click())
    assert app_page.text_of("selected columns") == "selected columns: ['age']"
    expect(people.locator('[role="row"][aria-selected="true"]')).to_have_count(2)


def test_editing_a_cell_adding_and_deleting_rows(app_page: AppPage) -> None:
    editor = app_page.el("data_editor", "editor")
    cell = editor.get_by_role("gridcell", name="Grace", exact=True)
    cell.dblclick()
    field = editor.get_by_role("textbox", name="Edit name")
    field.fill("Hopper")
    app_page.rerun_after(lambda: field.press("Enter"))
    assert app_page.text_of("edited names") == (
        "edited names: ['Ada', 'Hopper', 'Linus', 'Margaret']"
    )
    expect(editor.get_by_role("gridcell", name="Hopper", exact=True)).to_be_visible()

    app_page.rerun_after(lambda: editor.get_by_role("button", name="Add row").click())
    assert app_page.text_of("edited rows") == "edited rows: 5"
    new_age = editor.locator('[role="row"][aria-rowindex="6"] [role="gridcell"]').nth(2)
    new_age.dblclick()
    age = editor.get_by_role("textbox", name="Edit age")
    age.fill("61")
    app_page.rerun_after(lambda: age.press("Enter"))
    assert app_page.text_of("edited ages") == "edited ages: [36, 45, 28, 52, 61]"

    editor.get_by_role("checkbox", name="Select row 1").click()
    app_page.rerun_after(lambda: editor.get_by_role("button", name="Delete selected rows").click())
    assert app_page.text_of("edited names") == "edited names: ['Hopper', 'Linus', 'Margaret', nan]"
    assert app_page.text_of("edited rows") == "edited rows: 4"


def test_editor_toggles_a_checkbox_cell(app_page: AppPage) -> None:
    editor = app_page.el("data_editor", "editor")
    box = editor.locator('[role="row"][aria-rowindex="3"]').get_by_role("checkbox", name="false")
    app_page.rerun_after(box.click)
    expect(
        editor.locator('[role="row"][aria-rowindex="3"]').get_by_role("checkbox", name="true")
    ).to_be_visible()


def test_column_config_types(app_page: AppPage) -> None:
    tasks = grid(app_page, "dataframe", 2)
    expect(tasks.get_by_role("columnheader", name="Task")).to_have_attribute("title", "What to do")
    expect(tasks.get_by_role("checkbox", name="true")).to_have_count(1)
    bars = tasks.get_by_role("progressbar")
    expect(bars).to_have_count(3)
    expect(bars.first).to_have_attribute("aria-valuenow", "100")
    expect(tasks.get_by_role("gridcell", name="$1,200.50")).to_be_visible()
    expect(tasks.get_by_role("gridcell", name="Feb 14, 2025")).to_be_visible()
    link = tasks.get_by_role("link", name="review")
    expect(link).to_have_attribute("href", "https://example.com/review")
    expect(tasks.locator("svg.df-spark polyline")).to_have_count(3)
    icons = tasks.locator("img.df-image")
    expect(icons).to_have_count(3)
    assert icons.first.evaluate("img => img.decode().then(() => img.naturalWidth)") > 0


def test_add_rows_appends_to_the_shown_frame(app_page: AppPage) -> None:
    counts = grid(app_page, "dataframe", 3)
    expect(counts.get_by_role("grid")).to_have_attribute("aria-rowcount", "3")
    app_page.rerun_after(app_page.page.get_by_role("button", name="Add rows").click)
    expect(counts.get_by_role("grid")).to_have_attribute("aria-rowcount", "5")
    expect(counts.get_by_role("gridcell", name="4", exact=True)).to_be_visible()
    # The next run shows the frame without the added rows again.
    app_page.rerun_after(app_page.page.get_by_role("button", name="Rerun").click)
    expect(counts.get_by_role("grid")).to_have_attribute("aria-rowcount", "3")


def test_table_is_static(app_page: AppPage) -> None:
    table = app_page.el("table")
    expect(table.get_by_role("gridcell", name="Grace", exact=True)).to_be_visible()
    expect(table.get_by_role("button")).to_have_count(0)
    expect(table.get_by_role("columnheader").first).not_to_have_attribute("aria-sort", "none")


def test_a_rerun_with_unchanged_frames_sends_under_one_kib(app_page: AppPage) -> None:
    received: list[int] = []

    def on_socket(ws: Any) -> None:
        ws.on("framereceived", lambda payload: received.append(len(payload)))

    # Frames of the socket the page already has: listen through CDP-free page events.
    app_page.page.on("websocket", on_socket)
    app_page.page.reload()
    app_page.wait_idle()
    received.clear()
    app_page.rerun_after(app_page.page.get_by_role("button", name="Rerun").click)
    app_page.page.wait_for_timeout(300)
    assert 0 < sum(received) < 1024, received


def test_dark_theme_look(browser: Any, app_url: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 1800}, color_scheme="dark")
    page = context.new_page()
    app = AppPage(page)
    page.goto(app_url)
    app.wait_idle()
    cell = app.el("dataframe").first.get_by_role("gridcell", name="1000000", exact=True)
    background = cell.evaluate("el => getComputedStyle(el).backgroundColor")
    color = cell.evaluate("el => getComputedStyle(el).color")
    assert json.dumps(background) != json.dumps("rgb(255, 255, 255)"), background
    assert _luminance(background) < 0.2 < _luminance(color), (background, color)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "data-dark.png"), full_page=True)
    assert app.console_errors == [], app.console_errors
    context.close()


def _luminance(css: str) -> float:
    parts = [float(p) for p in css[css.index("(") + 1 : css.index(")")].split(",")[:3]]
    return (0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]) / 255
