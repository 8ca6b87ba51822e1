"""A Parquet file kept as a query: the page scrolls to its end, sorts, searches and selects
over two million rows that the server never loads (tests/browser/apps/data_lazy_app.py)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import AppPage

pytest.importorskip("duckdb")

APP = "data_lazy_app.py"
FIRST_ID = "1000000"
LAST_ID = "2999999"


def test_a_parquet_file_scrolls_sorts_searches_and_selects_by_query(app_page: AppPage) -> None:
    grid = app_page.el("dataframe")
    expect(grid.get_by_role("gridcell", name=FIRST_ID, exact=True)).to_be_visible()
    expect(grid.get_by_role("grid")).to_have_attribute("aria-rowcount", "2000001")
    grid.locator(".df-scroll").evaluate("el => { el.scrollTop = el.scrollHeight; }")
    expect(grid.get_by_role("gridcell", name=LAST_ID, exact=True)).to_be_visible()

    header = grid.get_by_role("columnheader", name="id")
    header.click()
    header.click()
    expect(header).to_have_attribute("aria-sort", "descending")
    grid.locator(".df-scroll").evaluate("el => { el.scrollTop = 0; }")
    first_row = grid.locator('[role="row"][aria-rowindex="2"]')
    expect(first_row.get_by_role("gridcell", name=LAST_ID, exact=True)).to_be_visible(
        timeout=60_000
    )
    # A row picked in the sorted view is its position in the file.
    app_page.rerun_after(
        lambda: grid.get_by_role("checkbox", name="Select row 1", exact=True).click()
    )
    assert app_page.text_of("selected rows") == "selected rows: [1999999]"

    grid.hover()
    grid.get_by_role("button", name="Search").click()
    box = grid.get_by_role("searchbox", name="Search")
    box.fill("1234567")
    expect(grid.locator(".df-matches")).to_have_text("1 match", timeout=60_000)
    expect(grid.get_by_role("gridcell", name="1234567", exact=True)).to_be_visible()
