"""`st.cache_data` hands out polars frames and series as clones of a kept one: a hit costs
microseconds, and nothing done to a hit (or to the value the miss returned) reaches the next
hit. Object columns stay pickled."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import pytest

pl = pytest.importorskip("polars")

from dataapp.runtime.caching.values import ClonedPolars, Pickled, _polars, store  # noqa: E402


def _frame() -> Any:
    return pl.DataFrame({"a": [1, 2, 3], "s": ["x", "y", "z"], "l": [[1], [2], [3]]})


def _set_cell(df: Any) -> None:
    df[0, "a"] = 99


def _replace_column(df: Any) -> None:
    df.replace_column(0, pl.Series("a", [7, 7, 7]))


def _insert_column(df: Any) -> None:
    df.insert_column(0, pl.Series("new", [0, 0, 0]))


def _drop_in_place(df: Any) -> None:
    df.drop_in_place("s")


def _rename(df: Any) -> None:
    df.columns = ["b", "t", "m"]


def _extend(df: Any) -> None:
    df.extend(pl.DataFrame({"a": [4], "s": ["w"], "l": [[4]]}))


def _scatter(df: Any) -> None:
    df.get_column("a").scatter([0], [55])


def _numpy_write(df: Any) -> None:
    array = df.get_column("a").to_numpy()
    with contextlib.suppress(ValueError):  # read-only, as polars hands it out
        array[0] = 42


MUTATIONS: dict[str, Callable[[Any], None]] = {
    "set a cell": _set_cell,
    "replace a column": _replace_column,
    "insert a column": _insert_column,
    "drop a column in place": _drop_in_place,
    "rename the columns": _rename,
    "extend with rows": _extend,
    "scatter into a column": _scatter,
    "write through a numpy view": _numpy_write,
}


@pytest.mark.parametrize("mutate", MUTATIONS.values(), ids=list(MUTATIONS))
def test_mutating_a_hit_never_reaches_the_next_hit(mutate: Callable[[Any], None]) -> None:
    kept = store(_frame())
    assert isinstance(kept, ClonedPolars)
    hit = kept.hand_out()
    mutate(hit)
    assert kept.hand_out().equals(_frame())


@pytest.mark.parametrize("mutate", MUTATIONS.values(), ids=list(MUTATIONS))
def test_mutating_the_value_the_miss_returned_never_reaches_a_hit(
    mutate: Callable[[Any], None],
) -> None:
    value = _frame()
    kept = store(value)
    mutate(value)
    assert kept.hand_out().equals(_frame())


def test_series_are_cloned_too() -> None:
    kept = store(pl.Series("a", [1, 2, 3]))
    hit = kept.hand_out()
    hit[0] = 100
    assert kept.hand_out().to_list() == [1, 2, 3]


def test_object_columns_are_never_shared() -> None:
    # Their Python objects would be shared by every clone; pickling them is what is left (and
    # polars cannot pickle them, as under Streamlit).
    frame = pl.DataFrame({"o": pl.Series([{1}, {2}], dtype=pl.Object)})
    assert _polars(frame) is None
    assert isinstance(store(pl.DataFrame({"a": [1]}).to_pandas().to_dict()), Pickled)


def test_a_kept_frame_round_trips_through_bytes() -> None:
    from dataapp.runtime.caching.values import from_bytes

    kept = from_bytes(store(_frame()).to_bytes())
    assert isinstance(kept, ClonedPolars) and kept.hand_out().equals(_frame())
