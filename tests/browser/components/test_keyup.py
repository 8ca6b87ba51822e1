"""streamlit-keyup 1.0.0 (Components v2: ES module, shadow root, setStateValue), unmodified."""

from __future__ import annotations

from tests.browser.components.conftest import Served

APP = "keyup_app.py"


def test_each_key_typed_reaches_the_script(served: Served) -> None:
    served.shows("typed:")
    # Playwright's locators look inside open shadow roots.
    field = served.page.locator('input[type="text"], input:not([type])').first
    field.wait_for(timeout=20_000)
    # At a quick typist's pace (a loaded 2-core CI machine reruns slower than keys come).
    field.press_sequentially("Par", delay=150)
    served.shows("typed: Par", timeout=30_000)
    field.press_sequentially("is", delay=150)
    served.shows("typed: Paris", timeout=30_000)
