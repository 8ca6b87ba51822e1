"""st.cache_data hands out pandas frames as Copy-on-Write shallow copies and numpy arrays as
copies (engine/runtime/caching/values.py): whatever a caller does to what it got, in every way
pandas and numpy allow, the next hit returns the original."""

from __future__ import annotations

import contextlib
import gc
import pickle
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pytest

import dataapp as st
from dataapp.runtime.caching import values
from dataapp.runtime.caching.values import CopiedArray, Pickled, SharedFrame, store

PANDAS_3 = int(pd.__version__.split(".")[0]) >= 3


def make_frame() -> pd.DataFrame:
    """Every dtype the shared path takes: numbers, bool, str, category, datetimes (naive and with
    a time zone), timedelta, nullable integers, Arrow strings; str labels."""
    frame = pd.DataFrame(
        {
            "i": np.array([1, 2, 3], dtype=np.int64),
            "f": [1.5, 2.5, 3.5],
            "b": [True, False, True],
            "s": ["north", "south", "east"],
            "c": pd.Categorical(["x", "y", "x"]),
            "d": pd.to_datetime(["2024-01-01", "2024-01-02", "2024-01-03"]),
            "z": pd.to_datetime(["2024-01-01", "2024-01-02", "2024-01-03"]).tz_localize("UTC"),
            "t": pd.to_timedelta([1, 2, 3], unit="s"),
            "n": pd.array([1, None, 3], dtype="Int64"),
            "a": pd.array(["p", None, "r"], dtype="string[pyarrow]"),
        },
        index=pd.Index([10, 20, 30], name="row"),
    )
    frame.columns.name = "cols"
    frame.attrs["source"] = {"file": "sales.csv"}
    return frame


ORIGINAL = make_frame()


def _fails_or_runs(
    mutate: Callable[[Any], object], target: Any, after_others: bool = False
) -> None:
    """Run a mutation; refusing it (a read-only buffer) is isolation too. `after_others`: the
    target went through other mutations first (a dropped column raises KeyError)."""
    refusals: tuple[type[Exception], ...] = (ValueError, TypeError, NotImplementedError)
    if after_others:
        refusals = (Exception,)
    with contextlib.suppress(*refusals):
        mutate(target)


def _write_numpy(array: np.ndarray) -> None:
    with contextlib.suppress(ValueError):
        array.setflags(write=True)
    array[...] = array[0] if array.ndim == 1 else array[0, 0]


def _write_base(array: np.ndarray) -> None:
    base = array
    while isinstance(base.base, np.ndarray):
        base = base.base
    _write_numpy(base)


def _writes_through_arrays(frame: pd.DataFrame) -> None:
    for name in frame.columns:
        column = frame[name]
        for array in (column.to_numpy(), column.values, np.asarray(column)):
            if isinstance(array, np.ndarray):
                _fails_or_runs(_write_numpy, array)
                _fails_or_runs(_write_base, array)
        extension = column.array
        _fails_or_runs(lambda a: a.__setitem__(0, a[1]), extension)
        _fails_or_runs(lambda a: a.__setitem__(slice(None), a[1]), extension)
        for attribute in ("_ndarray", "_data", "_mask", "codes"):
            inner = getattr(extension, attribute, None)
            if isinstance(inner, np.ndarray):
                _fails_or_runs(_write_numpy, inner)
    for array in (frame.values, frame.to_numpy(), np.asarray(frame), frame.index.values):
        _fails_or_runs(_write_numpy, array)
        _fails_or_runs(_write_base, array)
    _fails_or_runs(_write_numpy, frame["i"].to_numpy(copy=False))
    _fails_or_runs(_write_numpy, frame[["i"]].to_numpy())
    _fails_or_runs(_write_numpy, frame["c"].cat.codes.to_numpy())


