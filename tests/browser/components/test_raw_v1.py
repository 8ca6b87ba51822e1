"""A v1 component written against the bare protocol (fixtures/raw_v1): render arguments
(JSON, DataFrame, bytes, theme), values back to the script (JSON and bytes), frame height;
components.html runs its script; a component reaching for a CDN is refused and named."""

from __future__ import annotations

from tests.browser.components.conftest import Served

APP = "raw_v1.py"
RAW = "raw_v1.raw"


def test_the_component_gets_its_arguments_and_the_theme(served: Served) -> None:
    frame = served.frame(RAW)
    frame.get_by_text("Hello component").wait_for(timeout=20_000)
    info = frame.locator("#info")
    info.wait_for()
    assert info.text_content() == 'theme light; table true; blob 4; default {"clicks":0}'
    served.shows("value: {'clicks': 0}")


def test_values_the_component_sets_reach_the_script(served: Served) -> None:
    frame = served.frame(RAW)
    frame.get_by_text("Hello component").wait_for(timeout=20_000)
    frame.locator("#send-json").click()
    served.shows("value: {'clicks': 1}")
    frame.locator("#send-json").click()
    served.shows("value: {'clicks': 2}")
    frame.locator("#send-bytes").click()
    served.shows("value: b'\\x01\\x02\\x03'")


def test_the_frame_takes_the_height_the_component_asks_for(served: Served) -> None:
    frame = served.frame(RAW)
    frame.get_by_text("Hello component").wait_for(timeout=20_000)
    iframe = served.page.locator(f'iframe[title="{RAW}"]')
    served.page.wait_for_function(
        "el => el.getBoundingClientRect().height > 40", arg=iframe.element_handle(), timeout=10_000
    )


def test_components_html_runs_its_script(served: Served) -> None:
    frame = served.page.frame_locator('iframe[title="st.iframe"]')
    assert frame.locator("#out").text_content(timeout=20_000) == "42"


def test_a_component_reaching_for_a_cdn_is_named_not_hung(served: Served) -> None:
    if served.engine == "streamlit":
        return  # Streamlit lets the page fetch from anywhere; only dataapp promises offline.
    served.page.get_by_text("Show the CDN component").click()
    notice = served.page.locator('[data-testid="component-blocked"]')
    notice.wait_for(timeout=20_000)
    assert "https://cdn.jsdelivr.net/npm/left-pad@1.3.0/index.js" in (notice.text_content() or "")
    assert served.frame("raw_v1.cdn").locator("#status").text_content() == "loaded"
