"""Sales in a DuckDB file: `dataapp-desktop examples/connections/duckdb_sales.py`

Needs the duckdb extra (`pip install 'dataapp-desktop[duckdb]'`). The first launch writes a
DuckDB file of one million sales to the temporary folder; after that every widget change reruns
the script and the queries are answered from the cache, except those for a new choice.
See docs/connections.md.
"""

import tempfile
from contextlib import closing
from pathlib import Path

import dataapp as st

DATABASE = Path(tempfile.gettempdir()) / "dataapp-example-sales.duckdb"

st.title("Sales")

conn = st.connection("sales", type="sql", url=f"duckdb:///{DATABASE}")


@st.cache_resource(show_spinner="Writing one million sales to a DuckDB file...")
def sample_data(database: str) -> None:
    """Once per process (and the file stays): the table this app reads."""
    from sqlalchemy import text

    with conn.session as session:
        session.execute(
            text(
                "CREATE TABLE IF NOT EXISTS sales AS SELECT i AS id, "
                "DATE '2024-01-01' + CAST(i % 730 AS INTEGER) AS day, "
                "['North', 'South', 'East', 'West'][i % 4 + 1] AS region, "
                "round(10 + (i * 7919 % 1000) / 10, 2) AS amount "
                "FROM range(1000000) t(i)"
            )
        )
        session.commit()


sample_data(str(DATABASE))

regions = ["All", *conn.query("SELECT DISTINCT region FROM sales ORDER BY region")["region"]]
region = st.selectbox("Region", regions)
year = st.radio("Year", [2024, 2025], horizontal=True)

# Cached per (region, year): flipping back to a choice made before runs no query.
monthly = conn.query(
    "SELECT month(day) AS month, sum(amount) AS total, count(*) AS sales FROM sales "
    "WHERE year(day) = :year AND (:region = 'All' OR region = :region) "
    "GROUP BY month ORDER BY month",
    params={"year": year, "region": region},
    ttl="1h",
)
st.metric("Total", f"{monthly['total'].sum():,.0f}", help=f"{monthly['sales'].sum():,} sales")
st.bar_chart(monthly, x="month", y="total")

st.subheader("Largest sales")
st.dataframe(
    conn.query(
        "SELECT id, day, region, amount FROM sales "
        "WHERE year(day) = :year AND (:region = 'All' OR region = :region) "
        "ORDER BY amount DESC, id LIMIT 100",
        params={"year": year, "region": region},
        ttl="1h",
    ),
    hide_index=True,
)

st.subheader("Every sale")
# A DB-API cursor shows every row without loading them into the app: its rows are copied into
# a DuckDB table of the element's own, and scrolling, sorting and searching are queries on it
# (docs/data.md). The pooled connection goes back to the pool once the element has its rows.
with closing(conn.engine.raw_connection()) as raw:
    cursor = raw.cursor()
    cursor.execute("SELECT id, day, region, amount FROM sales ORDER BY id")
    st.dataframe(cursor, hide_index=True)
