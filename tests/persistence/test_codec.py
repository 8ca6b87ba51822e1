"""Every type the docs promise round-trips with its type; the rest is refused with a reason."""

from __future__ import annotations

import datetime as dt
import decimal
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import numpy as np
import pandas as pd
import pytest

from dataapp.runtime.persistence.codec import (
    JSON_CODEC,
    PICKLE_CODEC,
    UnstorableValueError,
    decode,
    encode,
)

LIMIT = 50 * 1024 * 1024


@dataclass
class Point:
    x: int
    y: float


JSON_VALUES: list[Any] = [
    None,
    True,
    0,
    -7,
    2**70,
    1.5,
    float("inf"),
    "text ✓",
    [1, "a", None],
    {"a": 1, "b": [1, 2]},
    {1: "int key", (1, 2): "tuple key"},
    (1, 2, 3),
    {1, 2},
    frozenset({"a"}),
    b"\x00\xff",
    dt.date(2026, 11, 21),
    dt.datetime(2026, 11, 21, 9, 30, 5, 123),
    dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc),
    dt.time(23, 59),
    dt.timedelta(days=2, seconds=3),
    decimal.Decimal("1.10"),
    uuid.UUID(int=5),
    Path("/tmp/x.csv"),
    PurePosixPath("a/b"),
]


@pytest.mark.parametrize("value", JSON_VALUES, ids=lambda v: type(v).__name__)
def test_json_like_values_round_trip_with_their_types(value: Any) -> None:
    codec, data = encode(value, LIMIT)
    assert codec == JSON_CODEC
    back = decode(codec, data)
    assert back == value and type(back) is type(value)


def test_nan_round_trips() -> None:
    back = decode(*encode(float("nan"), LIMIT))
    assert back != back


def test_pandas_numpy_and_dataclasses_round_trip() -> None:
    frame = pd.DataFrame(
        {"a": [1, 2], "b": ["x", None], "c": pd.to_datetime(["2026-01-01", "2026-01-02"])}
    )
    frame["d"] = pd.Categorical(["u", "v"])
    series = pd.Series([1.5, 2.5], name="s", index=["i", "j"])
    array = np.arange(12, dtype=np.int16).reshape(3, 4)
    for value in (frame, series):
        codec, data = encode(value, LIMIT)
        assert codec == PICKLE_CODEC
        back = decode(codec, data)
        assert type(back) is type(value)
        assert back.equals(value)
    back_array = decode(*encode(array, LIMIT))
    assert back_array.dtype == array.dtype and (back_array == array).all()
    assert decode(*encode(Point(1, 2.5), LIMIT)) == Point(1, 2.5)
    assert decode(*encode({"points": [Point(0, 0.0)]}, LIMIT)) == {"points": [Point(0, 0.0)]}


@pytest.mark.parametrize(
    "value",
    [lambda: 1, threading.Lock(), (i for i in range(3))],
    ids=["lambda", "lock", "generator"],
)
def test_unpicklable_values_are_refused_with_their_type(value: Any) -> None:
    with pytest.raises(UnstorableValueError, match=type(value).__name__):
        encode(value, LIMIT)


def test_values_over_the_limit_are_refused() -> None:
    with pytest.raises(UnstorableValueError, match="over the"):
        encode(b"x" * 2000, max_bytes=1000)
