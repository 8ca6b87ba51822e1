"""Caching data and resources: `dataapp-desktop examples/caching.py`

Move the slider: the first time a value is chosen the sales are "loaded" (one second); choosing
it again, in this window or another, is instant. The connection is made once for everybody.
The forecast is kept on disk: close the app and open it again, and it is still there (for a day).
"""

import sqlite3
import time

import pandas as pd

import dataapp as st

st.title("Caching")


@st.cache_resource
def connect() -> sqlite3.Connection:
    """One in-memory database for every session: st.cache_resource returns the same object."""
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    connection.execute("create table sales (month integer, amount real)")
    connection.executemany(
        "insert into sales values (?, ?)", [(m, 100.0 + 7.5 * m) for m in range(1, 13)]
    )
    return connection


@st.cache_data(ttl="10m", max_entries=20, show_spinner="Loading sales...")
def load_sales(_connection: sqlite3.Connection, months: int) -> pd.DataFrame:
    """A copy of the query result; `_connection` is not hashed (a connection cannot be)."""
    time.sleep(1.0)  # a slow query
    st.caption(f"Loaded {months} months at {time.strftime('%H:%M:%S')}")  # replayed on a hit
    return pd.read_sql_query(
        "select month, amount from sales where month <= ?", _connection, params=(months,)
    )


@st.cache_data(persist="disk", ttl="1d", show_spinner="Forecasting...")
def forecast(months: int) -> list[float]:
    """Kept in a file beside the app's saved state: later launches read it instead."""
    time.sleep(2.0)  # a slow model
    st.caption(f"Forecast computed at {time.strftime('%Y-%m-%d %H:%M:%S')}")  # replayed too
    return [round(100.0 + 7.5 * m * 1.04, 1) for m in range(months + 1, months + 4)]


months = st.slider("Months", 1, 12, 6, key="months")
sales = load_sales(connect(), months)
sales["amount"] *= 2  # changes this copy only: the next hit gets the cached value again
st.write(sales)
st.metric("Total (doubled)", f"{sales['amount'].sum():,.1f}")
st.write("Next three months:", forecast(months))

if st.button("Clear the sales cache"):
    load_sales.clear()
    st.rerun()
if st.button("Forget the saved forecasts"):
    forecast.clear()  # deletes their files too
    st.rerun()
