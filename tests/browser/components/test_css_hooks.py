"""Streamlit's class names that apps' CSS selects (`.st-key-<key>` on keyed widgets and
containers, with other characters as "-"), checked on the same app under dataapp and
Streamlit 1.67 (the components' two-engine harness)."""

from __future__ import annotations

from tests.browser.components.conftest import Served

APP = "css_hooks_app.py"


def test_key_classes_select_the_same_things(served: Served) -> None:
    button = served.page.get_by_role("button", name="Save")
    button.wait_for(timeout=20_000)
    # Polled: the page's buttons ease colour changes in, and the style may come a moment later.
    served.page.wait_for_function(
        "el => getComputedStyle(el).color === 'rgb(1, 2, 3)'",
        arg=button.element_handle(),
        timeout=10_000,
    )
    panel = served.page.locator(".st-key-side-panel")
    panel.get_by_text("inside the panel").wait_for()
    assert panel.evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(4, 5, 6)"
