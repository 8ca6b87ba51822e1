"""st.data_editor's value: the page's edits applied to a copy of the app's frame."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from dataapp.elements.data.edits import apply_edits, edits_json, parse_edits


def test_cell_edits_deletions_and_added_rows() -> None:
    frame = pd.DataFrame({"name": ["a", "b", "c"], "n": [1, 2, 3]})
    state = {
        "edited_rows": {0: {"name": "A"}, 2: {"n": 30}},
        "added_rows": [{"name": "d", "n": 4}],
        "deleted_rows": [1],
    }
    edited = apply_edits(frame, state)
    assert list(edited["name"]) == ["A", "c", "d"]
    assert list(edited["n"]) == [1, 30, 4]
    assert list(edited.index) == [0, 2, 3]
    assert edited["n"].dtype == np.int64
    # The app's frame is untouched.
    assert list(frame["name"]) == ["a", "b", "c"]


def test_values_are_read_as_the_columns_type() -> None:
    frame = pd.DataFrame(
        {
            "f": [1.0],
            "b": [False],
            "when": pd.to_datetime(["2024-01-01 00:00:00"]),
            "day": [dt.date(2024, 1, 1)],
            "cat": pd.Categorical(["x"]),
        }
    )
    state = {
        "edited_rows": {
            0: {
                "f": "2.5",
                "b": True,
                "when": "2025-02-03T04:05:06",
                "day": "2025-02-03",
                "cat": "y",
            }
        }
    }
    edited = apply_edits(frame, state)
    row = edited.iloc[0]
    assert row["f"] == 2.5
    assert bool(row["b"]) is True
    assert row["when"] == pd.Timestamp("2025-02-03 04:05:06")
    assert row["day"] == dt.date(2025, 2, 3)
    assert row["cat"] == "y"


def test_a_missing_value_in_an_integer_column_widens_it() -> None:
    frame = pd.DataFrame({"n": [1, 2]})
    edited = apply_edits(frame, {"edited_rows": {1: {"n": None}}})
    assert edited["n"].isna().tolist() == [False, True]
    assert edited["n"].iloc[0] == 1


def test_edits_that_do_not_fit_are_skipped() -> None:
    frame = pd.DataFrame({"n": [1, 2]})
    edited = apply_edits(
        frame,
        {"edited_rows": {0: {"n": "not a number"}, 9: {"n": 5}, 1: {"missing": 1}}},
    )
    assert list(edited["n"]) == [1, 2]


def test_new_rows_of_an_integer_index_continue_it_and_others_need_a_label() -> None:
    by_int = pd.DataFrame({"v": [1]}, index=[10])
    assert list(apply_edits(by_int, {"added_rows": [{"v": 2}]}).index) == [10, 11]
    by_name = pd.DataFrame({"v": [1]}, index=["a"])
    added = apply_edits(by_name, {"added_rows": [{"v": 2}, {"_index": "b", "v": 3}]})
    assert list(added.index) == ["a", "b"]
    assert list(added["v"]) == [1, 3]


def test_the_state_survives_json() -> None:
    state = {"edited_rows": {3: {"a": 1}}, "added_rows": [{"a": None}], "deleted_rows": [5, 1]}
    again = parse_edits(edits_json(state))
    assert again == {
        "edited_rows": {3: {"a": 1}},
        "added_rows": [{"a": None}],
        "deleted_rows": [1, 5],
    }
    assert parse_edits("") == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
