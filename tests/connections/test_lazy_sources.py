"""Tables kept as queries beyond files: a DuckDB relation over the app's own tables (read on a
second connection to its database) and a polars LazyFrame (read by DuckDB as a stream of
Arrow batches). Their windows are those of the in-memory grid over the same rows."""

from __future__ import annotations

import threading
import tracemalloc
from pathlib import Path

import pytest

from dataapp.elements.data.lazy import LazyTable, lazy_table
from dataapp.elements.data.source import DataFormat, DisplaySpec, FrameSource
from dataapp.proto.data_pb2 import DataWindowRequest
from dataapp.testing import AppTest
from tests.connections.conftest import PostgresServer

duckdb = pytest.importorskip("duckdb")

_SPEC = DisplaySpec(hide_index=None, column_order=None, column_config=None, editable=False)
_ROWS_SQL = (
    "SELECT i AS id, 'item ' || (i * 7 % 1000) AS item, (i * 13 % 97) / 4 AS price, "
    "CASE WHEN i % 11 = 0 THEN NULL ELSE i % 17 END AS stock FROM range({rows}) t(i)"
)


def _request(
    start: int = 0, count: int = 40, sort: tuple[int, bool] | None = None, search: str = ""
) -> DataWindowRequest:
    request = DataWindowRequest(source_id="", seq=3, start=start, count=count, search=search)
    if sort is not None:
        request.sort.add(column=sort[0], descending=sort[1])
    return request


def _same_windows(lazy: LazyTable, frame: FrameSource) -> None:
    assert lazy.row_count == frame.row_count
    assert [c.proto() for c in lazy.columns] == [c.proto() for c in frame.columns]
    assert lazy.first_window().columns == frame.first_window().columns
    requests = [
        _request(start=frame.row_count - 20),
        _request(start=1234, count=100),
        _request(search="ITEM 12"),
        _request(start=3, search="item 99", sort=(2, True)),
    ]
    for column in range(len(lazy.columns)):
        requests += [
            _request(start=10, sort=(column, False)),
            _request(start=frame.row_count - 30, sort=(column, True)),
        ]
    for request in requests:
        mine = lazy.compute_window(request, lambda: False)
        theirs = frame.compute_window(request, lambda: False)
        assert mine is not None and theirs is not None
        mine.source_id = theirs.source_id
        assert mine == theirs, request


@pytest.mark.parametrize("database", [":memory:", "file"])
def test_a_relation_over_the_apps_own_tables_stays_a_query(tmp_path: Path, database: str) -> None:
    con = duckdb.connect(str(tmp_path / "app.duckdb") if database == "file" else ":memory:")
    con.execute(f"CREATE TABLE sales AS {_ROWS_SQL.format(rows=5000)}")
    relation = con.sql("SELECT * FROM sales WHERE id >= 100")
    lazy = lazy_table(relation, _SPEC)
    assert isinstance(lazy, LazyTable)
    _same_windows(lazy, FrameSource(relation.df(), DataFormat.OTHER, _SPEC))


def test_the_app_keeps_its_connection_while_a_window_of_its_table_is_read(tmp_path: Path) -> None:
    con = duckdb.connect()
    con.execute(f"CREATE TABLE sales AS {_ROWS_SQL.format(rows=300_000)}")
    lazy = lazy_table(con.table("sales"), _SPEC)
    assert lazy is not None
    windows = []

    def read() -> None:
        for start in range(0, 300_000, 60_000):
            windows.append(
                lazy.compute_window(_request(start=start, sort=(1, True)), lambda: False)
            )

    reader = threading.Thread(target=read)
    reader.start()
    # Meanwhile the script goes on with its own connection (DuckDB refuses a second call on a
    # busy connection: the table's reads are on a connection of their own).
    while reader.is_alive():
        assert con.sql("SELECT count(*) FROM sales").fetchall() == [(300_000,)]
    reader.join()
    assert all(window is not None for window in windows)


def test_a_changed_table_is_counted_again_on_the_next_run() -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE t AS SELECT range AS a FROM range(10)")
    first = lazy_table(con.table("t"), _SPEC)
    con.execute("INSERT INTO t SELECT range FROM range(5)")
    second = lazy_table(con.table("t"), _SPEC)
    assert first is not None and second is not None
    assert (first.row_count, second.row_count) == (10, 15)
    assert first.source_id != second.source_id


