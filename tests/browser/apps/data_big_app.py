"""Ten million rows in st.dataframe, re-created on every run (as many apps do)."""

import numpy as np
import pandas as pd

import dataapp as st

ROWS = 10_000_000
frame = pd.DataFrame(
    {
        "id": np.arange(ROWS, dtype=np.int64) + 1_000_000,
        "value": np.random.default_rng(0).random(ROWS),
    }
)
st.dataframe(frame, hide_index=True)
st.button("Rerun")
