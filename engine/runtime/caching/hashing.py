"""Stable hashing of cached functions and of their arguments. Pure; any thread.

The same value gives the same digest in every run and every session of one process (a value of a
class the app script defines again on each rerun included), so that reruns share cache entries.
pandas and numpy are imported only when an argument is one of their objects.
"""

from __future__ import annotations

import dataclasses
import datetime
import decimal
import enum
import fractions
import hashlib
import inspect
import pathlib
import pickle
import re
import struct
import types
import uuid
from collections.abc import Callable, Mapping
from typing import Any

HashFuncs = Mapping[type | str, Callable[[Any], Any]]

_DIGEST_SIZE = 16


class UnhashableTypeError(Exception):
    """Internal: a value inside an argument cannot be hashed; says which type and why."""

    def __init__(self, type_name: str, reason: str) -> None:
        super().__init__(reason)
        self.type_name = type_name
        self.reason = reason


class HashFuncError(Exception):
    """Internal: a user's hash_funcs function raised `error` for a value of `type_name`."""

    def __init__(self, type_name: str, error: BaseException) -> None:
        super().__init__(str(error))
        self.type_name = type_name
        self.error = error


def qualified_type_name(t: type) -> str:
    """The "module.QualName" form hash_funcs accepts as a key besides the type itself."""
    return f"{t.__module__}.{t.__qualname__}"


