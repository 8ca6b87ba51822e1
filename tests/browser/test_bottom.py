"""st.bottom on the page: what the app writes to it stays pinned to the bottom of the window
while the main area scrolls under it (as in Streamlit 1.67), with a chat input below it, and
its widgets rerun the app like any other."""

from __future__ import annotations

from playwright.sync_api import expect

from .conftest import SCREENSHOTS, AppPage

APP = "bottom_app.py"


def test_the_bottom_container_stays_at_the_bottom_of_the_window(app_page: AppPage) -> None:
    page = app_page.page
    bottom = page.locator('[data-testid="bottom"]')
    expect(bottom.locator('[data-testid="text"]')).to_have_text(["pinned text"])
    expect(bottom.locator('[data-testid="chat_input"]')).to_have_count(1)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "bottom.png"))
    viewport = page.viewport_size
    assert viewport is not None
    for scroll in (0, 400):
        page.mouse.wheel(0, scroll)
        page.wait_for_timeout(200)
        box = bottom.bounding_box()
        assert box is not None and abs(box["y"] + box["height"] - viewport["height"]) <= 1
    # The main area's last line can be scrolled above it.
    page.mouse.wheel(0, 5_000)
    page.wait_for_timeout(200)
    last = app_page.el("text").filter(has_text="clicked=").bounding_box()
    box = bottom.bounding_box()
    assert last is not None and box is not None and last["y"] + last["height"] <= box["y"]


def test_a_button_in_the_bottom_container_reruns_the_app(app_page: AppPage) -> None:
    assert app_page.text_of("clicked=") == "clicked=False"
    button = app_page.page.locator('[data-testid="bottom"]').get_by_role(
        "button", name="Pinned button"
    )
    app_page.rerun_after(button.click)
    assert app_page.text_of("clicked=") == "clicked=True"
