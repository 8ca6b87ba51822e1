"""The run inspector in the page: opened from the menu (and by --inspect), it shows the last
run's st.* calls, cached functions with hit or miss, and queries, and flags a query the
database runs at every rerun. docs/images/run-inspector.png is this test's screenshot."""

from __future__ import annotations

from tests.browser.conftest import SCREENSHOTS, AppPage

APP = "inspector_app.py"


def test_the_inspector_shows_what_a_run_cost_and_flags_a_query_on_every_rerun(
    app_page: AppPage,
) -> None:
    page = app_page.page
    assert page.get_by_test_id("inspector").count() == 0
    page.get_by_test_id("main-menu").click()
    page.get_by_role("menuitem", name="Run inspector").click()
    summary = page.get_by_test_id("inspector-summary")
    summary.wait_for(timeout=20_000)
    calls = page.get_by_test_id("inspector-calls").inner_text()
    for name in ("st.title", "st.selectbox", "st.dataframe", "st.line_chart"):
        assert name in calls
    assert "inspector_app.py:" in calls
    caches = page.get_by_test_id("inspector-caches").inner_text()
    assert "load" in caches and "hit" in caches
    queries = page.get_by_test_id("inspector-queries").inner_text()
    assert "select 1 as total" in queries and "cached" in queries
    assert "select 'Lima' as city" in queries

    app_page.rerun_after(
        lambda: page.locator('[data-testid="selectbox"] select').select_option("Osaka")
    )
    warning = page.get_by_test_id("inspector-warning")
    warning.wait_for(timeout=20_000)
    assert "at every rerun" in warning.inner_text()
    assert "select 'Osaka' as city" in page.get_by_test_id("inspector-queries").inner_text()
    SCREENSHOTS.mkdir(exist_ok=True)
    shot = SCREENSHOTS / "run-inspector.png"
    page.screenshot(path=str(shot))

    page.get_by_role("button", name="Close the run inspector").click()
    page.get_by_test_id("inspector").wait_for(state="detached")
