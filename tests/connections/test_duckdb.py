"""st.connection(type="sql") on a DuckDB file (the `duckdb` extra: duckdb and duckdb-engine)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dataapp.testing import AppTest

duckdb = pytest.importorskip("duckdb")
pytest.importorskip("duckdb_engine")


def _sales(tmp_path: Path) -> str:
    """A DuckDB file with a sales table and a Parquet file beside it; returns the file's URL."""
    path = tmp_path / "sales.duckdb"
    with duckdb.connect(str(path)) as db:
        db.execute(
            "CREATE TABLE sales AS SELECT i AS id, ['EU', 'US', 'ASIA'][i % 3 + 1] AS region, "
            "i * 1.5 AS amount FROM range(1000) t(i)"
        )
        db.execute(f"COPY sales TO '{tmp_path / 'sales.parquet'}' (FORMAT parquet)")
    return f"duckdb:///{path}"


def _run(script: str, url: str) -> AppTest:
    at = AppTest.from_string(script, default_timeout=30)
    at.secrets["connections"] = {"sales": {"url": url}}
    return at.run()


def _texts(at: AppTest) -> list[str]:
    assert not at.exception, at.exception[0].message
    return [t.value for t in at.text]


def test_duckdb_file_query_with_params(tmp_path: Path) -> None:
    at = _run(
        """
        import streamlit as st
        conn = st.connection("sales", type="sql")
        df = conn.query(
            "SELECT region, count(*) AS n, sum(amount) AS total FROM sales "
            "WHERE id < :limit GROUP BY region ORDER BY region",
            params={"limit": 9},
        )
        st.text(conn.driver)
        st.text(df.to_csv(index=False))
        """,
        _sales(tmp_path),
    )
    assert _texts(at) == ["duckdb_engine", "region,n,total\nASIA,3,22.5\nEU,3,13.5\nUS,3,18.0\n"]


def test_duckdb_reads_a_parquet_file_without_loading_it_into_the_app(tmp_path: Path) -> None:
    url = _sales(tmp_path)
    at = _run(
        f"""
        import streamlit as st
        conn = st.connection("sales", type="sql")
        df = conn.query("SELECT count(*) AS n, max(id) AS last FROM read_parquet(:path)",
                        params={{"path": {str(tmp_path / "sales.parquet")!r}}})
        st.text(f"{{df['n'][0]}} {{df['last'][0]}}")
        """,
        url,
    )
    assert _texts(at) == ["1000 999"]


def test_duckdb_session_writes_then_a_cleared_query_sees_them(tmp_path: Path) -> None:
    at = _run(
        """
        import streamlit as st
        from sqlalchemy import text
        conn = st.connection("sales", type="sql")
        st.text(str(conn.query("SELECT count(*) AS n FROM sales")["n"][0]))
        if st.button("add"):
            with conn.session as session:
                session.execute(text("INSERT INTO sales VALUES (1000, 'EU', 1.0)"))
                session.commit()
            st.cache_data.clear()
            st.text(str(conn.query("SELECT count(*) AS n FROM sales")["n"][0]))
        """,
        _sales(tmp_path),
    )
    assert _texts(at) == ["1000"]
    at.button[0].click().run()
    assert _texts(at) == ["1000", "1001"]


def test_duckdb_file_given_as_dialect_and_database(tmp_path: Path) -> None:
    _sales(tmp_path)
    at = AppTest.from_string(
        f"""
        import streamlit as st
        conn = st.connection("sales", type="sql", dialect="duckdb",
                             database={str(tmp_path / "sales.duckdb")!r})
        st.text(str(conn.query("SELECT count(*) AS n FROM sales")["n"][0]))
        """,
        default_timeout=30,
    ).run()
    assert _texts(at) == ["1000"]
