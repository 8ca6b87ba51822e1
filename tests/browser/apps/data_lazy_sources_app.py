"""Three tables kept as queries: a table of the app's own DuckDB database, a polars LazyFrame and
a big polars DataFrame (read by DuckDB in place), 500,000 rows each."""

import duckdb
import polars as pl

import dataapp as st

ROWS = 500_000
con = duckdb.connect()
con.execute(f"CREATE TABLE orders AS SELECT i + 1000000 AS id FROM range({ROWS}) t(i)")
frame = pl.DataFrame({"id": pl.int_range(2_000_000, 2_000_000 + ROWS, eager=True)})

st.dataframe(con.sql("SELECT * FROM orders"), hide_index=True)
st.dataframe(
    pl.LazyFrame({"id": pl.int_range(3_000_000, 3_000_000 + ROWS, eager=True)}),
    hide_index=True,
)
st.dataframe(frame, hide_index=True)
# The app keeps using its connection while the page reads windows of its table.
st.text(f"orders: {con.sql('SELECT count(*) FROM orders').fetchall()[0][0]}")
