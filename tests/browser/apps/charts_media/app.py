"""Charts and media for the browser tests (tests/browser/test_charts_media.py)."""

from pathlib import Path

import altair as alt
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import plotly.graph_objects as go

import dataapp as st

HERE = Path(__file__).parent
rng = np.random.default_rng(7)
days = pd.date_range("2024-01-01", periods=60, freq="D")
walk = pd.DataFrame(
    rng.normal(0, 1, (60, 3)).cumsum(axis=0), index=days, columns=["north", "south", "west"]
)

st.header("Charts")
st.line_chart(walk)
st.area_chart(walk.abs(), stack=True)
st.bar_chart(
    pd.DataFrame({"fruit": ["apple", "pear", "plum", "kiwi"], "sold": [12, 7, 15, 4]}),
    x="fruit",
    y="sold",
    horizontal=True,
)
points = pd.DataFrame(
    {"x": rng.normal(size=200), "y": rng.normal(size=200), "group": rng.choice(list("abc"), 200)}
)
st.scatter_chart(points, x="x", y="y", color="group")
cities = pd.DataFrame(
    {
        "lat": [48.86, 51.51, 40.71, 35.68, -33.87, 55.75, 19.43, -23.55],
        "lon": [2.35, -0.13, -74.01, 139.69, 151.21, 37.62, -99.13, -46.63],
        "people": [2.1, 8.9, 8.3, 14.0, 5.3, 12.5, 9.2, 12.3],
    }
)
st.map(cities, size="people")

brush = alt.selection_interval(name="brush", encodings=["x"])
altair = (
    alt.Chart(points)
    .mark_circle(size=60)
    .encode(x="x", y="y", color=alt.condition(brush, "group", alt.value("lightgray")))
    .add_params(brush)
)
event = st.altair_chart(altair, on_select="rerun", key="picked")
st.text(f"altair selection: {sorted(event.selection.brush)}")

st.vega_lite_chart(
    pd.DataFrame({"a": list("ABCDE"), "b": [28, 55, 43, 91, 81]}),
    {
        "mark": {"type": "bar"},
        "encoding": {
            "x": {"field": "a", "type": "nominal"},
            "y": {"field": "b", "type": "quantitative"},
        },
    },
)

figure = go.Figure(
    go.Scatter(x=list(range(10)), y=[v * v for v in range(10)], mode="lines+markers")
)
figure.update_layout(title="Squares", height=320)
plotly_event = st.plotly_chart(figure, on_select="rerun", key="squares")
st.text(f"plotly points: {len(plotly_event.selection.points)}")

fig, ax = plt.subplots(figsize=(5, 2.5))
ax.plot(np.linspace(0, 10, 100), np.sin(np.linspace(0, 10, 100)))
ax.set_title("pyplot")
st.pyplot(fig)

st.header("Media")
gradient = np.linspace(0, 1, 64 * 96 * 3).reshape(64, 96, 3)
st.image(gradient, caption="a gradient", width=192)
sr = 8000
tone = np.sin(2 * np.pi * 440 * np.linspace(0, 2, 2 * sr, endpoint=False))
st.audio(tone, sample_rate=sr)
st.video(
    HERE / "clip.webm",
    format="video/webm",
    subtitles="WEBVTT\n\n00:00.000 --> 00:02.000\nHello from the subtitles\n",
)

st.header("Files")
upload = st.file_uploader("A CSV file", type="csv", key="csv")
if upload is not None:
    frame = pd.read_csv(upload)
    st.text(f"uploaded: {upload.name} rows={len(frame)} size={upload.size}")
many = st.file_uploader("Any files", accept_multiple_files=True, key="many")
st.text(f"files: {', '.join(f.name for f in many) or 'none'}")
clicks = st.session_state.setdefault("downloads", 0)
if st.download_button("Download numbers", data=bytes(range(256)) * 4, file_name="numbers.bin"):
    st.session_state.downloads += 1
st.text(f"downloads: {st.session_state.downloads}")
st.download_button("Download table", data=cities, file_name="cities.csv", on_click="ignore")
st.link_button("Dataapp docs", "https://example.com/docs")
