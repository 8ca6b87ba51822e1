"""Data elements for the browser tests: a 1M-row frame, selection, an editor, column types,
add_rows and a table. Outputs are `st.text("name: value")` lines the tests read."""

import datetime as dt

import numpy as np
import pandas as pd

import dataapp as st

ROWS = 1_000_000
DOT = (
    "data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 8 8'>"
    "<circle cx='4' cy='4' r='4' fill='%23ff4b4b'/></svg>"
)


@st.cache_resource
def big_frame() -> pd.DataFrame:
    rng = np.random.default_rng(0)
    return pd.DataFrame(
        {
            "id": np.arange(ROWS, dtype=np.int64) + 1_000_000,
            "value": rng.random(ROWS),
            "group": pd.Categorical(rng.choice(["alpha", "beta", "gamma"], ROWS)),
        }
    )


people = pd.DataFrame(
    {
        "name": ["Ada", "Grace", "Linus", "Margaret"],
        "age": [36, 45, 28, 52],
        "joined": pd.to_datetime(["2020-01-05", "2019-03-17", "2021-11-30", "2018-07-01"]),
        "active": [True, False, True, True],
    }
)

st.dataframe(big_frame())

event = st.dataframe(
    people,
    key="people",
    on_select="rerun",
    selection_mode=["multi-row", "multi-column"],
    hide_index=True,
)
st.text(f"selected rows: {event.selection.rows}")
st.text(f"selected columns: {event.selection.columns}")

edited = st.data_editor(people, key="editor", num_rows="dynamic")
st.text(f"edited rows: {len(edited)}")
st.text(f"edited names: {list(edited['name'])}")
st.text(f"edited ages: {[int(a) if a == a else None for a in edited['age']]}")

tasks = pd.DataFrame(
    {
        "task": ["Write", "Review", "Ship"],
        "done": [True, False, False],
        "progress": [100, 40, 5],
        "budget": [1200.5, 80.0, 15.25],
        "due": [dt.date(2025, 1, 31), dt.date(2025, 2, 14), dt.date(2025, 3, 1)],
        "docs": [
            "https://example.com/write",
            "https://example.com/review",
            "https://example.com/ship",
        ],
        "trend": [[1, 3, 2, 5], [5, 4, 4, 1], [0, 1, 0, 2]],
        "icon": [DOT, DOT, DOT],
    }
)
st.dataframe(
    tasks,
    hide_index=True,
    column_config={
        "task": st.column_config.TextColumn("Task", help="What to do"),
        "done": st.column_config.CheckboxColumn("Done"),
        "progress": st.column_config.ProgressColumn("Progress", min_value=0, max_value=100),
        "budget": st.column_config.NumberColumn("Budget", format="dollar"),
        "due": st.column_config.DateColumn("Due", format="MMM D, YYYY"),
        "docs": st.column_config.LinkColumn("Docs", display_text=r"https://example\.com/(.*)"),
        "trend": st.column_config.LineChartColumn("Trend"),
        "icon": st.column_config.ImageColumn("Icon"),
    },
)

grow = st.button("Add rows")
counts = st.dataframe(pd.DataFrame({"n": [1, 2]}))
if grow:
    counts.add_rows(pd.DataFrame({"n": [3, 4]}))

st.table(people.head(2))
st.button("Rerun")
