"""A connection's password never shows: not in what the app writes about the connection, not in
errors (their messages and tracebacks), not in logs. (PostgreSQL's refused login is checked in
test_postgresql.py.)"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from dataapp.testing import AppTest

pytest.importorskip("sqlalchemy")
pytest.importorskip("psycopg")

PASSWORD = "Pw-7f3c-hunter2"
# SQLAlchemy connects on first use: nothing listens on port 1, so a query fails to connect.
URL = f"postgresql+psycopg://app:{PASSWORD}@127.0.0.1:1/sales"


def _everything_shown(at: AppTest) -> str:
    """Every element the app showed, as the text of its message (exceptions: with traces)."""
    return "\n".join(str(node.proto) for node in at.main if getattr(node, "proto", None))


def _run(script: str, secrets: dict[str, object], caplog: pytest.LogCaptureFixture) -> str:
    """What the app showed (messages unescaped: exceptions' too) and what was logged."""
    caplog.set_level(logging.DEBUG)
    at = AppTest.from_string(script, default_timeout=20)
    at.secrets.update(secrets)
    at.run()
    shown = _everything_shown(at)
    assert shown, "the app showed nothing"
    texts = [t.value for t in at.text] + [e.message for e in at.exception]
    return "\n".join([shown, *texts, caplog.text])


def test_repr_write_and_help_of_a_connection_hide_the_password(
    caplog: pytest.LogCaptureFixture,
) -> None:
    shown = _run(
        """
        import streamlit as st
        conn = st.connection("db", type="sql")
        st.text(repr(conn))
        st.text(str(conn))
        st.text(repr(conn.engine))
        st.write(conn)
        st.help(conn)
        st.text(repr(conn._secrets))
        """,
        {"connections": {"db": {"url": URL}}},
        caplog,
    )
    assert "<SQLConnection 'db' postgresql+psycopg://app:***@127.0.0.1:1/sales>" in shown
    assert PASSWORD not in shown


def test_a_password_given_as_an_argument_is_not_shown_either(
    caplog: pytest.LogCaptureFixture,
) -> None:
    shown = _run(
        """
        import streamlit as st
        conn = st.connection(
            "db", type="sql", dialect="postgresql", driver="psycopg", host="127.0.0.1",
            username="app", password=st.secrets["pw"],
        )
        st.text(repr(conn))
        st.write(conn)
        """,
        {"pw": PASSWORD},
        caplog,
    )
    assert "***" in shown
    assert PASSWORD not in shown


def test_a_url_that_cannot_be_read_is_quoted_without_its_password(
    caplog: pytest.LogCaptureFixture,
) -> None:
    shown = _run(
        """
        import streamlit as st
        st.connection("db", type="sql")
        """,
        {"connections": {"db": {"url": f"postgresql://app:{PASSWORD}@localhost:port/db"}}},
        caplog,
    )
    assert "is not a URL SQLAlchemy can read: 'postgresql://app:***@localhost:port/db'" in shown
    assert PASSWORD not in shown


def test_a_password_with_an_at_sign_is_hidden_whole() -> None:
    from dataapp.connections.redact import redact_url

    assert redact_url("postgresql://me:p@ss@host/db?sslmode=require&password=x") == (
        "postgresql://me:***@host/db?sslmode=require&password=***"
    )


def test_a_failed_query_and_a_failed_connection_do_not_show_the_password(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    shown = _run(
        f"""
        import streamlit as st
        local = st.connection("local", type="sql", url="sqlite:///{tmp_path / "x.db"}")
        try:
            local.query("SELECT * FROM missing_table")
        except Exception as error:
            st.text(str(error))
        conn = st.connection("db", type="sql")
        conn.query("SELECT 1 AS ready")
        """,
        {"connections": {"db": {"url": URL}}},
        caplog,
    )
    assert "no such table: missing_table" in shown
    assert "Connection refused" in shown
    assert "SELECT 1 AS ready" in shown
    assert PASSWORD not in shown
