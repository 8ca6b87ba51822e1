"""Orders read from a file inside st.cache_data, shown in st.dataframe, and a Rerun button.

Runs unchanged under dataapp and Streamlit. The file is BENCH_FILE (benchmarks/bench/
real_data_files.py makes it: string, categorical, datetime and numeric columns, CSV or Parquet);
BENCH_LIBRARY is "pandas" (default) or "polars". As an app does it, the loading function reads
the file on the first call and every later call (another page, a rerun) is a cache hit: its
cost is the cache's. The last line, `run <n>`, is written only by the session's n-th run.
"""

import os

import streamlit as st

FILE = os.environ["BENCH_FILE"]
LIBRARY = os.environ.get("BENCH_LIBRARY", "pandas")


@st.cache_data
def load_pandas(path: str):
    import pandas as pd

    if path.endswith(".parquet"):
        return pd.read_parquet(path)
    return pd.read_csv(
        path, dtype={"city": "category", "status": "category"}, parse_dates=["ordered_at"]
    )


@st.cache_data
def load_polars(path: str):
    import polars as pl

    if path.endswith(".parquet"):
        return pl.read_parquet(path)
    return pl.read_csv(path, try_parse_dates=True)


runs = st.session_state.get("runs", 0) + 1
st.session_state["runs"] = runs
st.button("Rerun")
st.dataframe(load_polars(FILE) if LIBRARY == "polars" else load_pandas(FILE))
st.write(f"run {runs}")
