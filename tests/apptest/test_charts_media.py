"""Charts, media and file transfers under AppTest: what each call shows, selections and uploads
driven as a user would, add_rows, and media let go when the element is gone."""

from __future__ import annotations

import io
from typing import Any

import pytest
from PIL import Image

from dataapp.elements.charts.apptest import (
    SelectablePlotlyChart,
    SelectableVegaLiteChart,
    VegaLiteChart,
)
from dataapp.elements.media.apptest import DownloadButton, FileUploader
from dataapp.testing import AppTest


def charts(at: AppTest) -> list[VegaLiteChart]:
    return [c for c in at.get("arrow_vega_lite_chart") if isinstance(c, VegaLiteChart)]


def test_every_built_in_chart_and_the_map_is_a_vega_lite_spec() -> None:
    def app() -> None:
        import pandas as pd
        import streamlit as st

        df = pd.DataFrame({"a": [1, 3, 2], "b": [2, 2, 4]})
        st.line_chart(df)
        st.area_chart(df, stack="normalize")
        st.bar_chart(df, horizontal=True)
        st.scatter_chart(df, x="a", y="b", size="b")
        st.map(pd.DataFrame({"lat": [10.0, 50.0], "lon": [0.0, 30.0]}))
        st.vega_lite_chart(df, {"mark": "tick", "encoding": {"x": {"field": "a"}}})

    at = AppTest.from_function(app, default_timeout=30).run()
    assert not at.exception
    shown = charts(at)
    assert [c.name for c in shown] == [
        "line_chart",
        "area_chart",
        "bar_chart",
        "scatter_chart",
        "map",
        "vega_lite_chart",
    ]
    line = shown[0]
    assert line.spec["mark"]["type"] == "line"
    assert list(line.data.columns) == ["index", "color", "value"]
    assert line.data["value"].tolist() == [1, 3, 2, 2, 2, 4]
    assert shown[4].spec["layer"][0]["data"] == {"name": "dataapp_basemap"}
    assert shown[5].data["a"].tolist() == [1, 3, 2]


def test_a_long_series_reaches_the_page_downsampled() -> None:
    def app() -> None:
        import numpy as np
        import streamlit as st

        st.line_chart(np.random.default_rng(0).normal(size=50_000).cumsum())

    at = AppTest.from_function(app, default_timeout=30).run()
    chart = charts(at)[0]
    assert len(chart.data) == 2_000
    assert chart.note.startswith("Downsampled to 2,000 of 50,000 points")


def test_add_rows_appends_to_a_chart_and_a_rerun_starts_over() -> None:
    def app() -> None:
        import pandas as pd
        import streamlit as st

        chart = st.line_chart(pd.DataFrame({"y": [1.0, 2.0]}))
        if st.checkbox("more"):
            chart.add_rows(pd.DataFrame({"y": [3.0, 4.0]}))
            chart.add_rows(pd.DataFrame({"y": [5.0]}))

    at = AppTest.from_function(app, default_timeout=30).run()
    assert charts(at)[0].data["y"].tolist() == [1.0, 2.0]
    at.checkbox[0].check().run()
    grown = charts(at)[0].data
    assert grown["y"].tolist() == [1.0, 2.0, 3.0, 4.0, 5.0]
    assert grown["index"].tolist() == [0, 1, 2, 3, 4]
    at.checkbox[0].uncheck().run()
    assert charts(at)[0].data["y"].tolist() == [1.0, 2.0]


def test_add_rows_past_the_downsampling_limit_redraws_the_chart() -> None:
    def app() -> None:
        import numpy as np
        import pandas as pd
        import streamlit as st

        chart = st.line_chart(pd.DataFrame({"y": np.arange(4_000.0)}))
        chart.add_rows(pd.DataFrame({"y": np.arange(4_000.0)}))

    at = AppTest.from_function(app, default_timeout=30).run()
    chart = charts(at)[0]
    assert len(chart.data) == 2_000 and "of 8,000 points" in chart.note


def test_altair_selection_reaches_the_script() -> None:
    def app() -> None:
        import altair as alt
        import pandas as pd
        import streamlit as st

        df = pd.DataFrame({"x": [1, 2, 3], "y": [4, 5, 6]})
        brush = alt.selection_interval(name="brush")
        event = st.altair_chart(
            alt.Chart(df).mark_point().encode(x="x", y="y").add_params(brush),
            on_select="rerun",
            key="chart",
        )
        st.text(f"selection: {dict(event.selection)}")

    at = AppTest.from_function(app, default_timeout=30).run()
    assert at.text[0].value == "selection: {'brush': {}}"
    chart = at.get("arrow_vega_lite_chart")[0]
    assert isinstance(chart, SelectableVegaLiteChart) and chart.key == "chart"
    chart.select({"brush": {"x": [1, 2]}}).run()
    assert at.text[0].value == "selection: {'brush': {'x': [1, 2]}}"


def test_on_select_without_a_selection_in_the_chart_is_explained() -> None:
    def app() -> None:
        import streamlit as st

        st.vega_lite_chart({"mark": "point", "data": {"values": [{"a": 1}]}}, on_select="rerun")

    at = AppTest.from_function(app, default_timeout=30).run()
    assert "the chart has no selection" in at.exception[0].message


