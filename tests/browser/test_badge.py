"""st.badge on the page: colour, icon, inline markdown, width and help."""

from __future__ import annotations

from playwright.sync_api import expect

from .conftest import SCREENSHOTS, AppPage

APP = "badge_app.py"


def test_badges_show_their_label_icon_and_colour(app_page: AppPage) -> None:
    badges = app_page.el("badge").locator(".badge")
    expect(badges).to_have_count(6)
    expect(badges.nth(0)).to_have_text("New")
    expect(badges.nth(0)).to_have_class("badge badge-blue")
    expect(badges.nth(1)).to_have_text("✅Success")
    expect(badges.nth(1)).to_have_class("badge badge-green")
    expect(badges.nth(2).locator("strong")).to_have_text("Bold")
    expect(badges.nth(2).locator("code")).to_have_text("code")
    expect(badges.nth(3)).to_have_class("badge badge-gray")
    expect(badges.nth(5)).to_have_class("badge badge-primary")
    # Coloured for real: the blue badge's text is not the page's plain text colour.
    new_color = badges.nth(0).evaluate("e => getComputedStyle(e).color")
    plain = app_page.text_of("after").strip()
    assert plain == "after the badges"
    text_color = app_page.el("text").evaluate("e => getComputedStyle(e).color")
    assert new_color != text_color


def test_badge_widths_size_the_element_and_the_pill_keeps_its_label_width(
    app_page: AppPage,
) -> None:
    # As in Streamlit 1.67: `width` sizes the element's box; the pill is as wide as its label.
    rows = app_page.el("badge").locator(".badge-row")
    content, stretch, pixels = (rows.nth(i).bounding_box() for i in (0, 3, 4))
    assert content is not None and stretch is not None and pixels is not None
    assert content["width"] < 100
    assert stretch["width"] > 400
    assert abs(pixels["width"] - 240) < 1
    pill = app_page.el("badge").nth(3).locator(".badge").bounding_box()
    assert pill is not None and pill["width"] < 100
    SCREENSHOTS.mkdir(exist_ok=True)
    app_page.page.screenshot(path=str(SCREENSHOTS / "badges.png"), full_page=True)


def test_badge_help_shows_on_hover(app_page: AppPage) -> None:
    help_icon = app_page.el("badge").nth(2).locator(".help")
    help_icon.hover()
    expect(app_page.page.get_by_role("tooltip")).to_have_text("A tooltip")
