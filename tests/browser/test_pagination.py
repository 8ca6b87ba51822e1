"""st.pagination on the page: Streamlit 1.67's layout of page buttons and ellipses, previous
and next, a click that reruns the app with the page, a disabled row, and on_change="ignore"
(the page is kept for the next run without rerunning)."""

from __future__ import annotations

from playwright.sync_api import expect

from .conftest import SCREENSHOTS, AppPage

APP = "pagination_app.py"


def _slots(app_page: AppPage, key: str) -> list[str]:
    row = app_page.el("pagination", key=key)
    return [t.strip() for t in row.locator("button.page, .page-gap").all_text_contents()]


def test_pages_are_laid_out_as_in_streamlit(app_page: AppPage) -> None:
    assert _slots(app_page, "pages") == ["1", "…", "5", "6", "7", "…", "20"]
    assert _slots(app_page, "few") == ["1", "2", "3", "4", "5"]
    assert _slots(app_page, "three") == ["1", "…", "20"]
    assert _slots(app_page, "wide") == ["1", "2", "3", "4", "5", "…", "9"]
    current = app_page.el("pagination", key="pages").locator("[aria-current=page]")
    expect(current).to_have_text("6")
    off = app_page.el("pagination", key="off").locator("button")
    assert all(off.nth(i).is_disabled() for i in range(off.count()))
    SCREENSHOTS.mkdir(exist_ok=True)
    app_page.page.screenshot(path=str(SCREENSHOTS / "pagination.png"))


def test_a_click_reruns_the_app_with_the_page(app_page: AppPage) -> None:
    row = app_page.el("pagination", key="pages")
    app_page.rerun_after(lambda: row.get_by_role("button", name="Page 7").click())
    assert app_page.text_of("page=") == "page=7"
    assert _slots(app_page, "pages") == ["1", "…", "6", "7", "8", "…", "20"]
    app_page.rerun_after(lambda: row.get_by_role("button", name="Previous page").click())
    assert app_page.text_of("page=") == "page=6"
    app_page.rerun_after(lambda: row.get_by_role("button", name="Page 20").click())
    expect(row.get_by_role("button", name="Next page")).to_be_disabled()


def test_on_change_ignore_keeps_the_page_for_the_next_run(app_page: AppPage) -> None:
    row = app_page.el("pagination", key="quiet")
    before = app_page.run_count()
    row.get_by_role("button", name="Page 3").click()
    expect(row.locator("[aria-current=page]")).to_have_text("3")
    app_page.page.wait_for_timeout(500)
    assert app_page.run_count() == before
    assert app_page.text_of("quiet=") == "quiet=1"
    app_page.rerun_after(lambda: app_page.page.get_by_role("button", name="Rerun").click())
    assert app_page.text_of("quiet=") == "quiet=3"