def test_plotly_figure_and_its_selection() -> None:
    def app() -> None:
        import plotly.graph_objects as go
        import streamlit as st

        fig = go.Figure(go.Bar(x=["a", "b"], y=[1, 2]))
        event = st.plotly_chart(fig, on_select="rerun", selection_mode="points")
        st.text(f"points: {event.selection.points}")

    at = AppTest.from_function(app, default_timeout=30).run()
    chart = at.get("plotly_chart")[0]
    assert isinstance(chart, SelectablePlotlyChart)
    assert chart.figure["data"][0]["type"] == "bar"
    # The figure follows the page's theme: plotly's default template is left out.
    assert "template" not in chart.figure["layout"]
    chart.select({"points": [{"x": "b", "y": 2, "point_index": 1}]}).run()
    assert at.text[0].value == "points: [{'x': 'b', 'y': 2, 'point_index': 1}]"


def test_images_and_pyplot_are_served_as_png() -> None:
    def app() -> None:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import numpy as np
        import streamlit as st

        st.image([np.zeros((2, 3)), np.ones((4, 5, 3))], caption=["zeros", "ones"])
        fig, ax = plt.subplots(figsize=(3, 2), dpi=100)
        ax.plot([1, 2, 3])
        st.pyplot(fig)

    at = AppTest.from_function(app, default_timeout=30).run()
    images, figure = at.image
    assert images.captions == ["zeros", "ones"]
    sizes = [Image.open(io.BytesIO(data)).size for data in images.images]
    assert sizes == [(3, 2), (5, 4)]
    png = Image.open(io.BytesIO(figure.images[0]))
    shown_width = figure.proto.images[0].width
    assert figure.is_pyplot and png.size[0] == 2 * shown_width


def test_file_uploader_gives_uploaded_files_to_the_script() -> None:
    def app() -> None:
        import streamlit as st

        one = st.file_uploader("CSV", type=["csv"])
        many = st.file_uploader("Any", accept_multiple_files=True)
        st.text(f"one: {None if one is None else (one.name, one.read().decode())}")
        st.text(f"many: {[f.name for f in many]}")

    at = AppTest.from_function(app, default_timeout=30).run()
    assert at.text.values == ["one: None", "many: []"]
    single, multiple = at.get("file_uploader")
    assert isinstance(single, FileUploader) and isinstance(multiple, FileUploader)
    single.upload("a.csv", b"x,y", "text/csv").run()
    assert at.text[0].value == "one: ('a.csv', 'x,y')"
    multiple = at.get("file_uploader")[1]
    multiple.upload("1.txt", b"1").upload("2.txt", b"2").run()
    assert at.text[1].value == "many: ['1.txt', '2.txt']"
    # A file of a type the uploader does not accept never reaches the script.
    at.get("file_uploader")[0].upload("b.exe", b"MZ").run()
    assert at.text[0].value == "one: None"
    at.get("file_uploader")[1].clear().run()
    assert at.text[1].value == "many: []"


def test_download_button_is_true_once_after_a_click_and_serves_its_data() -> None:
    def app() -> None:
        import pandas as pd
        import streamlit as st

        if st.download_button("Save", pd.DataFrame({"a": [1, 2]}), file_name="a.csv"):
            st.text("saved")

    at = AppTest.from_function(app, default_timeout=30).run()
    button = at.get("download_button")[0]
    assert isinstance(button, DownloadButton)
    assert button.data == b"a\n1\n2\n" and button.file_name == "a.csv"
    assert not at.text
    button.click().run()
    assert at.text[0].value == "saved"
    at.run()
    assert not at.text


def test_download_button_in_a_form_is_refused() -> None:
    def app() -> None:
        import streamlit as st

        with st.form("f"):
            st.download_button("Save", b"x")
            st.form_submit_button()

    at = AppTest.from_function(app, default_timeout=30).run()
    assert "can't be used in an `st.form()`" in at.exception[0].message


def test_media_shown_by_a_session_follow_its_elements() -> None:
    def app() -> None:
        import numpy as np
        import streamlit as st

        if st.checkbox("show", value=True):
            st.image(np.zeros((2, 2)))
        st.audio(np.zeros(100), sample_rate=8000)

    at = AppTest.from_function(app, default_timeout=30).run()
    runtime: Any = at._runtime
    session: Any = at._session
    assert len(runtime.media.shown_by(session.id)) == 2
    at.checkbox[0].uncheck().run()
    assert len(runtime.media.shown_by(session.id)) == 1


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.image(np.zeros((2, 2, 2)))", "H×W×3"),
        ("st.audio(np.zeros(10))", "sample_rate must be given"),
        ("st.video('missing.mp4')", "there is no file 'missing.mp4'"),
        ("st.map(pd.DataFrame({'x': [1]}))", "needs a latitude column"),
        ("st.line_chart(pd.DataFrame({'a': [1]}), y='b')", 'no column "b"'),
    ],
)
def test_mistakes_are_shown_with_what_to_do(call: str, message: str) -> None:
    at = AppTest.from_string(
        f"import numpy as np\nimport pandas as pd\nimport streamlit as st\n{call}\n"
    )
    at.run()
    assert message in at.exception[0].message


def test_link_button_and_video_with_subtitles() -> None:
    def app() -> None:
        import streamlit as st

        st.link_button("Docs", "https://example.com")
        st.video(b"\x1a\x45\xdf\xa3webm", format="video/webm", subtitles={"English": "WEBVTT\n\n"})

    at = AppTest.from_function(app, default_timeout=30).run()
    assert at.link_button[0].value == "Docs"
    assert at.link_button[0].url == "https://example.com"
    video = at.get("video")[0]
    assert video.data.startswith(b"\x1a\x45\xdf\xa3")
    assert [s.label for s in video.proto.subtitles] == ["English"]
