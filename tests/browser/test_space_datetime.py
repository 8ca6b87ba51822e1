"""st.space and st.datetime_input on the page: spaces are as tall as Streamlit 1.67's (4.25rem
for "large", pixels as given, between the usual element gaps); a datetime typed in the field
reaches the script to the minute, an empty field without a default may stay empty, and a field
with a default cannot be emptied."""

from __future__ import annotations

from playwright.sync_api import expect

from .conftest import SCREENSHOTS, AppPage

APP = "space_datetime_app.py"


def test_spaces_have_streamlits_heights(app_page: AppPage) -> None:
    heights = [
        box["height"]
        for box in (s.bounding_box() for s in app_page.el("space").all())
        if box is not None
    ]
    assert heights == [68, 40]  # "large" is 4.25rem of 16px


def test_a_datetime_typed_in_the_field_reaches_the_script(app_page: AppPage) -> None:
    assert app_page.text_of("when=") == ("when=datetime.datetime(2024, 5, 6, 7, 8) empty=None")
    when = app_page.el("datetime_input", key="when").locator("input")
    expect(when).to_have_value("2024-05-06T07:08")
    app_page.rerun_after(lambda: when.fill("2025-12-24T18:30"))
    assert app_page.text_of("when=") == ("when=datetime.datetime(2025, 12, 24, 18, 30) empty=None")
    empty = app_page.el("datetime_input", key="empty").locator("input")
    expect(empty).to_have_attribute("step", "3600")
    app_page.rerun_after(lambda: empty.fill("2024-01-02T03:00"))
    assert app_page.text_of("when=").endswith("empty=datetime.datetime(2024, 1, 2, 3, 0)")
    SCREENSHOTS.mkdir(exist_ok=True)
    app_page.page.screenshot(path=str(SCREENSHOTS / "space_datetime.png"), full_page=True)
    # A field without a default may be emptied again; one with a default keeps its value.
    app_page.rerun_after(lambda: empty.fill(""))
    assert app_page.text_of("when=").endswith("empty=None")
    when.fill("")
    expect(when).to_have_value("2025-12-24T18:30")
