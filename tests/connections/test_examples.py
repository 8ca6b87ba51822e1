"""The connection examples run: examples/connections/ on DuckDB and on the PostgreSQL fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from dataapp.testing import AppTest
from tests.connections.conftest import PostgresServer

EXAMPLES = Path(__file__).parents[2] / "examples" / "connections"


def test_duckdb_sales_example_filters_with_cached_queries() -> None:
    pytest.importorskip("duckdb_engine")
    at = AppTest.from_file(EXAMPLES / "duckdb_sales.py", default_timeout=120).run()
    assert not at.exception, at.exception[0].message
    everything = at.metric[0].value
    at.selectbox[0].set_value("North").run()
    assert not at.exception, at.exception[0].message
    north = at.metric[0].value
    assert float(north.replace(",", "")) < float(everything.replace(",", ""))
    assert len(at.dataframe[0].value) == 100
    assert at.dataframe[1].proto.row_count == 1_000_000


def test_postgres_orders_example_writes_through_the_session_and_reads_the_new_total(
    postgres: PostgresServer,
) -> None:
    postgres.execute("DROP TABLE IF EXISTS orders")
    at = AppTest.from_file(EXAMPLES / "postgres_orders.py", default_timeout=30)
    at.secrets["connections"] = {"orders": {"url": postgres.url()}}
    at.run()
    assert not at.exception, at.exception[0].message
    assert len(at.dataframe[0].value) == 0
    at.text_input[0].input("Ada")
    at.number_input[0].set_value(12.5)
    at.button[0].click().run()
    assert not at.exception, at.exception[0].message
    table = at.dataframe[0].value
    assert list(table["customer"]) == ["Ada"]
    assert float(table["total"][0]) == 12.5
