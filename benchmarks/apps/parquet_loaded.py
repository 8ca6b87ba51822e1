"""The first BENCH_ROWS rows of a Parquet file (BENCH_PARQUET) loaded into a pandas DataFrame
and shown with st.dataframe, as a Streamlit app does; runs unchanged under both systems.

Read once per server process (st.cache_resource) through DuckDB, which stops reading the file
after those rows. The billion-row benchmark (benchmarks/billion_rows.py) finds the largest size
Streamlit shows this way and times both systems on it.
"""

import os

import duckdb
import streamlit as st

PATH = os.environ["BENCH_PARQUET"]
ROWS = int(os.environ["BENCH_ROWS"])


@st.cache_resource
def load(path: str, rows: int):
    literal = "'" + path.replace("'", "''") + "'"
    return duckdb.sql(f"SELECT * FROM read_parquet({literal}) LIMIT {rows}").df()


st.dataframe(load(PATH, ROWS), hide_index=True)
st.write("run 1")
