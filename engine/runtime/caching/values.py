"""How `st.cache_data` keeps a return value, and gives every caller its own copy of it.

Chosen once, when a value is stored (computed on a miss, or read from a file):

- **pandas frames and series under Copy-on-Write** (pandas 3; pandas 2 with
  `mode.copy_on_write` on) whose columns hold no Python objects (numbers, bools, datetimes,
  categoricals, nullable and Arrow-backed columns, pandas 3's `str` with pyarrow): a private
  deep copy is kept whose buffers live in read-only memory, and each hit gets a shallow copy
  (microseconds). Copy-on-Write copies a buffer before pandas writes to it; the read-only memory
  stops what would bypass it (`Series.array[i] = v`, a `to_numpy()` view made writeable again,
  even through its `.base`). A kept frame outlives its entry while a hit's copy still shares its
  buffers, so that Copy-on-Write keeps copying for them (`_Retired`).
- **numpy arrays without Python objects**: a private copy is kept and each hit gets a copy of
  it, writeable, as Streamlit hands out (a read-only view could be made writeable through its
  `base`).
- **polars frames and series without Python objects**: a private clone is kept and each hit
  gets a clone of it (microseconds). polars' buffers are shared and copied before any write to
  a shared one (`df[0, "a"] = v`, `Series.scatter`), and a numpy view of them is read-only, so
  nothing done to a hit reaches the kept value.
- **Anything else**: pickled; each hit unpickles its own copy.

Thread-safe: a kept value is never changed after `store` returns, and every thread may hand out
copies of it at once; the retired frames have their own lock. pandas and numpy are imported only
when the value is one of their objects (`import dataapp` stays light).
"""

from __future__ import annotations

import io
import pickle
import sys
import threading
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import numpy as np

# `pandas.api.types.infer_dtype` kinds of object labels (an index or the column labels) whose
# elements are immutable: a copy of the labels' array is as good as a deep one. ("mixed" could
# hold lists or dicts.)
_IMMUTABLE_OBJECT_KINDS = frozenset(
    {
        "empty",
        "string",
        "bytes",
        "integer",
        "floating",
        "mixed-integer-float",
        "complex",
        "decimal",
        "boolean",
        "datetime64",
        "datetime",
        "date",
        "timedelta64",
        "timedelta",
        "time",
    }
)


class StoredValue(Protocol):
    """A value as a cache entry keeps it."""

    def hand_out(self) -> Any:
        """A copy for one caller: nothing the caller does to it reaches the kept value."""
        ...

    def to_bytes(self) -> bytes:
        """The value pickled, as an entry file holds it."""
        ...


@dataclass(frozen=True)
class Pickled:
    """The general case: pickled bytes, unpickled on every hit."""

    data: bytes

    def hand_out(self) -> Any:
        return pickle.loads(self.data)

    def to_bytes(self) -> bytes:
        return self.data


@dataclass(frozen=True)
class CopiedArray:
    """A private numpy array; every hit gets a copy (same memory layout)."""

    array: np.ndarray[Any, Any]

    def hand_out(self) -> Any:
        return self.array.copy(order="K")

    def to_bytes(self) -> bytes:
        return _dumps(self.array)


@dataclass(frozen=True)
class ClonedPolars:
    """A private polars DataFrame or Series; every hit gets a clone (buffers shared, copied
    before a write)."""

    value: Any

    def hand_out(self) -> Any:
        return self.value.clone()

    def to_bytes(self) -> bytes:
        return _dumps(self.value)


class SharedFrame:
    """A private DataFrame or Series with read-only buffers; every hit gets a shallow copy."""

    def __init__(self, frame: Any, object_labels: bool) -> None:
        self.frame = frame
        # Labels of Python objects (pandas 2's string labels) sit in a numpy array of object
        # dtype, which cannot live in read-only memory: every hit gets its own copy of them.
        self._object_labels = object_labels
        # When the entry goes (ttl, max_entries, clear), the frame waits for its copies to go.
        weakref.finalize(self, _RETIRED.add, frame).atexit = False

    def hand_out(self) -> Any:
        _RETIRED.tidy()
        if not copy_on_write():
            # pandas 2 whose Copy-on-Write was switched off after the value was stored: a deep
            # copy (its buffers writeable, the kept ones untouched).
            return self.frame.copy(deep=True)
        copy = self.frame.copy(deep=False)
        if self._object_labels:
            copy.index = copy.index.copy(deep=True)
            if hasattr(copy, "columns"):
                copy.columns = copy.columns.copy(deep=True)
        return copy

    def to_bytes(self) -> bytes:
        # Protocol 4: protocol 5 would give read-only arrays back, as the kept ones are.
        return pickle.dumps(self.frame, protocol=4)