class Hasher:
    """Digests values. One instance may digest many values; it keeps no state between them."""

    def __init__(self, hash_funcs: HashFuncs | None = None) -> None:
        self._hash_funcs = dict(hash_funcs) if hash_funcs else {}
        # Containers being hashed right now, by id: a reference back to one is a cycle.
        self._in_progress: dict[int, int] = {}

    def digest(self, value: Any) -> bytes:
        h = hashlib.blake2b(digest_size=_DIGEST_SIZE)
        self._update(h, value)
        return h.digest()

    # -- dispatch ------------------------------------------------------------------------------

    def _update(self, h: Any, obj: Any, *, use_hash_funcs: bool = True) -> None:
        t = type(obj)
        if use_hash_funcs and self._hash_funcs:
            hash_func = self._hash_funcs.get(t) or self._hash_funcs.get(qualified_type_name(t))
            if hash_func is not None:
                try:
                    result = hash_func(obj)
                except Exception as error:
                    raise HashFuncError(qualified_type_name(t), error) from error
                _tag(h, b"hash_func")
                # A function that returns its argument (or one like it) must not loop forever.
                self._update(h, result, use_hash_funcs=type(result) is not t)
                return
        simple = _SIMPLE.get(t)
        if simple is not None:
            simple(h, obj)
            return
        key = id(obj)
        if key in self._in_progress:
            _tag(h, b"cycle")
            _write_int(h, self._in_progress[key])
            return
        self._in_progress[key] = len(self._in_progress)
        try:
            self._update_compound(h, obj)
        except RecursionError:
            raise UnhashableTypeError(
                qualified_type_name(t), "it is nested too deeply to hash"
            ) from None
        finally:
            del self._in_progress[key]

    def _update_compound(self, h: Any, obj: Any) -> None:
        t = type(obj)
        module = t.__module__ or ""
        if module.startswith("pandas"):
            from .hashing_libs import update_pandas

            if update_pandas(self, h, obj):
                return
        elif module.startswith("numpy"):
            from .hashing_libs import update_numpy

            if update_numpy(self, h, obj):
                return
        if isinstance(obj, enum.Enum):
            # By name: an Enum the script defines is a new class on every rerun.
            _tag(h, b"enum")
            _write_str(h, qualified_type_name(t))
            _write_str(h, obj.name)
        elif isinstance(obj, (list, tuple)):
            _tag(h, b"list" if isinstance(obj, list) else b"tuple")
            if t not in (list, tuple):
                _write_str(h, qualified_type_name(t))
            _write_int(h, len(obj))
            for item in obj:
                self._update(h, item)
        elif isinstance(obj, Mapping):
            # In order, as Streamlit does: a function may depend on the order of the keys.
            _tag(h, b"mapping")
            if t is not dict:
                _write_str(h, qualified_type_name(t))
            _write_int(h, len(obj))
            for item_key in obj:
                self._update(h, item_key)
                self._update(h, obj[item_key])
        elif isinstance(obj, (set, frozenset)):
            _tag(h, b"set")
            self._update_unordered(h, list(obj))
        elif isinstance(obj, (str, int, float, bytes)):
            # A subclass of a builtin (not an Enum): its class and its builtin value.
            _tag(h, b"builtin_subclass")
            _write_str(h, qualified_type_name(t))
            base = next(b for b in (str, int, float, bytes) if isinstance(obj, b))
            _SIMPLE[base](h, obj)
        elif isinstance(obj, datetime.date | datetime.time):
            _tag(h, b"datetime")
            _write_str(h, t.__name__)
            _write_str(h, obj.isoformat())
        elif isinstance(obj, datetime.timedelta):
            _tag(h, b"timedelta")
            for part in (obj.days, obj.seconds, obj.microseconds):
                _write_int(h, part)
        elif isinstance(obj, (decimal.Decimal, fractions.Fraction, pathlib.PurePath, uuid.UUID)):
            _tag(h, b"value")
            _write_str(h, qualified_type_name(t))
            _write_str(h, str(obj))
        elif isinstance(obj, (bytearray, memoryview)):
            _tag(h, b"bytes")
            _write_bytes(h, bytes(obj))
        elif isinstance(obj, range | slice):
            _tag(h, b"range" if isinstance(obj, range) else b"slice")
            self._update(h, (obj.start, obj.stop, obj.step))
        elif isinstance(obj, re.Pattern):
            _tag(h, b"pattern")
            self._update(h, (obj.pattern, obj.flags))
        elif isinstance(obj, type):
            _tag(h, b"type")
            _write_str(h, qualified_type_name(obj))
        elif isinstance(obj, types.ModuleType):
            _tag(h, b"module")
            _write_str(h, obj.__name__)
        elif isinstance(obj, types.FunctionType):
            _tag(h, b"function")
            _write_str(h, f"{obj.__module__}.{obj.__qualname__}")
            h.update(code_digest(obj.__code__))
            # What else decides what it does: `make_filter(10)` and `make_filter(20)` differ.
            self._update(h, obj.__defaults__)
            self._update(h, obj.__kwdefaults__)
            self._update(h, [_cell_value(cell) for cell in obj.__closure__ or ()])
        elif isinstance(obj, types.CodeType):
            _tag(h, b"code")
            h.update(code_digest(obj))
        elif isinstance(obj, types.MethodType):
            _tag(h, b"method")
            self._update(h, obj.__func__)
            self._update(h, obj.__self__)
        elif isinstance(obj, types.BuiltinFunctionType):
            _tag(h, b"builtin")
            _write_str(h, f"{getattr(obj, '__module__', '')}.{obj.__qualname__}")
        elif dataclasses.is_dataclass(obj):
            _tag(h, b"dataclass")
            _write_str(h, qualified_type_name(t))
            for field in dataclasses.fields(obj):
                _write_str(h, field.name)
                self._update(h, getattr(obj, field.name))
        else:
            self._update_reduced(h, obj)

    def _update_unordered(self, h: Any, items: list[Any]) -> None:
        """Equal sets digest alike whatever order they happen to iterate in."""
        digests = sorted(self._sub_digest(item) for item in items)
        _write_int(h, len(digests))
        for digest in digests:
            h.update(digest)

    def _sub_digest(self, value: Any) -> bytes:
        sub = hashlib.blake2b(digest_size=_DIGEST_SIZE)
        self._update(sub, value)
        return sub.digest()

    def _update_reduced(self, h: Any, obj: Any) -> None:
        """Any other object: what pickle would store of it (its class, arguments and state)."""
        t = type(obj)
        try:
            reduced = obj.__reduce_ex__(pickle.HIGHEST_PROTOCOL)
        except Exception as error:
            raise UnhashableTypeError(qualified_type_name(t), str(error) or repr(error)) from None
        _tag(h, b"reduced")
        _write_str(h, qualified_type_name(t))
        if isinstance(reduced, str):
            _write_str(h, reduced)
            return
        if not isinstance(reduced, tuple) or len(reduced) < 2:
            raise UnhashableTypeError(qualified_type_name(t), "its __reduce__ result is unusable")
        parts = list(reduced[:6])
        # listitems and dictitems are iterators.
        for index in (3, 4):
            if index < len(parts) and parts[index] is not None:
                parts[index] = list(parts[index])
        _write_int(h, len(parts))
        for part in parts:
            self._update(h, part)


