"""Freeze session-state values at the end of a run, so that a snapshot is one run's state.

`capture` runs on the script thread, right after a run, before the next run can change
anything: it turns each value into a form no later run can change, as cheaply as that value
allows. `Captured.finish` turns that form into the stored bytes later, on the writer thread.

- str, int, float, bool, None: immutable, encoded at once (microseconds).
- pandas objects: a shallow copy under Copy-on-Write (pandas >= 3 always; a deep copy on older
  pandas), numpy arrays of plain dtypes: a copy. Microseconds, whatever their size; they are
  pickled on the writer thread.
- anything else (dicts, lists, sets, dataclasses, ...): pickled now, which copies it in C
  (about 0.4 µs per small value); the writer stores JSON when the value is JSON-like
  (see codec.py) and these pickle bytes otherwise.
"""

from __future__ import annotations

import io
import pickle
import sys
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any

from .codec import (
    JSON_CODEC,
    PICKLE_CODEC,
    NotJsonLike,
    UnstorableValueError,
    encode,
    tagged_json,
)
from .store import Encoded

_IMMUTABLE_SCALARS = (str, int, float, bool, type(None))
# Containers are pickled without asking whether they are arrays: the common case, kept fast.
_CONTAINERS = (dict, list, tuple, set, frozenset)


class Captured(ABC):
    """One key's value as it was at the end of a run."""

    @abstractmethod
    def finish(self, max_bytes: int) -> Encoded:
        """The codec and bytes to store; raises UnstorableValueError. Any thread."""


@dataclass(frozen=True)
class AlreadyEncoded(Captured):
    """Already in its stored form (an immutable scalar, or a value restored from disk)."""

    encoded: Encoded

    def finish(self, max_bytes: int) -> Encoded:
        _check_size(self.encoded[1], "value", max_bytes)
        return self.encoded


@dataclass(frozen=True, slots=True)
class Pickled(Captured):
    """A value pickled on the script thread: a private copy of it, as bytes."""

    data: bytes
    type_name: str

    def finish(self, max_bytes: int) -> Encoded:
        _check_size(self.data, self.type_name, max_bytes)
        try:
            copy = _JsonTypesUnpickler(io.BytesIO(self.data)).load()
            data = tagged_json(copy)
        except Exception:
            # Not JSON-like (or holds a class only the app knows): these bytes are the value.
            return PICKLE_CODEC, self.data
        _check_size(data, self.type_name, max_bytes)
        return JSON_CODEC, data


@dataclass(frozen=True, eq=False)
class CopiedArray(Captured):
    """A pandas object or numpy array copied on the script thread; pickled on the writer's."""

    copy: Any

    def finish(self, max_bytes: int) -> Encoded:
        return encode(self.copy, max_bytes)


def capture(value: Any, max_bytes: int) -> Captured:
    """Freeze `value` (script thread, end of a run); raises UnstorableValueError."""
    kind = type(value)
    if kind in _IMMUTABLE_SCALARS:
        return AlreadyEncoded(encode(value, max_bytes))
    if kind not in _CONTAINERS:
        copied = _copy_of_array(value)
        if copied is not None:
            return CopiedArray(copied)
    try:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as error:
        raise UnstorableValueError(f"a {kind.__name__} cannot be saved ({error})") from None
    _check_size(data, kind.__name__, max_bytes)
    return Pickled(data, kind.__name__)


def _copy_of_array(value: Any) -> Any:
    """A copy of a pandas object or plain numpy array that the app cannot change, or None."""
    pandas = sys.modules.get("pandas")
    if pandas is not None and type(value) in (pandas.DataFrame, pandas.Series, pandas.Index):
        copy_on_write = int(pandas.__version__.split(".")[0]) >= 3
        # Under Copy-on-Write a shallow copy is a snapshot: writes to the original copy first.
        return value.copy(deep=not copy_on_write)
    numpy = sys.modules.get("numpy")
    if numpy is not None and type(value) is numpy.ndarray and value.dtype != object:
        return value.copy()
    return None


def _check_size(data: bytes, type_name: str, max_bytes: int) -> None:
    if len(data) > max_bytes:
        raise UnstorableValueError(
            f"a {type_name} of {len(data) / 1e6:.1f} MB is over the "
            f"{max_bytes / 1e6:.0f} MB limit ([persistence] max_value_mb)"
        )


# The classes a JSON-like value may hold (codec.py's tagged types); unpickling anything else
# stops, so that no code of the app runs on the writer thread.
_PATH_CLASSES = ("PosixPath", "WindowsPath", "PurePosixPath", "PureWindowsPath")
_JSON_CLASSES = {
    ("builtins", "set"),
    ("builtins", "frozenset"),
    ("datetime", "datetime"),
    ("datetime", "date"),
    ("datetime", "time"),
    ("datetime", "timedelta"),
    ("datetime", "timezone"),
    ("decimal", "Decimal"),
    ("uuid", "UUID"),
    # pathlib became a package in Python 3.13; its classes pickle under pathlib._local.
    *(("pathlib", name) for name in _PATH_CLASSES),
    *(("pathlib._local", name) for name in _PATH_CLASSES),
}


class _JsonTypesUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _JSON_CLASSES:
            raise NotJsonLike(f"{module}.{name}")
        return super().find_class(module, name)
