"""A Parquet file (BENCH_PARQUET) in st.dataframe, kept as a DuckDB query: never loaded.

dataapp only (Streamlit shows a path as text). The billion-row benchmark
(benchmarks/billion_rows.py) opens it, scrolls to the end and sorts a column in the page.
"""

import os
from pathlib import Path

import streamlit as st

st.dataframe(Path(os.environ["BENCH_PARQUET"]), hide_index=True)
st.write("run 1")
