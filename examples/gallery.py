"""Every element and widget dataapp provides, on one page. `dataapp-desktop examples/gallery.py`"""

import datetime as dt
from time import sleep

import dataapp as st

st.set_page_config(page_title="dataapp gallery", page_icon="🧪", layout="wide")

with st.sidebar:
    st.header("Sidebar")
    st.write("The sidebar holds navigation and filters.")
    sidebar_choice = st.radio("Sidebar radio", ["One", "Two", "Three"], key="sidebar_radio")
    st.caption(f"Picked: {sidebar_choice}")

st.title("dataapp gallery", help="Every element on one page")
st.markdown("Text elements: **bold**, *italic*, `code`, [a link](#gallery) and :red[colour].")


def sample_pdf() -> bytes:
    """A one-page PDF saying hello, written out by hand (no PDF library needed)."""
    page = b"BT /F1 24 Tf 40 120 Td (st.pdf shows this page) Tj ET"
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 420 220]/Contents 4 0 R"
        b"/Resources<</Font<</F1 5 0 R>>>>>>",
        b"<</Length %d>>stream\n%s\nendstream" % (len(page), page),
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj%s endobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


tab_text, tab_widgets, tab_layout, tab_status, tab_chat, tab_charts, tab_data = st.tabs(
    ["Text", "Widgets", "Layout", "Status", "Chat", "Charts & media", "Data"]
)

with tab_text:
    st.header("Header", divider="blue")
    st.subheader("Subheader")
    st.caption("A caption, for small print.")
    st.text("Fixed-width text:\n  indented line")
    st.code("def greet(name):\n    return f'Hello {name}'", language="python")
    st.json({"name": "dataapp", "version": 1, "tags": ["desktop", "data"], "nested": {"ok": True}})
    st.latex(r"\int_0^1 x^2\,dx = \frac{1}{3}")
    st.divider()
    col_a, col_b, col_c = st.columns(3)
    col_a.metric("Temperature", "21 °C", "1.2 °C")
    col_b.metric("Humidity", "48 %", "-3 %")
    col_c.metric("Visitors", 1234, 0, delta_color="off")
    st.badge("New")
    st.badge("Shipped", icon="✅", color="green", help="Badges take inline markdown and a tooltip")
    st.write("st.write with a dict:", {"a": 1, "b": [1, 2, 3]})

with tab_widgets:
    left, right = st.columns(2)
    with left:
        clicked = st.button("Button", help="Press me", key="button")
        st.write(f"button: {clicked}")
        agree = st.checkbox("Checkbox", value=True, key="checkbox")
        enabled = st.toggle("Toggle", key="toggle")
        flavour = st.radio(
            "Radio", ["Vanilla", "Chocolate", "Strawberry"], horizontal=True, key="radio"
        )
        city = st.selectbox(
            "Selectbox", ["Berlin", "Lagos", "Lima", "Osaka"], index=1, key="selectbox"
        )
        colors = st.multiselect(
            "Multiselect", ["Red", "Green", "Blue"], default=["Green"], key="multiselect"
        )
        st.pills("Pills", ["Fast", "Cheap", "Good"], selection_mode="multi", key="pills")
        st.segmented_control(
            "Segmented control", ["Day", "Week", "Month"], default="Week", key="segmented"
        )
        rating = st.feedback("stars", key="feedback")
        exported = st.menu_button("Menu button", ["CSV", "JSON", "Parquet"], key="menu_button")
        page = st.pagination(12, default=3, key="pagination")
        st.write(
            f"checkbox: {agree}, toggle: {enabled}, radio: {flavour}, selectbox: {city}, multiselect: {colors}, feedback: {rating}, "
            f"menu_button: {exported}, pagination: {page}"
        )
    with right:
        level = st.slider("Slider", 0, 100, 40, key="slider")
        low, high = st.slider("Range slider", 0.0, 1.0, (0.2, 0.8), key="range_slider")
        size = st.select_slider(
            "Select slider", ["XS", "S", "M", "L", "XL"], value="M", key="select_slider"
        )
        count = st.number_input(
            "Number input", min_value=0, max_value=10, value=3, key="number_input"
        )
        name = st.text_input("Text input", placeholder="Type here", key="text_input")
        notes = st.text_area("Text area", "Multi-line\ntext", key="text_area")
        day = st.date_input("Date input", dt.date(2026, 11, 21), key="date_input")
        time = st.time_input("Time input", dt.time(9, 30), key="time_input")
        moment = st.datetime_input(
            "Datetime input", dt.datetime(2026, 11, 21, 9, 30), key="datetime_input"
        )
        color = st.color_picker("Color picker", "#3366ff", key="color_picker")
        st.write(
            f"slider: {level}, range: {low:.2f}–{high:.2f}, select_slider: {size}, number: {count}, "
            f"text: {name!r}, lines: {len(notes or '')}, date: {day}, time: {time}, datetime: {moment}, colour: {color}"
        )
    with st.form("gallery_form", clear_on_submit=False):
        st.write("Widgets in a form send their values only when the form is submitted.")
        form_name = st.text_input("Name in form", key="form_name")
        form_age = st.number_input("Age in form", 0, 120, 30, key="form_age")
        submitted = st.form_submit_button("Submit form", type="primary")
    if submitted:
        st.success(f"Form submitted: {form_name}, {form_age}")

