"""st.dataframe over a Parquet file, a pyarrow Dataset or a DuckDB relation kept as a query:
windows, sort and search are DuckDB queries, and give what the in-memory grid gives."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from dataapp.elements.data.lazy import LazyTable, lazy_table
from dataapp.elements.data.source import DataFormat, DisplaySpec, FrameSource
from dataapp.proto.data_pb2 import DataWindowRequest
from dataapp.testing import AppTest

duckdb = pytest.importorskip("duckdb")

_SPEC = DisplaySpec(hide_index=None, column_order=None, column_config=None, editable=False)


def _parquet(tmp_path: Path, rows: int = 5000, name: str = "sales.parquet") -> Path:
    path = tmp_path / name
    duckdb.sql(
        f"COPY (SELECT i AS id, 'item ' || (i * 7 % 1000) AS item, (i * 13 % 97) / 4 AS price, "
        f"i % 3 = 0 AS promo, CASE WHEN i % 11 = 0 THEN NULL ELSE i % 17 END AS stock "
        f"FROM range({rows}) t(i)) TO '{path}' (FORMAT parquet)"
    )
    return path


def _request(
    start: int = 0, count: int = 40, sort: tuple[int, bool] | None = None, search: str = ""
) -> DataWindowRequest:
    request = DataWindowRequest(source_id="", seq=7, start=start, count=count, search=search)
    if sort is not None:
        request.sort.add(column=sort[0], descending=sort[1])
    return request


def _same(lazy: LazyTable, frame: FrameSource, request: DataWindowRequest) -> None:
    mine = lazy.compute_window(request, lambda: False)
    theirs = frame.compute_window(request, lambda: False)
    assert mine is not None and theirs is not None
    mine.source_id = theirs.source_id
    assert mine == theirs, request


def test_windows_sort_and_search_are_queries_that_match_the_in_memory_grid(tmp_path: Path) -> None:
    path = _parquet(tmp_path)
    lazy = lazy_table(path, _SPEC)
    assert isinstance(lazy, LazyTable)
    # The same rows in memory, as DuckDB types them (pandas' own reader makes an integer
    # column with missing values float64; DuckDB makes it Int64).
    frame = FrameSource(duckdb.read_parquet(str(path)).df(), lazy.format, _SPEC)
    assert lazy.row_count == frame.row_count == 5000
    assert [c.proto() for c in lazy.columns] == [c.proto() for c in frame.columns]
    assert lazy.first_window().columns == frame.first_window().columns
    _same(lazy, frame, _request(start=4980))
    _same(lazy, frame, _request(start=1234, count=100))
    for column in range(len(lazy.columns)):
        _same(lazy, frame, _request(start=10, sort=(column, False)))
        _same(lazy, frame, _request(start=4990, sort=(column, True)))
        _same(lazy, frame, _request(start=2480, sort=(column, True)))
    _same(lazy, frame, _request(search="ITEM 12"))
    _same(lazy, frame, _request(search="12", sort=(1, True)))
    _same(lazy, frame, _request(search="2.25"))
    _same(lazy, frame, _request(search="tru"))
    _same(lazy, frame, _request(start=5, search="item 99", sort=(2, True)))


def test_the_middle_of_a_big_sorted_view_comes_from_a_table_sorted_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataapp.elements.data import lazy as lazy_module

    monkeypatch.setattr(lazy_module, "TOP_N_ROWS", 100)
    path = _parquet(tmp_path)
    frame = FrameSource(duckdb.read_parquet(str(path)).df(), DataFormat.OTHER, _SPEC)
    parts = tmp_path / "parts"
    parts.mkdir()
    for name, rows in (("a", "LIMIT 2500"), ("b", "OFFSET 2500")):
        duckdb.sql(
            f"COPY (SELECT * FROM read_parquet('{path}') {rows}) TO '{parts / name}.parquet' "
            "(FORMAT parquet)"
        )
    # A single file numbers its rows (the table keeps positions); two do not (all columns).
    for data in (path, parts):
        lazy = lazy_table(data, _SPEC)
        assert lazy is not None
        for column in range(len(lazy.columns)):
            _same(lazy, frame, _request(start=2000, sort=(column, column % 2 == 0)))
            _same(lazy, frame, _request(start=1000, search="item 1", sort=(column, True)))
        # The last two sorted views are kept, and the search's rows.
        tables = lazy._data.connection.sql("SELECT count(*) FROM duckdb_tables()").fetchall()
        assert tables[0][0] == 3


def test_a_search_with_too_many_rows_to_keep_searches_again_for_each_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataapp.elements.data import lazy as lazy_module

    monkeypatch.setattr(lazy_module, "SEARCH_KEPT_ROWS", 10)
    path = _parquet(tmp_path)
    lazy = lazy_table(path, _SPEC)
    assert lazy is not None
    frame = FrameSource(duckdb.read_parquet(str(path)).df(), DataFormat.OTHER, _SPEC)
    _same(lazy, frame, _request(search="item 1"))
    _same(lazy, frame, _request(start=300, search="item 1", sort=(2, True)))
    _same(lazy, frame, _request(search="item 999"))  # 5 rows: kept
    tables = lazy._data.connection.sql("SELECT count(*) FROM duckdb_tables()").fetchall()
    assert tables[0][0] == 1


def test_a_sort_the_page_no_longer_wants_is_interrupted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataapp.elements.data import lazy as lazy_module

    monkeypatch.setattr(lazy_module, "TOP_N_ROWS", 100)
    path = _parquet(tmp_path, rows=2_000_000)
    lazy = lazy_table(path, _SPEC)
    assert lazy is not None
    asked = iter([False])  # wanted when it starts, superseded from the watcher's first look on
    sorting = _request(start=1_000_000, sort=(2, True))
    assert lazy.compute_window(sorting, lambda: next(asked, True)) is None
    window = lazy.compute_window(sorting, lambda: False)
    assert window is not None and len(window.positions) == 40


def test_a_rerun_over_the_same_file_finds_its_connection_and_kept_sorts_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataapp.elements.data import lazy as lazy_module

    monkeypatch.setattr(lazy_module, "TOP_N_ROWS", 100)
    path = _parquet(tmp_path)
    first = lazy_table(path, _SPEC)
    assert first is not None
    first.compute_window(_request(start=2000, sort=(2, True)), lambda: False)
    again = lazy_table(str(path), _SPEC)
    assert again is not None and again._data is first._data
    assert again.source_id == first.source_id
    assert len(again._data.sorted_views) == 1
    _parquet(tmp_path, rows=10)  # the file changes: another table
    changed = lazy_table(path, _SPEC)
    assert changed is not None and changed._data is not first._data


def test_the_table_is_never_loaded_into_the_apps_memory(tmp_path: Path) -> None:
    path = _parquet(tmp_path, rows=2_000_000)
    tracemalloc.start()
    try:
        lazy = lazy_table(path, _SPEC)
        assert lazy is not None
        lazy.compute_window(_request(start=1_999_000, sort=(2, True)), lambda: False)
        lazy.compute_window(_request(search="item 5"), lambda: False)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The same rows as a pandas frame take about 150 MB.
    assert peak < 10 * 1024 * 1024, peak


def test_a_folder_of_parquet_files_a_pyarrow_dataset_and_a_duckdb_relation_over_files(
    tmp_path: Path,
) -> None:
    pyarrow_dataset = pytest.importorskip("pyarrow.dataset")
    folder = tmp_path / "parts"
    folder.mkdir()
    _parquet(folder, rows=100, name="a.parquet")
    _parquet(folder, rows=50, name="b.parquet")
    for data in (
        folder,
        str(folder / "*.parquet"),
        pyarrow_dataset.dataset(str(folder)),
        duckdb.read_parquet(str(folder / "*.parquet")),
    ):
        lazy = lazy_table(data, _SPEC)
        assert isinstance(lazy, LazyTable), data
        assert lazy.row_count == 150


def test_st_dataframe_keeps_a_parquet_file_as_a_query_and_recognises_it_on_rerun(
    tmp_path: Path,
) -> None:
    path = _parquet(tmp_path)
    at = AppTest.from_string(
        f"""
        import duckdb
        import streamlit as st
        from pathlib import Path
        st.dataframe(Path({str(path)!r}), hide_index=True)
        con = duckdb.connect()
        con.execute("CREATE TABLE t AS SELECT 1 AS a UNION ALL SELECT 2")
        st.dataframe(con.table("t"))
        """,
        default_timeout=30,
    ).run()
    assert not at.exception, at.exception[0].message
    lazy, loaded = at.dataframe
    assert lazy.proto.row_count == 5000
    assert lazy.proto.source_id.startswith("q")
    assert [c.name for c in lazy.proto.columns] == ["id", "item", "price", "promo", "stock"]
    assert len(lazy.proto.first_window.columns[0].ints.data) == 50
    assert len(lazy.value) == 5000
    # A relation over the app's own (in-memory) table is kept as a query too.
    assert loaded.proto.source_id.startswith("q")
    assert list(loaded.value["a"]) == [1, 2]
    first_id = lazy.proto.source_id
    assert at.run().dataframe[0].proto.source_id == first_id
    _parquet(tmp_path, rows=10)
    assert at.run().dataframe[0].proto.source_id != first_id


def test_add_rows_to_a_table_kept_as_a_query_says_it_cannot(tmp_path: Path) -> None:
    path = _parquet(tmp_path, rows=10)
    at = AppTest.from_string(
        f"""
        import pandas as pd
        import streamlit as st
        st.dataframe({str(path)!r}).add_rows(pd.DataFrame({{"id": [1]}}))
        """,
        default_timeout=30,
    ).run()
    assert "add_rows cannot append to a table kept as a query" in at.exception[0].message
