"""Ten million rows: the first rows come with the element, the end is reachable by scrolling,
sorting works over every row, and a rerun that re-creates the same frame sends almost nothing."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

from .conftest import AppPage

APP = "data_big_app.py"
FIRST_ID = "1000000"
LAST_ID = "10999999"


def test_ten_million_rows_scroll_to_the_end_and_sort(app_page: AppPage) -> None:
    grid = app_page.el("dataframe")
    expect(grid.get_by_role("gridcell", name=FIRST_ID, exact=True)).to_be_visible()
    expect(grid.get_by_role("grid")).to_have_attribute("aria-rowcount", "10000001")
    # The scroll area is capped (browsers limit element heights); its end is the last row.
    height = grid.locator(".df-sizer").evaluate("el => el.getBoundingClientRect().height")
    assert height < 10_000_000, height
    grid.locator(".df-scroll").evaluate("el => { el.scrollTop = el.scrollHeight; }")
    expect(grid.get_by_role("gridcell", name=LAST_ID, exact=True)).to_be_visible()
    expect(grid.locator('[role="row"][aria-rowindex="10000001"]')).to_be_visible()
    # The wheel still moves by real pixels near the end: a step up shows the row above.
    grid.locator(".df-scroll").hover()
    app_page.page.mouse.wheel(0, -35)
    expect(grid.locator('[role="row"][aria-rowindex="10000000"]')).to_be_visible()

    header = grid.get_by_role("columnheader", name="id")
    header.click()
    header.click()
    expect(header).to_have_attribute("aria-sort", "descending")
    first_row = grid.locator('[role="row"][aria-rowindex="2"]')
    expect(first_row.get_by_role("gridcell", name=LAST_ID, exact=True)).to_be_visible(
        timeout=60_000
    )


def test_a_rerun_of_ten_million_rows_sends_under_one_kib(app_page: AppPage) -> None:
    received: list[int] = []

    def on_socket(ws: Any) -> None:
        ws.on("framereceived", lambda payload: received.append(len(payload)))

    app_page.page.on("websocket", on_socket)
    app_page.page.reload()
    app_page.wait_idle(timeout=60_000)
    received.clear()
    app_page.rerun_after(app_page.page.get_by_role("button", name="Rerun").click)
    app_page.page.wait_for_timeout(500)
    assert 0 < sum(received) < 1024, received
