"""examples/components/app.py works as docs/components.md describes: the app's own v1
component, an inline v2 component with state and an event, and an HTML snippet's script."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import SCREENSHOTS, start_server

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "components" / "app.py"


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    server = start_server(EXAMPLE)
    context = browser.new_context(viewport={"width": 1000, "height": 800})
    try:
        page = context.new_page()
        page.goto(server.url)
        yield page
    finally:
        context.close()
        server.stop()


def test_the_components_example(page: Any) -> None:
    page.frame_locator('iframe[title="app.rating"]').get_by_label("4 stars").click(timeout=20_000)
    page.get_by_text("You gave it 4 stars.").wait_for(timeout=10_000)
    page.get_by_role("button", name="Clicks: 0").click()
    page.get_by_role("button", name="Clicks: 1").wait_for(timeout=10_000)
    page.get_by_role("button", name="Ping").click()
    page.get_by_text("count = 1; pinged 1 times").wait_for(timeout=10_000)
    clock = page.frame_locator('iframe[title="st.iframe"]').locator("#clock")
    # The snippet's script ran: the clock shows the time.
    clock.get_by_text(":").wait_for(timeout=10_000)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "components-example.png"), full_page=True)