with tab_layout:
    with st.container(border=True):
        st.write("A container with a border.")
    one, two = st.columns([2, 1], gap="medium")
    one.info("A wide column (2:1).")
    two.info("A narrow column.")
    with st.expander("An expander", expanded=False):
        st.write("Hidden until opened; it stays open across reruns.")
    st.space("medium")
    st.caption("st.space('medium') left a button's height of room above this line.")
    placeholder = st.empty()
    placeholder.text("st.empty() holds one element and is overwritten in place.")
    st.skeleton(60, width=320)
    st.caption("st.skeleton(): a placeholder for content still loading.")
    with st.popover("A popover", help="A button that opens a floating container"):
        st.write("Widgets in a popover keep their state while it is closed.")
        st.checkbox("A checkbox in the popover", key="popover_checkbox")

with tab_status:
    st.success("Success")
    st.info("Info")
    st.warning("Warning")
    st.error("Error")
    st.progress(65, text="Progress 65 %")
    st.exception(RuntimeError("An exception shown with st.exception"))
    if st.button("Toast", key="toast_button"):
        st.toast("A toast says hello", icon="🍞")
    if st.button("Balloons", key="balloons_button"):
        st.balloons()
    if st.button("Snow", key="snow_button"):
        st.snow()
    with st.spinner("A spinner shows while slow work runs..."):
        pass
    with st.status("A finished task", state="complete"):
        st.write("st.status shows the state of a task: running, complete or error.")
    st.status("A task that failed", state="error")


def gallery_reply(prompt: str):
    """A pretend assistant: streams its answer a word at a time, offline."""
    answer = (
        f"You wrote *{prompt}*. I am the gallery's pretend assistant: this reply is streamed "
        "with `st.write_stream`, and only the new words of each update travel to the page."
    )
    for word in answer.split(" "):
        yield word + " "
        sleep(0.03)


with tab_chat:
    st.caption("st.chat_message, st.chat_input and st.write_stream.")
    if "gallery_chat" not in st.session_state:
        st.session_state.gallery_chat = [
            {"role": "user", "content": "What can the chat elements do?"},
            {
                "role": "assistant",
                "content": "Show a conversation, take a message and stream a reply word by "
                "word. Type below to try it.",
            },
        ]
    history = st.container()
    for message in st.session_state.gallery_chat:
        history.chat_message(message["role"]).markdown(message["content"])
    # Inside a tab the chat input stays in place; at the top level it is pinned to the bottom.
    if prompt := st.chat_input("Message the assistant", key="gallery_chat_input"):
        st.session_state.gallery_chat.append({"role": "user", "content": prompt})
        history.chat_message("user").markdown(prompt)
        with history.chat_message("assistant"):
            reply = st.write_stream(gallery_reply(prompt))
        st.session_state.gallery_chat.append({"role": "assistant", "content": reply})