def store(value: Any) -> StoredValue:
    """How to keep `value`, a function's return value (its caller keeps it too).

    Raises what pickle raises for a value that cannot be pickled.
    """
    kept = _frame(value) or _array(value) or _polars(value)
    return kept if kept is not None else Pickled(_dumps(value))


def from_bytes(data: bytes) -> StoredValue:
    """How to keep a value read from an entry file (raises what unpickling raises)."""
    value = pickle.loads(data)
    kept = _frame(value) or _array(value) or _polars(value)
    return kept if kept is not None else Pickled(data)


def copy_on_write() -> bool:
    """Whether pandas copies shared buffers before writing to them (always from pandas 3)."""
    import pandas as pd

    if int(pd.__version__.split(".")[0]) >= 3:
        return True
    return pd.options.mode.copy_on_write is True


def _dumps(value: Any) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


# -- pandas ------------------------------------------------------------------------------------


def _frame(value: Any) -> SharedFrame | None:
    pd = sys.modules.get("pandas")
    if pd is None or type(value) not in (pd.DataFrame, pd.Series) or not copy_on_write():
        # Subclasses may carry state of their own that a shallow copy would share.
        return None
    labels = [value.index, value.columns] if isinstance(value, pd.DataFrame) else [value.index]
    if not all(_labels_can_share(index) for index in labels):
        return None
    if not all(_column_can_share(block.values) for block in value._mgr.blocks):
        return None
    frame = _read_only_copy(value)
    if frame is None:
        return None
    for array in _arrays_of(frame):
        if not isinstance(array, sys.modules["numpy"].ndarray):
            # pandas 3's flag: __setitem__ raises instead of writing (pandas issue 63099:
            # `Series.array` hands out the block's own array).
            array._readonly = True
    _RETIRED.tidy()
    return SharedFrame(frame, object_labels=any(i.dtype == object for i in _flat_labels(frame)))


def _read_only_copy(value: Any) -> Any:
    """A deep copy of `value` whose numpy buffers live in `bytes`: read-only for good, not even
    `.base.setflags(write=True)` makes them writeable. None when one is not (a kind pickle
    rebuilds by copying)."""
    buffers: list[pickle.PickleBuffer] = []
    out = io.BytesIO()
    _BufferPickler(out, protocol=5, buffer_callback=buffers.append).dump(value)
    copy = pickle.loads(out.getbuffer(), buffers=[bytes(buffer.raw()) for buffer in buffers])
    arrays = [array for values in _arrays_of(copy) for array in _buffers_of(values)]
    return copy if all(_in_read_only_memory(array) for array in arrays) else None


class _BufferPickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        """Pickle datetime64/timedelta64 arrays as their int64 view: numpy pickles arrays whose
        dtype has metadata (the unit) in-band, and rebuilds them by copying into writeable
        memory."""
        np = sys.modules["numpy"]
        if type(obj) is np.ndarray and obj.dtype.kind in "mM" and obj.dtype.itemsize == 8:
            return _view_as, (obj.view(np.int64), obj.dtype)
        return NotImplemented


def _view_as(array: np.ndarray[Any, Any], dtype: Any) -> np.ndarray[Any, Any]:
    return array.view(dtype)


def _arrays_of(frame: Any) -> list[Any]:
    """The arrays of a frame's columns and of its labels that hold data."""
    return [block.values for block in frame._mgr.blocks] + [
        index._data for index in _flat_labels(frame) if index.dtype != object
    ]


def _buffers_of(values: Any) -> list[np.ndarray[Any, Any]]:
    """The numpy buffers of a column's array (Arrow arrays have none: Arrow is immutable)."""
    import numpy as np
    from pandas.core.arrays import BaseMaskedArray
    from pandas.core.arrays._mixins import NDArrayBackedExtensionArray

    if isinstance(values, np.ndarray):
        return [values]
    if isinstance(values, NDArrayBackedExtensionArray):
        return [values._ndarray]
    if isinstance(values, BaseMaskedArray):
        masked: Any = values  # pandas-stubs leave out its two arrays
        return [masked._data, masked._mask]
    return []


