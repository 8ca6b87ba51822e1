"""st.connection(type="sql") on a real PostgreSQL server (conftest.py's `postgres` fixture)."""

from __future__ import annotations

import gc
import secrets
import time

import pytest

import dataapp as st
from dataapp.testing import AppTest
from tests.connections.conftest import PostgresServer

pytest.importorskip("sqlalchemy")


def _run(script: str, connection: dict[str, object]) -> AppTest:
    at = AppTest.from_string(script, default_timeout=30)
    at.secrets["connections"] = {"pg": connection}
    return at.run()


def _texts(at: AppTest) -> list[str]:
    assert not at.exception, at.exception[0].message
    return [t.value for t in at.text]


@pytest.fixture
def table(postgres: PostgresServer) -> str:
    name = f"orders_{secrets.token_hex(4)}"
    postgres.execute(f"CREATE TABLE {name} (id serial PRIMARY KEY, region text, amount numeric)")
    postgres.execute(
        f"INSERT INTO {name} (region, amount) VALUES ('EU', 10), ('US', 20), ('EU', 5)"
    )
    return name


def test_postgresql_url_from_secrets_query_with_params(
    postgres: PostgresServer, table: str
) -> None:
    at = _run(
        f"""
        import streamlit as st
        conn = st.connection("pg", type="sql")
        df = conn.query("SELECT region, sum(amount) AS total FROM {table} "
                        "WHERE region = :region GROUP BY region", params={{"region": "EU"}})
        st.text(conn.driver)
        st.text(f"{{df['region'][0]}} {{float(df['total'][0])}}")
        """,
        {"url": postgres.url()},
    )
    assert _texts(at) == ["psycopg", "EU 15.0"]


def test_postgresql_from_url_parts_and_session_writes_in_a_transaction(
    postgres: PostgresServer, table: str
) -> None:
    at = _run(
        f"""
        import streamlit as st
        from sqlalchemy import text
        conn = st.connection("pg", type="sql")
        with conn.session as session:
            session.execute(text("INSERT INTO {table} (region, amount) VALUES ('ASIA', 1)"))
            session.rollback()
            session.execute(text("INSERT INTO {table} (region, amount) VALUES ('ASIA', 2)"))
            session.commit()
        df = conn.query("SELECT amount FROM {table} WHERE region = 'ASIA'")
        st.text(str([float(x) for x in df["amount"]]))
        """,
        {
            "dialect": "postgresql",
            "driver": "psycopg",
            "host": postgres.host,
            "port": postgres.port,
            "username": postgres.user,
            "password": postgres.password,
            "database": postgres.database,
        },
    )
    assert _texts(at) == ["[2.0]"]


def test_a_refused_login_is_shown_without_the_password(postgres: PostgresServer) -> None:
    wrong = f"not-{postgres.password}"
    at = _run(
        """
        import streamlit as st
        st.connection("pg", type="sql").query("SELECT 1 AS one")
        """,
        {"url": postgres.url().replace(postgres.password, wrong)},
    )
    (error,) = at.exception
    shown = error.message + "\n".join(error.stack_trace)
    assert "password authentication failed" in shown
    assert "SELECT 1 AS one" in shown
    assert wrong not in shown and postgres.password not in shown


def test_a_connection_the_server_dropped_is_replaced_on_the_next_query(
    postgres: PostgresServer, table: str
) -> None:
    name = f"dataapp-{secrets.token_hex(4)}"
    script = f"""
    import streamlit as st
    conn = st.connection("pg", type="sql", connect_args={{"application_name": {name!r}}})
    n = st.number_input("n", value=1)
    st.text(str(len(conn.query("SELECT * FROM {table} WHERE id >= :n", params={{"n": n}}))))
    """
    at = _run(script, {"url": postgres.url()})
    assert _texts(at) == ["3"]
    assert postgres.sessions_of(name) == 1
    postgres.execute(
        f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '{name}'"
    )
    _wait_for(lambda: postgres.sessions_of(name) == 0)
    at.number_input[0].set_value(2).run()
    assert _texts(at) == ["2"]


def test_close_and_dropping_the_connection_from_the_cache_release_the_servers_connections(
    postgres: PostgresServer, table: str
) -> None:
    name = f"dataapp-{secrets.token_hex(4)}"
    script = f"""
    import streamlit as st
    conn = st.connection("pg", type="sql", connect_args={{"application_name": {name!r}}})
    st.text(str(len(conn.query("SELECT * FROM {table}"))))
    """
    _texts(_run(script, {"url": postgres.url()}))
    assert postgres.sessions_of(name) == 1
    st.cache_resource.clear()
    gc.collect()
    _wait_for(lambda: postgres.sessions_of(name) == 0)

    conn = st.connection(
        "pg2", type="sql", url=postgres.url(), connect_args={"application_name": name}
    )
    conn.query(f"SELECT * FROM {table}")
    assert postgres.sessions_of(name) == 1
    conn.close()
    _wait_for(lambda: postgres.sessions_of(name) == 0)


def test_autocommit_connection_runs_statements_outside_a_transaction(
    postgres: PostgresServer,
) -> None:
    database = f"db_{secrets.token_hex(4)}"
    at = _run(
        f"""
        import streamlit as st
        from sqlalchemy import text
        conn = st.connection("pg", type="sql", autocommit=True)
        with conn.connect() as c:
            c.execute(text("CREATE DATABASE {database}"))  # refused inside a transaction
        st.text("created")
        """,
        {"url": postgres.url()},
    )
    assert _texts(at) == ["created"]
    assert postgres.execute(f"SELECT 1 FROM pg_database WHERE datname = '{database}'") == [(1,)]


def _wait_for(condition: object, timeout: float = 10.0) -> None:
    """The server notices a closed connection a moment after the client closed it."""
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)