with tab_charts:
    import numpy as np
    import pandas as pd

    st.caption(
        "Built-in charts are Vega-Lite specs made in Python; long series are downsampled on "
        "the server. Everything, the world map included, is drawn offline."
    )
    rng = np.random.default_rng(42)
    trend = pd.DataFrame(
        rng.normal(0, 1, (120, 3)).cumsum(axis=0),
        index=pd.date_range("2026-01-01", periods=120, freq="D"),
        columns=["Lagos", "Lima", "Osaka"],
    )
    chart_left, chart_right = st.columns(2)
    chart_left.line_chart(trend, height=260)
    chart_right.area_chart(trend.abs(), height=260)
    chart_left.bar_chart(
        pd.DataFrame({"city": ["Berlin", "Lagos", "Lima", "Osaka"], "visits": [42, 67, 31, 55]}),
        x="city",
        y="visits",
        color="#ff4b4b",
        height=260,
    )
    cloud = pd.DataFrame(
        {
            "x": rng.normal(size=300),
            "y": rng.normal(size=300),
            "group": rng.choice(list("ABC"), 300),
        }
    )
    chart_right.scatter_chart(cloud, x="x", y="y", color="group", height=260)
    st.map(
        pd.DataFrame(
            {
                "lat": [52.52, 6.52, -12.05, 34.69, 40.71, -33.87],
                "lon": [13.40, 3.38, -77.04, 135.50, -74.01, 151.21],
                "visits": [42, 67, 31, 55, 48, 20],
            }
        ),
        size="visits",
        height=380,
    )
    try:
        import altair as alt

        st.altair_chart(
            alt.Chart(cloud)
            .mark_circle(size=60)
            .encode(x="x", y="y", color="group", tooltip=["x", "y", "group"])
            .properties(title="An Altair chart", height=260)
        )
    except ImportError:
        st.info("Install the charts extra (pip install dataapp-desktop[charts]) for Altair.")
    try:
        import plotly.express as px

        st.plotly_chart(
            px.bar(x=["Berlin", "Lagos", "Lima"], y=[3, 5, 2], title="A Plotly figure", height=300)
        )
    except ImportError:
        st.info("Install the charts extra for Plotly.")
    media_left, media_right = st.columns(2)
    with media_left:
        yy, xx = np.mgrid[0:120, 0:200]
        st.image(
            np.stack([xx / 200, yy / 120, 0.6 + 0 * xx], axis=-1),
            caption="st.image of a numpy array",
        )
        tone = np.sin(2 * np.pi * 440 * np.linspace(0, 1.5, 12_000, endpoint=False))
        st.audio(tone, sample_rate=8_000)
    with media_right:
        upload = st.file_uploader("File uploader", type=["csv", "txt"], key="gallery_upload")
        if upload is not None:
            st.write(f"Got **{upload.name}**, {upload.size:,} bytes.")
        st.download_button(
            "Download button", trend.round(2), file_name="trend.csv", key="gallery_download"
        )
        st.link_button("Link button", "https://example.com")
    st.pdf(sample_pdf(), height=260, alt="A one-page sample PDF")

with tab_data:
    import numpy as np
    import pandas as pd

    st.caption(
        "The server keeps each frame and sends the rows the grid shows: scroll, sort (click a "
        "header) and search (the magnifier) work over every row."
    )
    rng = np.random.default_rng(7)
    orders = 100_000
    cities = ["Berlin", "Lagos", "Lima", "Osaka", "Toronto"]
    sales = pd.DataFrame(
        {
            "order": np.arange(orders) + 10_001,
            "city": pd.Categorical(rng.choice(cities, orders)),
            "placed": pd.Timestamp("2026-01-01")
            + pd.to_timedelta(rng.integers(0, 86400 * 90, orders), unit="s"),
            "amount": rng.gamma(2.0, 40.0, orders).round(2),
            "paid": rng.random(orders) > 0.2,
            "progress": rng.integers(0, 101, orders),
        }
    )
    st.dataframe(
        sales,
        hide_index=True,
        height=320,
        use_container_width=True,
        column_config={
            "order": st.column_config.NumberColumn("Order", format="#%d"),
            "placed": st.column_config.DatetimeColumn("Placed", format="MMM D, HH:mm"),
            "amount": st.column_config.NumberColumn("Amount", format="dollar"),
            "paid": st.column_config.CheckboxColumn("Paid"),
            "progress": st.column_config.ProgressColumn("Shipped", min_value=0, max_value=100),
        },
    )
    data_left, data_right = st.columns(2)
    with data_left:
        summary = (
            sales.groupby("city", observed=True)
            .agg(orders=("order", "count"), revenue=("amount", "sum"))
            .round(2)
        )
        summary["trend"] = [list(rng.integers(5, 20, 8)) for _ in range(len(summary))]
        picked = st.dataframe(
            summary,
            on_select="rerun",
            selection_mode="multi-row",
            key="gallery_cities",
            column_config={
                "revenue": st.column_config.NumberColumn("Revenue", format="euro"),
                "trend": st.column_config.LineChartColumn("Last 8 weeks"),
            },
        )
        chosen = [summary.index[i] for i in picked.selection.rows]
        st.caption(f"Selected: {', '.join(chosen) if chosen else 'click the boxes to select'}")
        # A pandas Styler: its colours and number formats show in the grid.
        st.table(
            summary[["orders", "revenue"]]
            .head(3)
            .style.highlight_max(props="color: #ff4b4b; font-weight: 700")
            .format({"revenue": "€{:,.0f}"})
        )
    with data_right:
        todo = pd.DataFrame(
            {
                "task": ["Import data", "Check totals", "Send report"],
                "done": [True, False, False],
                "due": [dt.date(2026, 3, 2), dt.date(2026, 3, 5), dt.date(2026, 3, 9)],
                "owner": pd.Categorical(
                    ["Ada", "Grace", "Ada"], categories=["Ada", "Grace", "Linus"]
                ),
            }
        )
        edited = st.data_editor(
            todo,
            num_rows="dynamic",
            hide_index=True,
            key="gallery_todo",
            column_config={"due": st.column_config.DateColumn("Due", format="ddd, MMM D")},
        )
        st.caption(
            f"{int(edited['done'].sum())} of {len(edited)} tasks done (double-click to edit)."
        )
