"""A DataFrame of BENCH_ROWS rows (default 1,000,000) shown with st.dataframe.

Runs unchanged under dataapp and Streamlit. The first row's id is 1000000, the text the
benchmark looks for to know the first rows are visible.
"""

import os

import numpy as np
import pandas as pd
import streamlit as st

rows = int(os.environ.get("BENCH_ROWS", "1000000"))
frame = pd.DataFrame(
    {
        "id": np.arange(rows, dtype=np.int64) + 1_000_000,
        "value": np.random.default_rng(0).random(rows),
    }
)
st.dataframe(frame)