def _in_read_only_memory(array: np.ndarray[Any, Any]) -> bool:
    import numpy as np

    root = array
    while isinstance(root.base, np.ndarray):
        root = root.base
    return root.base is not None and memoryview(root.base).readonly


def _column_can_share(values: Any) -> bool:
    """Whether a column's array is of a kind whose shallow copies are safe to hand out."""
    import numpy as np
    from pandas.core.arrays import ArrowExtensionArray, BaseMaskedArray
    from pandas.core.arrays._mixins import NDArrayBackedExtensionArray

    if isinstance(values, np.ndarray):
        # Python objects live outside the buffer: a copy would share them.
        return not values.dtype.hasobject
    # Without pandas 3's read-only extension arrays, `.array[i] = v` would write to the kept
    # frame (an Arrow array swaps its data in place): such columns are pickled.
    if not hasattr(values, "_readonly"):
        return False
    if isinstance(values, NDArrayBackedExtensionArray):
        # Categorical codes, datetimes, timedeltas, periods; not python-backed strings.
        return not values._ndarray.dtype.hasobject
    # Arrow arrays are immutable; sparse, interval and third-party arrays are unknown.
    return isinstance(values, (BaseMaskedArray, ArrowExtensionArray))


def _labels_can_share(index: Any) -> bool:
    """Index and column labels: as columns, or Python objects known to be immutable (each hit
    gets its own copy of those, see SharedFrame)."""
    import pandas as pd

    if isinstance(index, pd.MultiIndex):
        # Its codes are read-only already.
        return all(_labels_can_share(level) for level in index.levels)
    if isinstance(index, pd.RangeIndex):
        return True
    if index.dtype == object:
        return _kind(index) in _IMMUTABLE_OBJECT_KINDS
    return _column_can_share(index._data)


def _flat_labels(frame: Any) -> list[Any]:
    """The frame's Index objects that hold data (the levels of a MultiIndex; no RangeIndex)."""
    import pandas as pd

    found: list[Any] = []
    for index in [frame.index, frame.columns] if isinstance(frame, pd.DataFrame) else [frame.index]:
        levels = list(index.levels) if isinstance(index, pd.MultiIndex) else [index]
        found += [level for level in levels if not isinstance(level, pd.RangeIndex)]
    return found


def _kind(values: Any) -> str:
    from pandas.api.types import infer_dtype

    return str(infer_dtype(values, skipna=True))


class _Retired:
    """Thread-safe. Kept frames whose entry is gone but whose buffers a hit's copy still shares.

    Such a copy has Copy-on-Write copy a buffer before writing to it only while another frame
    shares it; with the kept frame gone it would write in place, into a read-only buffer.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._frames: list[Any] = []

    def add(self, frame: Any) -> None:
        with self._lock:
            self._frames.append(frame)
        self.tidy()

    def tidy(self) -> None:
        """Let go of the frames nothing shares a buffer with any more."""
        with self._lock:
            self._frames = [frame for frame in self._frames if _shared(frame)]

    def __len__(self) -> int:
        with self._lock:
            return len(self._frames)


def _shared(frame: Any) -> bool:
    return any(block.refs.has_reference() for block in frame._mgr.blocks)


_RETIRED = _Retired()


# -- numpy -------------------------------------------------------------------------------------


def _array(value: Any) -> CopiedArray | None:
    np = sys.modules.get("numpy")
    if np is None or type(value) is not np.ndarray or value.dtype.hasobject:
        return None
    return CopiedArray(value.copy(order="K"))


# -- polars ------------------------------------------------------------------------------------


def _polars(value: Any) -> ClonedPolars | None:
    pl = sys.modules.get("polars")
    if pl is None or type(value) not in (pl.DataFrame, pl.Series):
        return None
    dtypes = value.dtypes if isinstance(value, pl.DataFrame) else [value.dtype]
    # An Object column (also nested in a list or struct) holds Python objects a clone shares.
    if any("Object" in str(dtype) for dtype in dtypes):
        return None
    return ClonedPolars(value.clone())
