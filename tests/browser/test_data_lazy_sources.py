"""Tables kept as queries beyond files, in Chromium: a DuckDB relation over the app's own table,
a polars LazyFrame, a big polars DataFrame and a SQLite cursor scroll to their ends and sort
descending (tests/browser/apps/data_lazy_sources_app.py)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import AppPage

pytest.importorskip("duckdb")
pytest.importorskip("polars")

APP = "data_lazy_sources_app.py"


@pytest.mark.parametrize(
    ("shown", "first", "last"),
    [
        (0, 1_000_000, 1_499_999),
        (1, 3_000_000, 3_499_999),
        (2, 2_000_000, 2_499_999),
        (3, 4_000_000, 4_499_999),
    ],
    ids=["relation", "lazyframe", "polars", "cursor"],
)
def test_each_scrolls_to_its_end_and_sorts(
    app_page: AppPage, shown: int, first: int, last: int
) -> None:
    grid = app_page.el("dataframe").nth(shown)
    expect(grid.get_by_role("gridcell", name=str(first), exact=True)).to_be_visible()
    expect(grid.get_by_role("grid")).to_have_attribute("aria-rowcount", "500001")
    grid.locator(".df-scroll").evaluate("el => { el.scrollTop = el.scrollHeight; }")
    expect(grid.get_by_role("gridcell", name=str(last), exact=True)).to_be_visible(timeout=30_000)

    grid.locator(".df-scroll").evaluate("el => { el.scrollTop = 0; }")
    header = grid.get_by_role("columnheader", name="id")
    header.click()
    header.click()
    expect(header).to_have_attribute("aria-sort", "descending")
    first_row = grid.locator('[role="row"][aria-rowindex="2"]')
    expect(first_row.get_by_role("gridcell", name=str(last), exact=True)).to_be_visible(
        timeout=30_000
    )
    assert app_page.text_of("orders") == "orders: 500000"
