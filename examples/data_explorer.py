"""Explore two million taxi trips: filter in the sidebar, sort and search in the grid, pick trips
to compare, and keep notes in an editable table. `dataapp-desktop examples/data_explorer.py`

The frame never travels to the page: the server keeps it and sends the rows the grid shows.
"""

import numpy as np
import pandas as pd

import dataapp as st

st.set_page_config(page_title="Trip explorer", page_icon="🚕", layout="wide")

TRIPS = 2_000_000
ZONES = ["Airport", "Downtown", "Harbour", "Old Town", "University", "West End"]


@st.cache_resource
def load_trips() -> pd.DataFrame:
    """Synthetic trips (a real app would read a Parquet file here)."""
    rng = np.random.default_rng(2026)
    minutes = rng.gamma(2.2, 9.0, TRIPS).round(1)
    fare = (3.5 + minutes * 0.45 + rng.normal(0, 2, TRIPS)).clip(4).round(2)
    return pd.DataFrame(
        {
            "trip": np.arange(TRIPS) + 1,
            "pickup": pd.Timestamp("2026-01-01")
            + pd.to_timedelta(rng.integers(0, 60 * 60 * 24 * 31, TRIPS), unit="s"),
            "from": pd.Categorical(rng.choice(ZONES, TRIPS)),
            "to": pd.Categorical(rng.choice(ZONES, TRIPS)),
            "minutes": minutes,
            "fare": fare,
            "tip_share": (rng.beta(2, 9, TRIPS)).round(3),
            "card": rng.random(TRIPS) < 0.7,
        }
    )


trips = load_trips()

with st.sidebar:
    st.header("Filters")
    zones = st.multiselect("Pickup zone", ZONES, default=ZONES, key="zones")
    low, high = st.slider("Fare ($)", 0.0, 150.0, (0.0, 150.0), step=1.0, key="fare")
    card_only = st.toggle("Card payments only", key="card_only")

shown = trips[trips["from"].isin(zones) & trips["fare"].between(low, high)]
if card_only:
    shown = shown[shown["card"]]

left, middle, right = st.columns(3)
left.metric("Trips", f"{len(shown):,}")
middle.metric("Median fare", f"${shown['fare'].median():.2f}" if len(shown) else "–")
right.metric("Card share", f"{shown['card'].mean():.0%}" if len(shown) else "–")

st.subheader("Trips")
st.caption("Click a header to sort, use the magnifier to search, tick rows to compare them.")
picked = st.dataframe(
    shown,
    hide_index=True,
    height=420,
    use_container_width=True,
    on_select="rerun",
    selection_mode="multi-row",
    key="trips_grid",
    column_config={
        "trip": st.column_config.NumberColumn("Trip", format="%d"),
        "pickup": st.column_config.DatetimeColumn("Pickup", format="MMM D, HH:mm"),
        "from": "From",
        "to": "To",
        "minutes": st.column_config.NumberColumn("Minutes", format="%.1f"),
        "fare": st.column_config.NumberColumn("Fare", format="dollar"),
        "tip_share": st.column_config.ProgressColumn("Tip", format="percent", max_value=0.5),
        "card": st.column_config.CheckboxColumn("Card"),
    },
)

chosen = shown.iloc[picked.selection.rows]
if len(chosen):
    st.subheader(f"{len(chosen)} trip{'s' if len(chosen) > 1 else ''} picked")
    st.table(chosen[["trip", "from", "to", "minutes", "fare"]].set_index("trip"))

st.subheader("Zone notes")
st.caption("Edit cells, add zones with +; the notes are kept when you close and reopen the app.")
by_zone = (
    shown.groupby("from", observed=True)
    .agg(trips=("trip", "count"), avg_fare=("fare", "mean"))
    .round(2)
    .reset_index()
    .rename(columns={"from": "zone"})
)
by_zone["zone"] = by_zone["zone"].astype(str)
by_zone["review"] = False
by_zone["note"] = ""
notes = st.data_editor(
    by_zone,
    key="zone_notes",
    hide_index=True,
    num_rows="dynamic",
    disabled=["trips", "avg_fare"],
    column_config={
        "avg_fare": st.column_config.NumberColumn("Average fare", format="dollar"),
        "review": st.column_config.CheckboxColumn("Review"),
        "note": st.column_config.TextColumn("Note", max_chars=120),
    },
)
flagged = notes[notes["review"]]
if len(flagged):
    st.info("To review: " + ", ".join(flagged["zone"].astype(str)))