MUTATIONS: dict[str, Callable[[pd.DataFrame], object]] = {
    "setitem existing column": lambda f: f.__setitem__("i", 0),
    "setitem new column": lambda f: f.__setitem__("new", 1),
    "iloc cell": lambda f: f.iloc.__setitem__((0, 0), 99),
    "iloc row": lambda f: f.iloc.__setitem__(0, f.iloc[1]),
    "loc cell": lambda f: f.loc.__setitem__((10, "f"), -1.0),
    "loc mask": lambda f: f.loc.__setitem__((f["i"] > 1, "s"), "changed"),
    "at/iat": lambda f: (f.at.__setitem__((10, "s"), "west"), f.iat.__setitem__((1, 1), 0.0)),
    "column series iloc": lambda f: f["f"].iloc.__setitem__(0, 100.0),
    "column series setitem": lambda f: f["s"].__setitem__(10, "north-east"),
    "categorical set": lambda f: f.loc.__setitem__((10, "c"), "y"),
    "datetime set": lambda f: f.loc.__setitem__((10, "d"), pd.Timestamp("1999-01-01")),
    "nullable set": lambda f: f.loc.__setitem__((20, "n"), 7),
    "arrow string set": lambda f: f.loc.__setitem__((20, "a"), "q"),
    "augmented assignment": lambda f: f["i"].__iadd__(5),
    "frame augmented": lambda f: f[["i", "f"]].__imul__(2),
    "fillna inplace": lambda f: f.fillna({"n": 0, "f": 0.0}, inplace=True),
    "replace inplace": lambda f: f.replace("north", "nord", inplace=True),
    "clip inplace": lambda f: f[["i", "f"]].clip(0, 1, inplace=True),
    "where/mask inplace": lambda f: (
        f["f"].where(f["f"] > 2, 0, inplace=True),
        f["i"].mask(f["i"] > 1, 0, inplace=True),
    ),
    "sort_values inplace": lambda f: f.sort_values("f", ascending=False, inplace=True),
    "sort_index inplace": lambda f: f.sort_index(ascending=False, inplace=True),
    "drop column inplace": lambda f: f.drop(columns=["s"], inplace=True),
    "drop row inplace": lambda f: f.drop(index=[10], inplace=True),
    "del column": lambda f: f.__delitem__("f"),
    "pop column": lambda f: f.pop("b"),
    "insert column": lambda f: f.insert(0, "first", 1),
    "rename inplace": lambda f: f.rename(columns={"i": "ii"}, index={10: 11}, inplace=True),
    "rename_axis inplace": lambda f: f.rename_axis("renamed", inplace=True),
    "index name": lambda f: setattr(f.index, "name", "renamed"),
    "index names": lambda f: setattr(f.index, "names", ["renamed"]),
    "columns name": lambda f: setattr(f.columns, "name", "renamed"),
    "assign index": lambda f: setattr(f, "index", [1, 2, 3]),
    "assign columns": lambda f: setattr(f, "columns", list("abcdefghij")),
    "reset_index inplace": lambda f: f.reset_index(inplace=True),
    "set_index inplace": lambda f: f.set_index("i", inplace=True),
    "dropna inplace": lambda f: f.dropna(inplace=True),
    "drop_duplicates inplace": lambda f: f.drop_duplicates(subset=["c"], inplace=True),
    "update": lambda f: f.update(pd.DataFrame({"f": [0.0, 0.0, 0.0]}, index=f.index)),
    "eval inplace": lambda f: f.eval("g = i * 2", inplace=True),
    "query inplace": lambda f: f.query("i > 1", inplace=True),
    "interpolate inplace": lambda f: f[["f"]].interpolate(inplace=True),
    "astype then set": lambda f: f.astype({"i": "float64"}).iloc.__setitem__((0, 0), 0.5),
    "attrs": lambda f: f.attrs["source"].__setitem__("file", "other.csv"),
    "flags": lambda f: setattr(f.flags, "allows_duplicate_labels", False),
    "series name": lambda f: setattr(f["i"], "name", "renamed"),
    "writes through arrays": _writes_through_arrays,
}


class _SubFrame(pd.DataFrame):
    """A subclass may keep state a shallow copy would share: pickled."""


@pytest.fixture
def cached_frame() -> Callable[[], pd.DataFrame]:
    calls: list[int] = []

    @st.cache_data
    def load() -> pd.DataFrame:
        calls.append(1)
        return make_frame()

    load.clear()
    load()  # the miss
    yield load
    assert len(calls) == 1, "every later call must be a hit"
    load.clear()


@pytest.mark.parametrize("name", list(MUTATIONS))
def test_mutating_a_hit_never_reaches_the_next_hit(
    cached_frame: Callable[[], pd.DataFrame], name: str
) -> None:
    got = cached_frame()
    MUTATIONS[name](got)  # each one works on a hit (writes through arrays may be refused)
    again = cached_frame()
    pd.testing.assert_frame_equal(again, ORIGINAL)
    assert again.attrs == ORIGINAL.attrs
    assert again.flags.allows_duplicate_labels
    # Every mutation at once, on one copy, and the miss's own value too.
    for mutation in MUTATIONS.values():
        _fails_or_runs(mutation, again, after_others=True)
    pd.testing.assert_frame_equal(cached_frame(), ORIGINAL)


def test_mutating_the_value_of_the_miss_never_reaches_a_hit() -> None:
    @st.cache_data
    def load() -> pd.DataFrame:
        return make_frame()

    load.clear()
    first = load()
    for mutation in MUTATIONS.values():
        _fails_or_runs(mutation, first, after_others=True)
    pd.testing.assert_frame_equal(load(), ORIGINAL)
    load.clear()


