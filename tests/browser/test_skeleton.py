"""st.skeleton on the page: Streamlit 1.67's sizes (an input's 40 px by default, pixels as
given, "stretch" filling a fixed-height container), its pulsing block, and the context manager
that shows a skeleton only while a slow block runs."""

from __future__ import annotations

from playwright.sync_api import expect

from .conftest import SCREENSHOTS, AppPage

APP = "skeleton_app.py"


def test_skeletons_have_streamlits_sizes(app_page: AppPage) -> None:
    blocks = app_page.page.locator('[data-testid="skeleton"] .skeleton')
    expect(blocks).to_have_count(3)
    boxes = [blocks.nth(i).bounding_box() for i in range(3)]
    assert all(box is not None for box in boxes)
    default, sized, stretched = (b for b in boxes if b is not None)
    assert default["height"] == 40
    assert (sized["width"], sized["height"]) == (300, 200)
    container = app_page.page.locator('[data-testid="container"]').filter(
        has=app_page.page.locator('[data-testid="skeleton"]')
    )
    outer = container.last.bounding_box()
    assert outer is not None and outer["height"] == 300
    # What is left of 300 px below the text, inside the container's padding: as in Streamlit.
    assert 200 <= stretched["height"] <= 240
    animation = blocks.first.evaluate("e => getComputedStyle(e).animationName")
    assert animation == "skeleton-pulse"
    SCREENSHOTS.mkdir(exist_ok=True)
    app_page.page.screenshot(path=str(SCREENSHOTS / "skeleton.png"), full_page=True)


def test_a_slow_with_block_shows_a_skeleton_until_it_ends(app_page: AppPage) -> None:
    page = app_page.page
    expect(page.locator('[data-testid="skeleton"] .skeleton')).to_have_count(3)
    before = app_page.run_count()
    page.get_by_text("slow load").click()
    # Half a second into the slow block the skeleton appears in its slot, 400 x 80...
    fourth = page.locator('[data-testid="skeleton"] .skeleton').nth(3)
    expect(fourth).to_be_visible(timeout=2_000)
    box = fourth.bounding_box()
    assert box is not None and (box["width"], box["height"]) == (400, 80)
    page.screenshot(path=str(SCREENSHOTS / "skeleton_loading.png"), full_page=True)
    # ...and goes when the block ends, leaving what the block wrote.
    app_page.wait_idle(after=before)
    expect(page.locator('[data-testid="skeleton"] .skeleton')).to_have_count(3)
    assert app_page.text_of("loaded") == "loaded"
