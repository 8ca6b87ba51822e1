"""A BENCH_ROWS-row (default 1,000,000) × 10-column DataFrame in st.dataframe, and a Rerun button.

Runs unchanged under dataapp and Streamlit (issue 6). The columns: `id` (int64, the first row's
id is 1000000, the text the benchmark looks for to know the first rows are visible), `value`
and `price` (float64), `quantity` (int32), `score` (float32), `region` and `status`
(categoricals of short strings), `flag` (bool), `day` (datetime64) and `code` (int16): 43 MiB
at 1M rows, 429 MiB at 10M. Built from numpy arrays that are not copied again into blocks
(`copy=False`): on the benchmark machine about 0.04 s at 1M rows and 0.4–0.9 s at 10M (up to
1.7 s when the machine is busy), plus 0.3 s to import numpy and pandas.

The frame is built once per server process (st.cache_resource), as an app caches the data it
loads: a later page and a rerun show the very same frame, so they measure showing it, not
building it. The button re-runs the script with the table unchanged; the last line, `run <n>`,
is written only by the session's n-th run, so a wait for a rerun cannot be met by the old one.
"""

import os

import numpy as np
import pandas as pd
import streamlit as st

ROWS = int(os.environ.get("BENCH_ROWS", "1000000"))


@st.cache_resource
def build_frame(rows: int) -> pd.DataFrame:
    ids = np.arange(rows, dtype=np.int64)
    rng = np.random.default_rng(0)
    columns = {
        "id": ids + 1_000_000,
        "value": rng.random(rows),
        "price": np.round(rng.random(rows) * 1000, 2),
        "quantity": (ids % 1000).astype(np.int32),
        "score": rng.standard_normal(rows, dtype=np.float32),
        "region": pd.Categorical.from_codes(
            (ids % 5).astype(np.int8), ["north", "south", "east", "west", "centre"]
        ),
        "status": pd.Categorical.from_codes(
            (ids % 3).astype(np.int8), ["open", "closed", "on hold"]
        ),
        "flag": ids % 2 == 0,
        "day": np.datetime64("2024-01-01", "ns") + (ids % 366).astype("timedelta64[D]"),
        "code": (ids % 30000).astype(np.int16),
    }
    # copy=False: pandas would otherwise copy every column into blocks (~1 s more at 10M rows).
    return pd.DataFrame(columns, copy=False)


runs = st.session_state.get("runs", 0) + 1
st.session_state["runs"] = runs
st.button("Rerun")
st.dataframe(build_frame(ROWS))
st.write(f"run {runs}")
