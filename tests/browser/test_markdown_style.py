"""A <style> written with st.markdown(unsafe_allow_html=True) styles the page, as in Streamlit
(extra-streamlit-components hides its empty frames this way; the same app under Streamlit
1.67 gives the same colour). It was dropped by the sanitiser."""

from __future__ import annotations

from tests.browser.conftest import AppPage

APP = "markdown_style_app.py"


def test_injected_css_applies_to_the_page(app_page: AppPage) -> None:
    title = app_page.page.locator(".styled-note", has_text="Styled note")
    title.wait_for()
    assert title.evaluate("el => getComputedStyle(el).color") == "rgb(1, 2, 3)"
