"""polars DataFrames and pyarrow Tables work wherever a pandas DataFrame does: st.dataframe,
st.table, st.write, st.data_editor (which hands back the same kind), the built-in charts and
st.download_button. A big one is shown where it is, read by DuckDB window by window, never
copied into pandas whole."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

from dataapp.testing import AppTest

pytest.importorskip("duckdb")
MAKERS = {
    "polars": "pl.DataFrame({'x': [1, 2, 3], 'y': [4.5, 5.5, 6.5], 'name': ['a', 'b,c', 'd']})",
    "pyarrow": "pa.table({'x': [1, 2, 3], 'y': [4.5, 5.5, 6.5], 'name': ['a', 'b,c', 'd']})",
}
BIG = {
    "polars": "pl.DataFrame({'x': range(N), 'name': [f'item {i % 100}' for i in range(N)]})",
    "pyarrow": "pa.table({'x': range(N), 'name': [f'item {i % 100}' for i in range(N)]})",
}


def _run(library: str, body: str, make: str = "") -> AppTest:
    pytest.importorskip(library)
    script = (
        "import polars as pl\n" if library == "polars" else "import pyarrow as pa\n"
    ) + f"import streamlit as st\nN = 300_000\nd = {make or MAKERS[library]}\n{body}"
    at = AppTest.from_string(script, default_timeout=60).run()
    assert not at.exception, at.exception[0].message
    return at


@pytest.mark.parametrize("library", MAKERS)
def test_dataframe_table_and_write_show_a_small_one_from_memory(library: str) -> None:
    at = _run(library, "st.dataframe(d)\nst.table(d)\nst.write(d)")
    assert len(at.dataframe) == 2 and len(at.table) == 1
    for element in (*at.dataframe, *at.table):
        assert [c.name for c in element.proto.columns][1:] == ["x", "y", "name"]
        assert element.value["name"].tolist() == ["a", "b,c", "d"]
        assert element.proto.row_count == 3


@pytest.mark.parametrize("library", MAKERS)
def test_a_big_one_is_read_by_duckdb_where_it_is(library: str) -> None:
    at = _run(library, "st.dataframe(d)\nst.table(d)", BIG[library])
    for element in (*at.dataframe, *at.table):
        # "q": a table kept as a query (an in-memory frame's id starts with "x" or "s").
        assert element.proto.source_id.startswith("q")
        assert element.proto.row_count == 300_000
        assert [c.name for c in element.proto.columns][1:] == ["x", "name"]
    first = at.dataframe[0].proto.source_id
    # The same content on the next run: the same element, sent as "unchanged".
    assert at.run().dataframe[0].proto.source_id == first


@pytest.mark.parametrize("library", MAKERS)
def test_a_big_ones_windows_are_those_of_the_in_memory_grid(library: str) -> None:
    module = pytest.importorskip(library)
    from dataapp.elements.data.lazy import LazyTable, lazy_table
    from dataapp.elements.data.source import DataFormat, DisplaySpec, FrameSource
    from dataapp.proto.data_pb2 import DataWindowRequest

    rows = 250_000
    columns: dict[str, Any] = {
        "x": [i * 7 % 1000 for i in range(rows)],
        "name": [f"item {i % 97}" for i in range(rows)],
    }
    data = module.DataFrame(columns) if library == "polars" else module.table(columns)
    spec = DisplaySpec(hide_index=None, column_order=None, column_config=None, editable=False)
    lazy = lazy_table(data, spec)
    assert isinstance(lazy, LazyTable)
    frame = FrameSource(data.to_pandas(), DataFormat.OTHER, spec)
    for start, sort, search in [(249_980, None, ""), (10, (1, True), ""), (0, (2, False), "M 9")]:
        request = DataWindowRequest(source_id="", seq=1, start=start, count=30, search=search)
        if sort is not None:
            request.sort.add(column=sort[0], descending=sort[1])
        mine = lazy.compute_window(request, lambda: False)
        theirs = frame.compute_window(request, lambda: False)
        assert mine is not None and theirs is not None
        mine.source_id = theirs.source_id
        assert mine == theirs, request


@pytest.mark.parametrize("library", MAKERS)
def test_data_editor_hands_back_the_same_kind(library: str) -> None:
    at = _run(library, "out = st.data_editor(d, key='e')\nst.text(type(out).__module__)")
    assert at.text[0].value.startswith(library)
    editor = at.data_editor[0]
    editor.set_value({"edited_rows": {1: {"name": "z"}}, "added_rows": [], "deleted_rows": []})
    at.run()
    assert not at.exception
    assert at.data_editor[0].value["name"].tolist() == ["a", "z", "d"]


@pytest.mark.parametrize("library", MAKERS)
def test_the_built_in_charts_draw_its_columns(library: str) -> None:
    at = _run(
        library,
        "st.line_chart(d, x='x', y='y')\nst.bar_chart(d, x='name', y='y')\n"
        "st.area_chart(d, x='x', y='y')\nst.scatter_chart(d, x='x', y='y')",
    )
    charts = at.get("arrow_vega_lite_chart")
    assert len(charts) == 4
    for chart in charts:
        assert sorted(chart.data["y"].tolist() if "y" in chart.data else chart.data["value"]) == [
            4.5,
            5.5,
            6.5,
        ]


@pytest.mark.parametrize("library", MAKERS)
def test_download_button_saves_it_as_csv(library: str) -> None:
    at = _run(library, "st.download_button('Save', d)")
    button = at.get("download_button")[0]
    assert button.file_name == "data.csv"
    rows = list(csv.reader(io.StringIO(button.data.decode())))
    assert rows == [["x", "y", "name"], ["1", "4.5", "a"], ["2", "5.5", "b,c"], ["3", "6.5", "d"]]


def test_a_big_table_duckdb_cannot_read_is_shown_converted() -> None:
    # DuckDB has no half floats; pandas does.
    at = _run(
        "pyarrow",
        "st.dataframe(d)",
        "pa.table({'h': pa.array([i % 100 for i in range(N)], pa.int64()).cast(pa.float16())})",
    )
    shown = at.dataframe[0]
    assert not shown.proto.source_id.startswith("q")
    assert shown.proto.row_count == 300_000
