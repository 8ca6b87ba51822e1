"""st.pills and st.segmented_control on the page: a click reaches the script, a second click on
a chosen pill clears it, multi-selection toggles, disabled groups ignore clicks, help shows."""

from __future__ import annotations

from playwright.sync_api import expect

from .conftest import SCREENSHOTS, AppPage

APP = "pills_app.py"


def test_clicking_pills_and_a_segment_reaches_the_script(app_page: AppPage) -> None:
    assert app_page.text_of("size=") == "size=None tags=['green'] view='List'"
    medium = app_page.el("pills").nth(0).get_by_role("radio", name="Medium")
    app_page.rerun_after(medium.click)
    assert app_page.text_of("size=") == "size='Medium' tags=['green'] view='List'"
    expect(medium).to_have_attribute("aria-checked", "true")
    blue = app_page.el("pills").nth(1).get_by_role("button", name="blue")
    app_page.rerun_after(blue.click)
    assert app_page.text_of("size=") == "size='Medium' tags=['green', 'blue'] view='List'"
    expect(blue).to_have_attribute("aria-pressed", "true")
    grid = app_page.el("segmented_control").nth(0).get_by_role("radio", name="Grid")
    app_page.rerun_after(grid.click)
    assert app_page.text_of("size=") == "size='Medium' tags=['green', 'blue'] view='Grid'"
    # The chosen pill is drawn in the primary colour, the others in the text colour.
    chosen = medium.evaluate("e => getComputedStyle(e).color")
    other = app_page.el("pills").nth(0).get_by_role("radio", name="Small")
    assert chosen != other.evaluate("e => getComputedStyle(e).color")
    assert medium.evaluate("e => getComputedStyle(e).borderRadius") == "9999px"
    SCREENSHOTS.mkdir(exist_ok=True)
    app_page.page.screenshot(path=str(SCREENSHOTS / "pills.png"), full_page=True)
    app_page.rerun_after(medium.click)
    assert app_page.text_of("size=") == "size=None tags=['green', 'blue'] view='Grid'"


def test_disabled_group_and_help(app_page: AppPage) -> None:
    for button in app_page.el("segmented_control").nth(1).get_by_role("radio").all():
        expect(button).to_be_disabled()
    app_page.el("pills").nth(0).locator(".help").hover()
    expect(app_page.page.get_by_role("tooltip")).to_have_text("Pick a size")
