"""st-annotated-text 4.0.2 (HTML through st.markdown), unmodified."""

from __future__ import annotations

from tests.browser.components.conftest import Served

APP = "annotated_text_app.py"


def test_the_annotations_are_shown_with_their_labels(served: Served) -> None:
    # Each annotation is a styled span holding the text and, inside it, its label.
    span = served.page.locator("span", has_text="annotated").filter(has_text="adj").last
    span.wait_for(timeout=20_000)
    assert (span.text_content() or "").replace(" ", "") == "annotatedadj"
    background = span.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent"), background
