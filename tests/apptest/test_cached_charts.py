"""Charts drawn inside `@st.cache_data` are replayed on a cache hit, with no widget warning.

The pattern of Streamlit's theming examples: a cached function makes tabs and draws an altair
chart and a plotly figure in them. A chart is a widget only with `on_select`. The scenario runs
unchanged under Streamlit 1.67's own AppTest (checked in /tmp/st-venv) with the same result.
"""

from __future__ import annotations

import pytest

from dataapp.testing import AppTest

pytest.importorskip("altair")
pytest.importorskip("plotly")


def _themed_charts() -> None:
    import altair as alt
    import pandas as pd
    import plotly.express as px
    import streamlit as st

    @st.cache_data
    def get_chart(use_container_width: bool) -> None:
        source = pd.DataFrame({"x": [1, 2, 3], "y": [3, 1, 2]})
        chart = alt.Chart(source).mark_line().encode(x="x", y="y")
        tab1, tab2 = st.tabs(["Streamlit theme (default)", "Altair native theme"])
        with tab1:
            st.altair_chart(chart, use_container_width=use_container_width, theme="streamlit")
            st.plotly_chart(px.line(source, x="x", y="y"), theme="streamlit")
        with tab2:
            st.altair_chart(chart, use_container_width=use_container_width, theme=None)

    get_chart(True)
    st.text("end")


def _kinds(at: AppTest) -> list[str]:
    """The names of the chart elements in the tabs, in order."""
    return [
        type(element).__name__
        for tab in at.tabs
        for element in tab.children.values()
        if "Chart" in type(element).__name__ or "Element" in type(element).__name__
    ]


def test_charts_drawn_in_a_cached_function_are_there_in_every_run_with_no_warning() -> None:
    at = AppTest.from_function(_themed_charts).run()
    first = _kinds(at)
    assert len(first) == 3
    for _ in range(2):
        at.run()
        assert not at.exception
        assert _kinds(at) == first
        assert at.text[0].value == "end"
