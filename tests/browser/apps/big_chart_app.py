"""A line chart of a million points (tests/browser/test_charts_media.py measures its bytes)."""

import numpy as np
import pandas as pd

import dataapp as st

points = int(st.query_params.get("n", 1_000_000))
walk = np.random.default_rng(3).normal(0, 1, points).cumsum()
st.line_chart(pd.DataFrame({"walk": walk}))
st.text(f"points: {points:,}")