def test_a_relation_over_a_pandas_frame_is_read_from_the_data_threads() -> None:
    pd = pytest.importorskip("pandas")

    def relation():  # type: ignore[no-untyped-def]
        frame = pd.DataFrame({"a": range(100)})  # noqa: F841 (the SQL names it)
        # A variable of this function only: DuckDB registers it with the relation.
        return duckdb.connect().sql("SELECT * FROM frame WHERE a >= 10")

    lazy = lazy_table(relation(), _SPEC)
    assert lazy is not None and lazy.row_count == 90
    windows = []
    reader = threading.Thread(
        target=lambda: windows.append(lazy.compute_window(_request(start=80), lambda: False))
    )
    reader.start()
    reader.join()
    assert windows[0] is not None
    assert list(windows[0].columns[1].ints.data) == list(range(90, 100))


def _lazy_frame(tmp_path: Path, rows: int):  # type: ignore[no-untyped-def]
    pl = pytest.importorskip("polars")
    path = tmp_path / "rows.parquet"
    duckdb.sql(f"COPY ({_ROWS_SQL.format(rows=rows)}) TO '{path}' (FORMAT parquet)")
    return pl.scan_parquet(path).filter(pl.col("id") % 2 == 0).with_columns(twice=pl.col("id") * 2)


def test_a_polars_lazyframe_stays_a_query(tmp_path: Path) -> None:
    frame = _lazy_frame(tmp_path, 6000)
    lazy = lazy_table(frame, _SPEC)
    assert isinstance(lazy, LazyTable)
    assert lazy.row_count == 3000
    # The same rows as DuckDB types them (polars' own to_pandas makes other dtypes).
    loaded = duckdb.sql("SELECT * FROM frame").df()
    _same_windows(lazy, FrameSource(loaded, DataFormat.OTHER, _SPEC))


def test_a_lazyframe_is_never_collected_into_the_apps_memory(tmp_path: Path) -> None:
    frame = _lazy_frame(tmp_path, 2_000_000)
    tracemalloc.start()
    try:
        lazy = lazy_table(frame, _SPEC)
        assert lazy is not None
        lazy.compute_window(_request(start=999_000), lambda: False)
        lazy.compute_window(_request(start=999_000, sort=(2, True)), lambda: False)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Collected and converted to pandas, its rows take about 100 MB.
    assert peak < 10 * 1024 * 1024, peak


def test_st_dataframe_keeps_a_lazyframe_and_an_apps_table_as_queries(tmp_path: Path) -> None:
    pytest.importorskip("polars")
    path = tmp_path / "rows.parquet"
    duckdb.sql(f"COPY ({_ROWS_SQL.format(rows=1000)}) TO '{path}' (FORMAT parquet)")
    at = AppTest.from_string(
        f"""
        import duckdb
        import polars as pl
        import streamlit as st
        st.dataframe(pl.scan_parquet({str(path)!r}).filter(pl.col("id") < 700))
        con = duckdb.connect()
        con.execute("CREATE TABLE t AS SELECT range AS a FROM range(120)")
        st.dataframe(con.sql("SELECT * FROM t WHERE a % 2 = 0"))
        """,
        default_timeout=30,
    ).run()
    assert not at.exception, at.exception[0].message
    frame, table = at.dataframe
    assert frame.proto.source_id.startswith("q") and frame.proto.row_count == 700
    assert table.proto.source_id.startswith("q") and table.proto.row_count == 60
    assert list(table.value["a"])[:3] == [0, 2, 4]
    # The same plan over the same file: the same element on a rerun.
    assert at.run().dataframe[0].proto.source_id == frame.proto.source_id


def _sqlite_cursor(rows: int):  # type: ignore[no-untyped-def]
    import sqlite3

    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE t (id INTEGER, item TEXT, price REAL, stock INTEGER)")
    con.executemany(
        "INSERT INTO t VALUES (?, ?, ?, ?)",
        # stock has no value in the whole first batch: it becomes text, later numbers too.
        (
            (i, f"item {i * 7 % 1000}", (i * 13 % 97) / 4, None if i < 12_000 else i % 17)
            for i in range(rows)
        ),
    )
    return con.execute("SELECT * FROM t")


