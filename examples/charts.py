"""Charts and media: built-in charts, a million points, selections, add_rows, maps, images,
sound, files in and out. `dataapp-desktop examples/charts.py`

Altair, Plotly and Matplotlib parts need the charts extra: pip install "dataapp-desktop[charts]".
Everything runs offline: no chart library, map or font is fetched from the network.
"""

import time

import numpy as np
import pandas as pd

import dataapp as st

st.set_page_config(page_title="Charts and media", page_icon="📈", layout="wide")
st.title("Charts and media")

rng = np.random.default_rng(2026)

st.header("Built-in charts")
prices = pd.DataFrame(
    100 + rng.normal(0, 1, (250, 3)).cumsum(axis=0),
    index=pd.bdate_range("2025-01-01", periods=250),
    columns=["Alpha", "Beta", "Gamma"],
)
left, right = st.columns(2)
left.line_chart(prices, y_label="price")
right.area_chart(prices - 90, stack="normalize")
sales = pd.DataFrame(
    {
        "month": pd.date_range("2025-01-01", periods=6, freq="MS").strftime("%b"),
        "north": rng.integers(20, 60, 6),
        "south": rng.integers(20, 60, 6),
    }
)
left.bar_chart(sales, x="month", y=["north", "south"], stack=False)
right.bar_chart(sales, x="month", y="north", horizontal=True, color="#29b09d")
st.scatter_chart(
    pd.DataFrame(
        {
            "height": rng.normal(170, 10, 500),
            "weight": rng.normal(70, 12, 500),
            "age": rng.integers(18, 90, 500),
        }
    ),
    x="height",
    y="weight",
    size="age",
    color="age",
)

st.header("A million points")
st.caption(
    "The server keeps the shape of the series (largest-triangle-three-buckets) and sends "
    "2,000 points: the WebSocket carries about 33 kB instead of 16 MB."
)
million = pd.DataFrame(
    {"signal": np.sin(np.linspace(0, 60, 1_000_000)) + rng.normal(0, 0.1, 1_000_000)}
)
st.line_chart(million, height=250)

st.header("Streaming with add_rows")
if st.button("Stream 50 points"):
    live = st.line_chart(pd.DataFrame({"live": [0.0]}), height=200)
    value = 0.0
    for _ in range(50):
        time.sleep(0.05)
        value += rng.normal()
        live.add_rows(pd.DataFrame({"live": [value]}))

st.header("A map, offline")
st.map(
    pd.DataFrame(
        {
            "lat": rng.uniform(35, 60, 80),
            "lon": rng.uniform(-10, 30, 80),
            "size": rng.uniform(10, 200, 80),
        }
    ),
    size="size",
    color="#ff4b4b",
)

st.header("Altair and Plotly, with selections")
try:
    import altair as alt

    brush = alt.selection_interval(name="brush", encodings=["x"])
    cars = pd.DataFrame(
        {
            "power": rng.uniform(50, 250, 200),
            "mpg": rng.uniform(10, 45, 200),
            "origin": rng.choice(["Europe", "Japan", "USA"], 200),
        }
    )
    chosen = st.altair_chart(
        alt.Chart(cars)
        .mark_circle(size=70)
        .encode(
            x="power",
            y="mpg",
            color=alt.condition(brush, "origin", alt.value("lightgray")),
            tooltip=["power", "mpg", "origin"],
        )
        .add_params(brush),
        on_select="rerun",
        key="cars",
    )
    st.write("Drag across the chart to select:", chosen.selection.brush or "nothing yet")
except ImportError:
    st.info('Altair is not installed: pip install "dataapp-desktop[charts]"')
try:
    import plotly.express as px

    event = st.plotly_chart(
        px.scatter(x=rng.normal(size=100), y=rng.normal(size=100), title="Click or lasso points"),
        on_select="rerun",
        key="points",
    )
    st.write(f"{len(event.selection.points)} points selected")
except ImportError:
    st.info('Plotly is not installed: pip install "dataapp-desktop[charts]"')
try:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 2.5))
    ax.hist(rng.normal(size=2_000), bins=40, color="#0068c9")
    ax.set_title("A Matplotlib histogram, drawn at twice its size for sharp screens")
    st.pyplot(fig)
except ImportError:
    st.info('Matplotlib is not installed: pip install "dataapp-desktop[charts]"')

st.header("Media")
left, right = st.columns(2)
with left:
    yy, xx = np.mgrid[0:160, 0:240]
    st.image(
        [
            np.stack([xx / 240, yy / 160, 0.5 + 0 * xx], axis=-1),
            np.sin(xx / 9) * np.cos(yy / 7) / 2 + 0.5,
        ],
        caption=["colour", "grey"],
        width=240,
    )
with right:
    rate = 16_000
    t = np.linspace(0, 2, 2 * rate, endpoint=False)
    st.audio(np.sin(2 * np.pi * 330 * t) * np.exp(-t), sample_rate=rate)
    st.caption("st.video takes bytes, a file or a path; seeking asks only for the bytes it needs.")

st.header("Files")
upload = st.file_uploader("A CSV file", type="csv")
if upload is not None:
    frame = pd.read_csv(upload)
    st.write(f"**{upload.name}**: {len(frame):,} rows, columns {', '.join(frame.columns)}")
    st.line_chart(frame.select_dtypes("number"))
st.download_button("Download the prices as CSV", prices.round(2), file_name="prices.csv")
st.link_button("Vega-Lite documentation", "https://vega.github.io/vega-lite/")