def code_digest(code: types.CodeType) -> bytes:
    """What a code object does, leaving out where it sits in its file (line numbers)."""
    h = hashlib.blake2b(digest_size=_DIGEST_SIZE)
    _update_code(h, code)
    return h.digest()


def _update_code(h: Any, code: types.CodeType) -> None:
    _tag(h, b"code")
    _write_bytes(h, code.co_code)
    for names in (code.co_names, code.co_varnames, code.co_freevars, code.co_cellvars):
        _write_str(h, "\x1f".join(names))
    for number in (
        code.co_argcount,
        code.co_posonlyargcount,
        code.co_kwonlyargcount,
        code.co_flags,
    ):
        _write_int(h, number)
    _write_str(h, code.co_qualname if hasattr(code, "co_qualname") else code.co_name)
    _write_int(h, len(code.co_consts))
    hasher = Hasher()
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            _update_code(h, const)
        else:
            hasher._update(h, const)


class _EmptyCell:
    """Stands for a closure variable not assigned yet."""

    def __reduce__(self) -> str:
        return "_EmptyCell"


_EMPTY_CELL = _EmptyCell()


def _cell_value(cell: types.CellType) -> Any:
    try:
        return cell.cell_contents
    except ValueError:
        return _EMPTY_CELL


def function_source(func: Callable[..., Any]) -> str:
    """The function's source text, or "" when Python cannot find it (e.g. typed at a prompt)."""
    try:
        return inspect.getsource(func)
    except (OSError, TypeError):
        return ""


# -- primitives ---------------------------------------------------------------------------------


def _tag(h: Any, tag: bytes) -> None:
    h.update(b"\x00")
    h.update(tag)
    h.update(b"\x00")


def _write_bytes(h: Any, data: bytes) -> None:
    h.update(struct.pack("<Q", len(data)))
    h.update(data)


def _write_str(h: Any, text: str) -> None:
    _write_bytes(h, text.encode("utf-8", "surrogatepass"))


def _write_int(h: Any, number: int) -> None:
    # int.__repr__, not str(): an int subclass may print itself differently.
    _write_bytes(h, int.__repr__(number).encode("ascii"))


def _hash_none(h: Any, obj: None) -> None:
    _tag(h, b"none")


def _hash_bool(h: Any, obj: bool) -> None:
    _tag(h, b"true" if obj else b"false")


def _hash_int(h: Any, obj: int) -> None:
    _tag(h, b"int")
    _write_int(h, obj)


def _hash_float(h: Any, obj: float) -> None:
    _tag(h, b"float")
    h.update(struct.pack("<d", obj))


def _hash_complex(h: Any, obj: complex) -> None:
    _tag(h, b"complex")
    h.update(struct.pack("<dd", obj.real, obj.imag))


def _hash_str(h: Any, obj: str) -> None:
    _tag(h, b"str")
    _write_str(h, obj)


def _hash_bytes(h: Any, obj: bytes) -> None:
    _tag(h, b"bytes")
    _write_bytes(h, obj)


def _hash_singleton(h: Any, obj: Any) -> None:
    _tag(h, b"singleton")
    _write_str(h, repr(obj))


_SIMPLE: dict[type, Callable[[Any, Any], None]] = {
    type(None): _hash_none,
    bool: _hash_bool,
    int: _hash_int,
    float: _hash_float,
    complex: _hash_complex,
    str: _hash_str,
    bytes: _hash_bytes,
    type(Ellipsis): _hash_singleton,
    type(NotImplemented): _hash_singleton,
}
