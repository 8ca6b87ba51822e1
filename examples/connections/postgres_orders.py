"""Orders in PostgreSQL: `dataapp-desktop examples/connections/postgres_orders.py`

Needs the sql extra and a driver (`pip install 'dataapp-desktop[sql]' 'psycopg[binary]'`) and
the server's URL in `.streamlit/secrets.toml` (or `.dataapp/secrets.toml`) next to this file:

    [connections.orders]
    url = "postgresql+psycopg://user:password@localhost:5432/shop"

Reads go through `conn.query` (cached); the form writes through `conn.session` (a
transaction) and then clears the cached reads. See docs/connections.md.
"""

from sqlalchemy import text

import dataapp as st

st.title("Orders")

if "orders" not in st.secrets.get("connections", {}):
    st.info(
        "Add the database's URL to .streamlit/secrets.toml next to this app, under "
        '[connections.orders]: url = "postgresql+psycopg://user:password@host:5432/db".'
    )
    st.stop()

conn = st.connection("orders", type="sql")


@st.cache_resource
def create_table() -> None:
    """Once per process, not on every rerun."""
    with conn.session as session:
        session.execute(
            text(
                "CREATE TABLE IF NOT EXISTS orders (id serial PRIMARY KEY, customer text NOT NULL, "
                "amount numeric(10, 2) NOT NULL, placed timestamptz NOT NULL DEFAULT now())"
            )
        )
        session.commit()


create_table()

with st.form("new_order", clear_on_submit=True):
    customer = st.text_input("Customer")
    amount = st.number_input("Amount", min_value=0.0, step=1.0)
    if st.form_submit_button("Add order") and customer:
        with conn.session as session:
            session.execute(
                text("INSERT INTO orders (customer, amount) VALUES (:customer, :amount)"),
                {"customer": customer, "amount": amount},
            )
            session.commit()
        st.cache_data.clear()  # the cached reads below are stale now

totals = conn.query(
    "SELECT customer, count(*) AS orders, sum(amount) AS total FROM orders "
    "GROUP BY customer ORDER BY total DESC",
    ttl="5m",
)
st.caption(f"{conn.driver} · {len(totals)} customers")
st.dataframe(totals, hide_index=True)
