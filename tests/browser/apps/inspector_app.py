"""The run inspector's test app: a cached load, a query the database runs on every rerun (the
pattern the inspector flags) and one conn.query answers from its cache."""

import time

import pandas as pd
import streamlit as st

conn = st.connection("db", type="sql", url="sqlite:///:memory:")


@st.cache_data
def load(n: int) -> pd.DataFrame:
    time.sleep(0.2)
    return pd.DataFrame({"x": range(n)})


st.title("Sales")
frame = load(1000)
city = st.selectbox("City", ["Lima", "Osaka"])
rows = pd.read_sql(f"select '{city}' as city, 42 as sales", conn.engine)
totals = conn.query("select 1 as total", ttl=600)
st.dataframe(rows)
st.line_chart(frame)
