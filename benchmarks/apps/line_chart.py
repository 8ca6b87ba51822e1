"""A 100,000-point line chart (st.line_chart). Runs unchanged under dataapp and Streamlit."""

import numpy as np
import pandas as pd
import streamlit as st

points = 100_000
t = np.arange(points)
st.line_chart(pd.DataFrame({"signal": np.sin(t / 2_000) + 0.1 * np.sin(t / 37)}))