def test_arrays_the_function_shares_stay_its_own() -> None:
    # The function returns a frame over an array it keeps (copy=False) and writes to later.
    kept = np.arange(5.0)

    @st.cache_data
    def load() -> pd.DataFrame:
        return pd.DataFrame({"x": kept}, copy=False)

    load.clear()
    load()
    kept[:] = -1
    assert load()["x"].tolist() == [0.0, 1.0, 2.0, 3.0, 4.0]
    kept[:] = 0  # the function's own array is still writeable
    load.clear()


def test_the_ordinary_writes_an_app_makes_to_a_hit_work() -> None:
    @st.cache_data
    def load() -> pd.DataFrame:
        return make_frame()

    load.clear()
    load()
    got = load()
    got.iloc[0, 0] = 42
    got["f"] += 1
    got.loc[got["i"] > 2, "s"] = "far"
    got.loc[10, "c"] = "y"
    got["n"] = got["n"].fillna(0)
    got.sort_values("f", inplace=True)
    got["extra"] = got["i"] * 2
    assert got.loc[10, "i"] == 42 and got.loc[30, "s"] == "far" and got.loc[10, "c"] == "y"
    assert got["f"].tolist() == [2.5, 3.5, 4.5]
    pd.testing.assert_frame_equal(load(), ORIGINAL)
    load.clear()


def test_a_copy_outliving_its_entry_stays_writeable() -> None:
    """The kept frame's buffers are read-only; a hit's copy whose entry is gone (ttl, clear,
    max_entries) must still take writes: Copy-on-Write copies only while a buffer is shared."""

    @st.cache_data(max_entries=1)
    def load(n: int) -> pd.DataFrame:
        return make_frame() if n == 0 else pd.DataFrame({"n": [n]})

    load.clear()
    load(0)
    got = load(0)
    column = load(0)["f"]  # a series whose frame is gone at once
    load.clear()
    gc.collect()
    got.iloc[0, 0] = 7
    got["i"] += 1
    column.iloc[0] = 0.0
    got.fillna({"n": 0}, inplace=True)
    assert got["i"].tolist() == [8, 3, 4] and column.tolist() == [0.0, 2.5, 3.5]
    # Once no copy shares them, the retired frames are let go.
    del got, column
    gc.collect()
    values._RETIRED.tidy()
    assert len(values._RETIRED) == 0


def test_which_values_share_and_which_are_pickled() -> None:
    assert isinstance(store(make_frame()), SharedFrame) == PANDAS_3
    assert isinstance(store(make_frame()["s"]), SharedFrame) == PANDAS_3
    # Python objects a shallow copy would share (even strings: their array cannot be made
    # read-only for good): pickled.
    assert isinstance(store(pd.DataFrame({"lists": [[1], [2]]})), Pickled)
    assert isinstance(store(pd.DataFrame({"o": pd.Series(["a"], dtype=object)})), Pickled)
    assert isinstance(store(pd.Series(pd.array(["a"], dtype="string[python]"))), Pickled)
    # Labels of immutable Python objects are shared (each hit copies them).
    assert (
        isinstance(
            store(pd.DataFrame({"x": [1]}, index=pd.Index(["a"], dtype=object))), SharedFrame
        )
        == PANDAS_3
    )
    assert isinstance(store(pd.DataFrame({"x": [1]}, index=pd.Index([[1], [2]][:1]))), Pickled)
    assert isinstance(store(pd.DataFrame({"v": pd.arrays.SparseArray([0, 1])})), Pickled)
    assert isinstance(store(pd.Series(pd.interval_range(0, 2))), Pickled)

    assert isinstance(store(_SubFrame({"x": [1]})), Pickled)
    assert isinstance(store(np.arange(3)), CopiedArray)
    assert isinstance(store(np.array([[1], "a"], dtype=object)), Pickled)
    assert isinstance(store({"a": [1]}), Pickled)


def test_numpy_arrays_are_handed_out_as_writeable_copies() -> None:
    source = np.arange(12.0).reshape(3, 4).T  # Fortran order: the copies keep it

    @st.cache_data
    def load() -> np.ndarray:
        return source

    load.clear()
    first = load()
    first[0, 0] = -1  # the miss returns the function's own array, as Streamlit does
    got = load()
    assert got.flags.writeable and got.flags.f_contiguous
    got[:] = 0
    assert load().tolist() == np.arange(12.0).reshape(3, 4).T.tolist()
    load.clear()


def test_pickle_round_trip_of_a_kept_frame_is_the_value() -> None:
    kept = store(make_frame())
    again = pickle.loads(kept.to_bytes())
    pd.testing.assert_frame_equal(again, ORIGINAL)
    again.iloc[0, 0] = 1  # what an entry file gives back is writeable
