"""st.feedback on the page: thumbs, faces and stars report the chosen index, a click on the
chosen option clears it, stars fill up to the chosen one, a disabled widget ignores clicks."""

from __future__ import annotations

from playwright.sync_api import expect

from .conftest import SCREENSHOTS, AppPage

APP = "feedback_app.py"


def test_choosing_and_clearing_feedback_reaches_the_script(app_page: AppPage) -> None:
    assert app_page.text_of("thumbs=") == "thumbs=None faces=None stars=2"
    thumbs = app_page.el("feedback", key="thumbs")
    # Thumbs up comes first on the page, as in Streamlit, and is index 1.
    names = [b.get_attribute("aria-label") for b in thumbs.get_by_role("radio").all()]
    assert names == ["Thumbs up", "Thumbs down"]
    down = thumbs.get_by_role("radio", name="Thumbs down")
    app_page.rerun_after(down.click)
    assert app_page.text_of("thumbs=") == "thumbs=0 faces=None stars=2"
    expect(down).to_have_attribute("aria-checked", "true")
    satisfied = app_page.el("feedback").nth(1).get_by_role("radio", name="Satisfied", exact=True)
    app_page.rerun_after(satisfied.click)
    assert app_page.text_of("thumbs=") == "thumbs=0 faces=3 stars=2"
    stars = app_page.el("feedback").nth(2)
    four = stars.get_by_role("radio", name="4 out of 5 stars")
    app_page.rerun_after(four.click)
    assert app_page.text_of("thumbs=") == "thumbs=0 faces=3 stars=3"
    assert stars.locator('[data-testid="stFeedbackButtonActive"]').count() == 4
    SCREENSHOTS.mkdir(exist_ok=True)
    app_page.page.screenshot(path=str(SCREENSHOTS / "feedback.png"), full_page=True)
    app_page.rerun_after(down.click)
    assert app_page.text_of("thumbs=") == "thumbs=None faces=3 stars=3"
    expect(down).to_have_attribute("aria-checked", "false")


def test_a_disabled_feedback_shows_its_default_and_ignores_clicks(app_page: AppPage) -> None:
    disabled = app_page.el("feedback").nth(3)
    for star in disabled.get_by_role("radio").all():
        expect(star).to_be_disabled()
    assert disabled.locator('[data-testid="stFeedbackButtonActive"]').count() == 5
