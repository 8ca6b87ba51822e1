"""FrameSource: what an app passes becomes a frame; its id, its windows, sorting and searching."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pandas as pd
import pytest

from dataapp.elements.data import source as data_source
from dataapp.elements.data.source import (
    DataFormat,
    DisplaySpec,
    FrameSource,
    from_frame,
    to_frame,
)
from dataapp.proto.data_pb2 import ColumnConfig, DataColumn, DataWindowRequest


def source(data: object, **spec: object) -> FrameSource:
    frame, fmt, styler = to_frame(data)
    return FrameSource(frame, fmt, DisplaySpec(**spec), styler)  # type: ignore[arg-type]


def values(source: FrameSource, column: int, request: DataWindowRequest | None = None) -> list:
    window = (
        source.first_window() if request is None else source.compute_window(request, lambda: False)
    )
    assert window is not None
    encoded = window.columns[column]
    kind = encoded.WhichOneof("values")
    data = list(getattr(encoded, kind).data)
    for offset in encoded.missing:
        data[offset] = None
    return data


def never() -> bool:
    return False


# -- what the app passes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "fmt", "columns"),
    [
        (pd.DataFrame({"a": [1]}), DataFormat.PANDAS_DATAFRAME, ["a"]),
        (pd.Series([1, 2], name="s"), DataFormat.PANDAS_SERIES, ["s"]),
        (np.array([1, 2, 3]), DataFormat.NUMPY_1D, [0]),
        (np.zeros((2, 3)), DataFormat.NUMPY_2D, [0, 1, 2]),
        ([{"a": 1, "b": 2}, {"a": 3}], DataFormat.LIST_OF_RECORDS, ["a", "b"]),
        ([[1, 2], [3, 4]], DataFormat.LIST_OF_ROWS, [0, 1]),
        ([1, 2, 3], DataFormat.LIST_OF_VALUES, ["value"]),
        ({"a": [1, 2], "b": [3, 4]}, DataFormat.COLUMN_DICT, ["a", "b"]),
        ({"x": 1, "y": 2}, DataFormat.KEY_VALUE_DICT, ["value"]),
        (None, DataFormat.EMPTY, []),
    ],
)
def test_what_the_app_passes_becomes_a_frame(data: object, fmt: DataFormat, columns: list) -> None:
    frame, found, styler = to_frame(data)
    assert found is fmt
    assert list(frame.columns) == columns
    assert styler is None


@pytest.mark.parametrize(
    "data",
    [
        [{"a": 1, "b": "x"}, {"a": 2, "b": "y"}],
        {"a": [1, 2], "b": ["x", "y"]},
        [1, 2, 3],
        (1, 2),
        np.array([[1, 2], [3, 4]]),
        pd.Series([1.5, 2.5], name="v"),
        {"x": 1, "y": 2},
    ],
)
def test_an_unedited_frame_goes_back_to_the_type_the_app_passed(data: object) -> None:
    frame, fmt, _ = to_frame(data)
    back = from_frame(frame, fmt, data)
    assert type(back) is type(data)
    if isinstance(data, np.ndarray):
        assert (back == data).all()
    elif isinstance(data, pd.Series):
        assert back.equals(data)
    else:
        assert back == data


def test_polars_and_pyarrow_are_converted_when_installed() -> None:
    pa = pytest.importorskip("pyarrow")
    table = pa.table({"a": [1, 2], "b": ["x", None]})
    frame, fmt, _ = to_frame(table)
    assert fmt is DataFormat.PYARROW_TABLE
    assert list(frame["a"]) == [1, 2]
    pl = pytest.importorskip("polars")
    frame, fmt, _ = to_frame(pl.DataFrame({"a": [1, 2]}))
    assert fmt is DataFormat.POLARS_DATAFRAME
    assert isinstance(from_frame(frame, fmt, None), pl.DataFrame)


# -- identity -------------------------------------------------------------------------------------


def test_the_same_content_gives_the_same_source_id_whatever_the_object() -> None:
    a = pd.DataFrame({"x": [1, 2, 3], "y": ["a", "b", "c"]})
    b = a.copy(deep=True)
    assert source(a).source_id == source(b).source_id
    b.iloc[1, 1] = "B"
    assert source(a).source_id != source(b).source_id


def test_how_the_frame_is_shown_is_part_of_its_id() -> None:
    frame = pd.DataFrame({"x": [1], "y": [2]})
    ids = {
        source(frame).source_id,
        source(frame, hide_index=True).source_id,
        source(frame, column_order=("y",)).source_id,
        source(frame, column_config={"x": "X"}).source_id,
    }
    assert len(ids) == 4


def test_a_large_frame_is_identified_by_a_sample_and_checked_in_full_later(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(data_source, "EXACT_BUDGET", 1_000)
    rows = 50_000
    frame = pd.DataFrame({"v": np.arange(rows, dtype=float)})
    edited = frame.copy()
    # Row 1234 is not in the sample (ends and an even stride): the sampled id cannot see it...
    assert 1234 not in set(data_source.sample_positions(rows).tolist())
    edited.iloc[1234, 0] = -1.0
    first, second = source(frame), source(edited)
    assert not first.exact
    assert first.source_id == second.source_id
    # ...but the full check on the verify thread does.
    assert first.full_digest() != second.full_digest()
    assert first.full_digest() == source(frame.copy()).full_digest()
    # A change in a sampled row changes the id at once.
    edited.iloc[0, 0] = -1.0
    assert source(edited).source_id != first.source_id


def test_only_the_first_rows_travel_with_the_element() -> None:
    rows = 1_000_000
    frame = pd.DataFrame({"a": np.arange(rows), "b": np.random.default_rng(0).random(rows)})
    window = source(frame).first_window()
    assert window.view_row_count == rows
    assert len(window.columns[1].ints.data) == data_source.FIRST_WINDOW_ROWS
    assert window.ByteSize() < 2_000


# -- columns and values -----------------------------------------------------------------------


def test_values_of_each_kind_and_missing_values() -> None:
    frame = pd.DataFrame(
        {
            "int": [1, 2, 3],
            "nullable": pd.array([1, None, 3], dtype="Int64"),
            "float": [1.5, np.nan, np.inf],
            "text": ["a", None, "c"],
            "flag": [True, False, True],
            "when": pd.to_datetime(["2024-01-02 03:04:05", None, "2024-12-31 00:00:00"]),
            "day": [dt.date(2024, 1, 2), None, dt.date(2024, 3, 4)],
            "cat": pd.Categorical(["x", "y", None]),
            "nested": [[1, 2], {"k": 1}, None],
            "span": pd.to_timedelta(["1 day", "2h", None]),
        }
    )
    src = source(frame, hide_index=True)
    kinds = [c.kind for c in src.columns]
    assert kinds == [
        DataColumn.INTEGER,
        DataColumn.INTEGER,
        DataColumn.FLOAT,
        DataColumn.TEXT,
        DataColumn.BOOLEAN,
        DataColumn.DATETIME,
        DataColumn.DATE,
        DataColumn.CATEGORY,
        DataColumn.OBJECT,
        DataColumn.TIMEDELTA,
    ]
    assert values(src, 0) == [1, 2, 3]
    assert values(src, 1) == [1, None, 3]
    assert values(src, 2) == [1.5, None, float("inf")]
    assert values(src, 3) == ["a", None, "c"]
    assert values(src, 4) == [True, False, True]
    assert values(src, 5) == ["2024-01-02T03:04:05", None, "2024-12-31T00:00:00"]
    assert values(src, 6) == ["2024-01-02", None, "2024-03-04"]
    assert values(src, 7) == ["x", "y", None]
    assert json.loads(values(src, 8)[0]) == [1, 2]
    assert values(src, 9)[2] is None
    # A categorical column is a selectbox of its categories.
    assert src.columns[7].config.type == ColumnConfig.SELECTBOX
    assert list(src.columns[7].config.options) == ["x", "y"]


def test_index_columns_come_first_unless_hidden() -> None:
    frame = pd.DataFrame({"v": [1, 2]}, index=pd.Index(["r1", "r2"], name="row"))
    shown = source(frame)
    assert [(c.name, c.is_index, c.key) for c in shown.columns] == [
        ("row", True, "_index"),
        ("v", False, "v"),
    ]
    assert values(shown, 0) == ["r1", "r2"]
    assert [c.name for c in source(frame, hide_index=True).columns] == ["v"]
    multi = frame.set_index(pd.MultiIndex.from_tuples([("a", 1), ("b", 2)], names=["k", "n"]))
    assert [c.name for c in source(multi).columns] == ["k", "n", "v"]


def test_column_order_and_column_config_labels_and_hiding() -> None:
    frame = pd.DataFrame({"a": [1], "b": [2], "c": [3]})
    shown = source(
        frame,
        hide_index=True,
        column_order=("c", "a"),
        column_config={"a": "Alpha", "c": {"label": "Gamma", "width": "small"}},
    )
    assert [c.name for c in shown.columns] == ["Gamma", "Alpha"]
    assert shown.columns[0].config.width == "small"
    hidden = source(frame, hide_index=True, column_config={"b": None})
    assert [c.key for c in hidden.columns] == ["a", "c"]


# -- windows of a view --------------------------------------------------------------------------


def request(**fields: object) -> DataWindowRequest:
    sort = fields.pop("sort", None)
    fields.setdefault("count", 100)
    made = DataWindowRequest(source_id="s", **fields)  # type: ignore[arg-type]
    if sort is not None:
        column, descending = sort  # type: ignore[misc]
        made.sort.add(column=column, descending=descending)
    return made


def test_sorting_puts_missing_values_last_either_way() -> None:
    frame = pd.DataFrame({"v": [3.0, np.nan, 1.0, 2.0], "t": ["b", None, "a", "c"]})
    src = source(frame, hide_index=True)
    assert values(src, 0, request(sort=(0, False))) == [1.0, 2.0, 3.0, None]
    assert values(src, 0, request(sort=(0, True))) == [3.0, 2.0, 1.0, None]
    assert values(src, 1, request(sort=(1, True))) == ["c", "b", "a", None]
    window = src.compute_window(request(sort=(0, False)), never)
    assert window is not None and list(window.positions) == [2, 3, 0, 1]


def test_sorting_integers_dates_and_categories() -> None:
    frame = pd.DataFrame(
        {
            "i": [5, -3, 9, 0],
            "d": pd.to_datetime(["2024-03-01", None, "2023-01-01", "2025-01-01"]),
            "c": pd.Categorical(["lo", "hi", "mid", "lo"], categories=["lo", "mid", "hi"]),
        }
    )
    src = source(frame, hide_index=True)
    assert values(src, 0, request(sort=(0, True))) == [9, 5, 0, -3]
    assert values(src, 1, request(sort=(1, False)))[-1] is None
    assert values(src, 1, request(sort=(1, True)))[-1] is None
    # Categories sort in their own order, not alphabetically.
    assert values(src, 2, request(sort=(2, False))) == ["lo", "lo", "mid", "hi"]


def test_search_looks_in_every_shown_column_without_case() -> None:
    frame = pd.DataFrame(
        {
            "name": ["Ada", "Grace", "Linus"],
            "n": [10, 250, 3],
            "f": [0.5, 1.25, 2.0],
            "flag": [True, False, True],
            "cat": pd.Categorical(["red", "green", "blue"]),
        }
    )
    src = source(frame, hide_index=True)

    def hits(text: str) -> list:
        window = src.compute_window(request(search=text), never)
        assert window is not None
        return [int(p) for p in window.positions]

    assert hits("GRA") == [1]
    assert hits("25") == [1]
    assert hits("false") == [1]
    assert hits("blu") == [2]
    assert hits("nothing") == []


def test_hidden_rows_leave_the_view_and_windows_name_frame_positions() -> None:
    frame = pd.DataFrame({"v": range(10)})
    src = source(frame, hide_index=True)
    req = request(start=2, count=3)
    req.hidden_positions.extend([0, 3])
    window = src.compute_window(req, never)
    assert window is not None
    assert window.view_row_count == 8
    assert list(window.positions) == [4, 5, 6]


def test_a_superseded_search_gives_up() -> None:
    frame = pd.DataFrame({"t": ["x"] * 10})
    assert source(frame).compute_window(request(search="x"), lambda: True) is None


def test_windows_are_capped() -> None:
    src = source(pd.DataFrame({"v": range(10_000)}))
    window = src.compute_window(request(start=0, count=1_000_000), never)
    assert window is not None
    assert len(window.columns[0].ints.data) == data_source.MAX_WINDOW_ROWS


# -- Styler ------------------------------------------------------------------------------------------


def test_a_styler_gives_cell_colours_and_number_formats() -> None:
    pytest.importorskip("jinja2")
    frame = pd.DataFrame({"a": [1, 5, 3], "b": [0.5, np.nan, 2.25]})
    styler = frame.style.highlight_max(subset=["a"], color="yellow").format({"b": "{:.1f}"})
    src = source(styler, hide_index=True)
    window = src.first_window()
    assert list(window.columns[0].css) == ["", "background-color: yellow", ""]
    assert list(window.columns[1].display) == ["0.5", "", "2.2"]


def test_a_large_styler_is_styled_window_by_window(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("jinja2")
    monkeypatch.setattr(data_source, "STYLE_WHOLE_ROWS", 10)
    frame = pd.DataFrame({"v": range(100)})
    styler = frame.style.map(lambda v: "color: red" if v % 2 else "")
    src = source(styler, hide_index=True)
    window = src.compute_window(request(start=50, count=4), never)
    assert window is not None
    assert list(window.columns[0].css) == ["", "color: red", "", "color: red"]


# -- add_rows --------------------------------------------------------------------------------


def test_appended_rows_continue_the_range_index() -> None:
    src = source(pd.DataFrame({"n": [1, 2]}))
    longer = src.appended(pd.DataFrame({"n": [3]}))
    assert longer.row_count == 3
    assert list(longer.frame.index) == [0, 1, 2]
    assert longer.source_id != src.source_id
    with pytest.raises(Exception, match="same columns"):
        src.appended(pd.DataFrame({"other": [1]}))
