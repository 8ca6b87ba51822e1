"""Four tables kept as queries: a table of the app's own DuckDB database, a polars LazyFrame, a
big polars DataFrame (read by DuckDB in place) and a SQLite cursor's rows (copied into DuckDB),
500,000 rows each."""

import sqlite3

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
sqlite = sqlite3.connect(":memory:")
sqlite.execute(
    f"CREATE TABLE t AS WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n "
    f"WHERE i + 1 < {ROWS}) SELECT i + 4000000 AS id FROM n"
)
st.dataframe(sqlite.execute("SELECT id FROM t"), hide_index=True)
# The app keeps using its connection while the page reads windows of its table.
st.text(f"orders: {con.sql('SELECT count(*) FROM orders').fetchall()[0][0]}")
