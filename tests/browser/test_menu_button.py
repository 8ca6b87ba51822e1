"""st.menu_button on the page: the button opens a menu of its options (as Streamlit 1.67's),
choosing one reruns the app with that option for one run and closes the menu; the keyboard
moves through the options and Escape closes it."""

from __future__ import annotations

from playwright.sync_api import expect

from .conftest import SCREENSHOTS, AppPage

APP = "menu_button_app.py"


def test_choosing_an_option_reruns_the_app_with_it(app_page: AppPage) -> None:
    page = app_page.page
    assert app_page.text_of("choice=") == "choice=None"
    button = page.get_by_role("button", name="Export")
    button.click()
    menu = page.get_by_role("menu")
    expect(menu.get_by_role("menuitem")).to_have_text(["CSV", "JSON", "Parquet"])
    expect(button).to_have_attribute("aria-expanded", "true")
    # The menu opens under the button, about as wide as its widest option (not the page).
    listed, pressed = menu.bounding_box(), button.bounding_box()
    assert listed is not None and pressed is not None
    assert abs(listed["x"] - pressed["x"]) <= 1 and listed["y"] >= pressed["y"] + pressed["height"]
    assert listed["width"] < 300
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "menu_button_open.png"))
    app_page.rerun_after(lambda: menu.get_by_role("menuitem", name="JSON").click())
    assert app_page.text_of("choice=") == "choice='JSON'"
    expect(page.get_by_role("menu")).to_have_count(0)


def test_the_keyboard_chooses_and_escape_closes(app_page: AppPage) -> None:
    page = app_page.page
    button = page.get_by_role("button", name="Export")
    button.click()
    expect(page.get_by_role("menu")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.get_by_role("menu")).to_have_count(0)
    button.click()
    # The pointer away from the menu, as for someone using the keyboard: an item under it
    # would take the highlight whenever the list moves under the pointer.
    page.mouse.move(1, 1)
    menu = page.get_by_role("menu")
    page.keyboard.press("ArrowDown")
    expect(menu.locator("li.active")).to_have_text("JSON")
    page.keyboard.press("ArrowDown")
    expect(menu.locator("li.active")).to_have_text("Parquet")
    app_page.rerun_after(lambda: page.keyboard.press("Enter"))
    assert app_page.text_of("choice=") == "choice='Parquet'"


def test_widths_follow_width(app_page: AppPage) -> None:
    wide = app_page.page.get_by_role("button", name="Wide").bounding_box()
    export = app_page.page.get_by_role("button", name="Export").bounding_box()
    main = app_page.el("menu_button").first.bounding_box()
    assert wide is not None and export is not None and main is not None
    assert wide["width"] >= main["width"] - 2 and export["width"] < 200
