"""Turn session-state values into bytes for the store and back, keeping their types.

Pure functions, any thread. JSON-like values (with dates, tuples, sets and bytes) are stored
as tagged JSON, readable and independent of Python versions; everything else that pickles
(pandas objects, numpy arrays, dataclasses, ...) is stored with pickle.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import json
import math
import pickle
import uuid
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from dataapp.runtime.session_state import LazyValue

JSON_CODEC = "json"
PICKLE_CODEC = "pickle"


class UnstorableValueError(Exception):
    """The value cannot be kept between launches; the message says why, for the app's warning."""


class NotJsonLike(Exception):
    """The value holds a type that tagged JSON does not keep (it is pickled instead)."""


def tagged_json(value: Any) -> bytes:
    """`value` as tagged JSON; raises NotJsonLike when it holds a type JSON cannot keep."""
    return json.dumps(_to_tagged(value), ensure_ascii=False, separators=(",", ":")).encode()


def encode(value: Any, max_bytes: int) -> tuple[str, bytes]:
    """The codec name and bytes for `value`; raises UnstorableValueError."""
    try:
        data = tagged_json(value)
        codec = JSON_CODEC
    except NotJsonLike:
        try:
            data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as error:
            raise UnstorableValueError(
                f"a {type(value).__name__} cannot be saved ({error})"
            ) from None
        codec = PICKLE_CODEC
    if len(data) > max_bytes:
        raise UnstorableValueError(
            f"a {type(value).__name__} of {len(data) / 1e6:.1f} MB is over the "
            f"{max_bytes / 1e6:.0f} MB limit ([persistence] max_value_mb)"
        )
    return codec, data


def decode(codec: str, data: bytes) -> Any:
    """The value back; raises ValueError (and pickle's errors) when it cannot be read."""
    if codec == JSON_CODEC:
        return _from_tagged(json.loads(data.decode()))
    if codec == PICKLE_CODEC:
        return pickle.loads(data)
    raise ValueError(f"unknown codec {codec!r}")


def _to_tagged(value: Any) -> Any:
    kind = type(value)
    if value is None or kind in (bool, int, str):
        return value
    if kind is float:
        return value if math.isfinite(value) else {"$f": repr(value)}
    if kind is list:
        return [_to_tagged(v) for v in value]
    if kind is dict:
        return {"$d": [[_to_tagged(k), _to_tagged(v)] for k, v in value.items()]}
    if kind is tuple:
        return {"$t": [_to_tagged(v) for v in value]}
    if kind is set or kind is frozenset:
        tag = "$s" if kind is set else "$fs"
        return {tag: [_to_tagged(v) for v in value]}
    if kind is bytes:
        return {"$b": base64.b64encode(value).decode()}
    if kind is dt.datetime:
        return {"$dt": value.isoformat()}
    if kind is dt.date:
        return {"$date": value.isoformat()}
    if kind is dt.time:
        return {"$time": value.isoformat()}
    if kind is dt.timedelta:
        return {"$td": [value.days, value.seconds, value.microseconds]}
    if kind is decimal.Decimal:
        return {"$dec": str(value)}
    if kind is uuid.UUID:
        return {"$uuid": str(value)}
    if isinstance(value, PurePath):
        return {"$path": [type(value).__name__, str(value)]}
    raise NotJsonLike


_PATH_TYPES = {"PosixPath", "WindowsPath", "Path", "PurePosixPath", "PureWindowsPath", "PurePath"}


def _from_tagged(value: Any) -> Any:
    if isinstance(value, list):
        return [_from_tagged(v) for v in value]
    if not isinstance(value, dict):
        return value
    ((tag, payload),) = value.items()
    if tag == "$d":
        return {_from_tagged(k): _from_tagged(v) for k, v in payload}
    if tag == "$t":
        return tuple(_from_tagged(v) for v in payload)
    if tag == "$s":
        return {_from_tagged(v) for v in payload}
    if tag == "$fs":
        return frozenset(_from_tagged(v) for v in payload)
    if tag == "$f":
        return float(payload)
    if tag == "$b":
        return base64.b64decode(payload)
    if tag == "$dt":
        return dt.datetime.fromisoformat(payload)
    if tag == "$date":
        return dt.date.fromisoformat(payload)
    if tag == "$time":
        return dt.time.fromisoformat(payload)
    if tag == "$td":
        return dt.timedelta(days=payload[0], seconds=payload[1], microseconds=payload[2])
    if tag == "$dec":
        return decimal.Decimal(payload)
    if tag == "$uuid":
        return uuid.UUID(payload)
    if tag == "$path":
        import pathlib

        name, text = payload
        return getattr(pathlib, name if name in _PATH_TYPES else "PurePath")(text)
    raise ValueError(f"unknown tag {tag!r}")


@dataclass(frozen=True)
class StoredValue(LazyValue):
    """A value as read from the store, decoded on first use.

    Decoding waits until the app asks for the value, because a pickled instance of a class
    defined in the app's script can only be read once the script has defined it again.
    """

    codec: str
    data: bytes

    def decode(self) -> Any:
        return decode(self.codec, self.data)