def test_a_dbapi_cursor_is_copied_into_duckdb_a_batch_at_a_time() -> None:
    lazy = lazy_table(_sqlite_cursor(25_000), _SPEC)
    assert isinstance(lazy, LazyTable)
    assert lazy.row_count == 25_000
    copied = lazy.frame
    assert copied["id"].tolist() == list(range(25_000))
    assert copied["stock"].iloc[11_999] is None or copied["stock"].isna().iloc[11_999]
    assert copied["stock"].iloc[12_000 + 5] == str((12_000 + 5) % 17)
    # The columns are described by the first rows, where stock has no value yet.
    _same_windows(lazy, FrameSource(copied.astype({"stock": object}), DataFormat.OTHER, _SPEC))


def test_a_cursors_rows_are_never_all_in_the_apps_memory() -> None:
    cursor = _sqlite_cursor(300_000)
    tracemalloc.start()
    try:
        lazy = lazy_table(cursor, _SPEC)
        assert lazy is not None
        lazy.compute_window(_request(start=299_000, sort=(1, True)), lambda: False)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # fetchall() alone makes 300,000 tuples of 4 values: about 60 MB.
    assert peak < 12 * 1024 * 1024, peak


def test_st_dataframe_of_a_cursor_as_streamlit_apps_pass_one() -> None:
    at = AppTest.from_string(
        """
        import sqlite3
        import duckdb
        import streamlit as st
        con = sqlite3.connect(":memory:")
        con.execute("CREATE TABLE t AS SELECT 1 AS a, 'x' AS b UNION ALL SELECT 2, 'y'")
        st.dataframe(con.execute("SELECT * FROM t"))
        st.table(duckdb.connect().execute("SELECT range AS n, range * 2 AS n FROM range(3)"))
        """,
        default_timeout=30,
    ).run()
    assert not at.exception, at.exception[0].message
    assert at.dataframe[0].proto.source_id.startswith("q")
    assert at.dataframe[0].value.to_dict("list") == {"a": [1, 2], "b": ["x", "y"]}
    # A repeated column name is made unique, as DuckDB needs it.
    assert [c.name for c in at.table[0].proto.columns][1:] == ["n", "n_2"]


def test_a_postgresql_cursor_of_an_st_connection(postgres: PostgresServer) -> None:
    pytest.importorskip("psycopg")
    at = AppTest.from_string(
        """
        from contextlib import closing
        import streamlit as st
        conn = st.connection("pg", type="sql")
        with closing(conn.engine.raw_connection()) as raw:
            cursor = raw.cursor()
            cursor.execute("SELECT g AS id, 'row ' || g AS label FROM generate_series(1, 30000) g")
            st.dataframe(cursor)
        """,
        default_timeout=60,
    )
    at.secrets["connections"] = {"pg": {"url": postgres.url()}}
    at.run()
    assert not at.exception, at.exception[0].message
    shown = at.dataframe[0]
    assert shown.proto.source_id.startswith("q") and shown.proto.row_count == 30_000
    assert shown.value["label"].iloc[-1] == "row 30000"


def test_reading_a_cursor_stops_between_batches_when_asked() -> None:
    from dataapp.elements.data.cursor_rows import BATCH_ROWS, copy_rows

    cursor = _sqlite_cursor(5 * BATCH_ROWS)
    asked = []

    def between() -> None:
        asked.append(1)
        if len(asked) == 3:
            raise KeyboardInterrupt("a rerun")

    with pytest.raises(KeyboardInterrupt):
        copy_rows(cursor, duckdb.connect(), "rows", between)
    # Two batches were read; the rest is still the cursor's.
    assert len(cursor.fetchall()) == 3 * BATCH_ROWS


def test_st_write_of_a_cursor_shows_its_rows_as_streamlit_does() -> None:
    at = AppTest.from_string(
        """
        import sqlite3
        import streamlit as st
        st.write(sqlite3.connect(":memory:").execute("SELECT 1 AS a UNION ALL SELECT 2"))
        """,
        default_timeout=30,
    ).run()
    assert not at.exception, at.exception[0].message
    assert at.dataframe[0].value["a"].tolist() == [1, 2]
