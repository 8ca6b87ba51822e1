"""Pure parts of caching: argument hashing, ttl strings, LRU and ttl storage, per-key locks."""

from __future__ import annotations

import dataclasses
import datetime
import enum
import threading
import time
from collections import OrderedDict
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from dataapp.errors import APIError
from dataapp.runtime.caching import BadTTLStringError
from dataapp.runtime.caching import storage as storage_module
from dataapp.runtime.caching.durations import parse_duration, ttl_to_seconds
from dataapp.runtime.caching.hashing import (
    Hasher,
    HashFuncError,
    UnhashableTypeError,
    code_digest,
)
from dataapp.runtime.caching.storage import CacheFamily, FunctionCache
from tests.support.processes import fresh_python_output


def digest(value: Any) -> bytes:
    return Hasher().digest(value)


# -- hashing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        None,
        True,
        0,
        -(10**30),
        1.5,
        float("nan"),
        2j,
        "text",
        b"bytes",
        (1, "a"),
        [1, [2, [3]]],
        {"a": 1, "b": [1, 2]},
        {1, 2, 3},
        frozenset({"x"}),
        datetime.date(2024, 5, 1),
        datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.timezone.utc),
        datetime.time(8, 15),
        datetime.timedelta(hours=3),
        Decimal("1.10"),
        Path("/tmp/x.csv"),
        range(3),
        bytearray(b"ab"),
    ],
)
def test_equal_values_made_separately_hash_alike(value: Any) -> None:
    import copy

    assert digest(value) == digest(copy.deepcopy(value))


def test_values_that_differ_hash_differently() -> None:
    values = [
        None,
        False,
        True,
        0,
        1,
        1.0,
        "1",
        b"1",
        (1,),
        [1],
        {1},
        {1: None},
        ("a", "b"),
        ("ab",),
        ["a", ("b",)],
        [("a", "b")],
        datetime.date(2024, 5, 1),
        datetime.datetime(2024, 5, 1),
        datetime.timedelta(seconds=1),
        Decimal("1.10"),
        Decimal("1.1"),
    ]
    digests = [digest(v) for v in values]
    assert len(set(digests)) == len(values)


def test_set_order_does_not_matter_but_list_and_dict_order_do() -> None:
    assert digest({3, 1, 2}) == digest({2, 3, 1})
    assert digest({"x", "y"}) == digest(frozenset({"y", "x"}))
    assert digest([1, 2]) != digest([2, 1])
    # A function may depend on the order of a dict's keys (as Streamlit, no wrong cache hit).
    assert digest({"a": 1, "b": 2}) != digest({"b": 2, "a": 1})
    assert digest(OrderedDict(a=1)) != digest({"a": 1})


def test_a_cycle_is_hashed_without_recursing_forever() -> None:
    a: list[Any] = [1]
    a.append(a)
    b: list[Any] = [1]
    b.append(b)
    assert digest(a) == digest(b)
    assert digest(a) != digest([1, [1]])


def test_data_frames_hash_by_content_columns_dtypes_and_index() -> None:
    frame = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
    assert digest(frame) == digest(frame.copy())
    changed = frame.copy()
    changed.loc[1, "a"] = 20
    assert digest(changed) != digest(frame)
    assert digest(frame.rename(columns={"b": "c"})) != digest(frame)
    assert digest(frame.astype({"a": "float64"})) != digest(frame)
    assert digest(frame.set_axis([10, 11, 12])) != digest(frame)
    assert digest(frame["a"]) == digest(frame["a"].copy())
    assert digest(frame["a"]) != digest(frame["a"].rename("z"))
    assert digest(frame.index) != digest(pd.Index([0, 1, 5]))


def test_a_data_frame_with_unhashable_cells_still_hashes() -> None:
    frame = pd.DataFrame({"lists": [[1], [2]]})
    other = pd.DataFrame({"lists": [[1], [3]]})
    assert digest(frame) == digest(frame.copy())
    assert digest(frame) != digest(other)


def test_arrays_hash_by_dtype_shape_and_bytes() -> None:
    array = np.arange(6, dtype="int64")
    assert digest(array) == digest(array.copy())
    assert digest(array) != digest(array.reshape(2, 3))
    assert digest(array) != digest(array.astype("int32"))
    assert digest(array.reshape(2, 3).T) == digest(np.ascontiguousarray(array.reshape(2, 3).T))
    assert digest(np.array(["a", None], dtype=object)) == digest(
        np.array(["a", None], dtype=object)
    )
    assert digest(np.array(["a", 1], dtype=object)) != digest(np.array(["a", 2], dtype=object))
    assert digest(np.float64(1.5)) == digest(np.float64(1.5))
    assert digest(np.float64(1.5)) != digest(np.float32(1.5))
    assert digest(np.array(["2024-01-01"], dtype="M8[ns]")) != digest(
        np.array(["2024-01-02"], dtype="M8[ns]")
    )


def test_hashing_plain_values_imports_neither_pandas_nor_numpy() -> None:
    probe = (
        "import sys, datetime\n"
        "from dataapp.runtime.caching.hashing import Hasher\n"
        "class C:\n"
        "    def __init__(self): self.x = [1, {'a': datetime.date.today()}]\n"
        "Hasher().digest([1, 'a', C(), {1: 2.0}, (None,)])\n"
        "print(','.join(m for m in ('pandas', 'numpy') if m in sys.modules))\n"
    )
    assert fresh_python_output(probe) == ""


@dataclasses.dataclass
class Point:
    x: int
    y: list[int]


class Color(enum.Enum):
    RED = 1
    BLUE = 2


class Plain:
    def __init__(self, value: Any) -> None:
        self.value = value


def test_dataclasses_enums_and_plain_objects_hash_by_value() -> None:
    assert digest(Point(1, [2])) == digest(Point(1, [2]))
    assert digest(Point(1, [2])) != digest(Point(1, [3]))
    assert digest(Color.RED) == digest(Color.RED)
    assert digest(Color.RED) != digest(Color.BLUE)
    assert digest(Plain([1, 2])) == digest(Plain([1, 2]))
    assert digest(Plain([1, 2])) != digest(Plain([1, 3]))


def test_an_enum_of_a_class_defined_again_hashes_the_same() -> None:
    """The app script defines its classes again on every rerun."""
    source = "import enum\nclass Mode(enum.Enum):\n    A = 1\n    B = 2\n"
    first: dict[str, Any] = {"__name__": "__main__"}
    second: dict[str, Any] = {"__name__": "__main__"}
    exec(source, first)
    exec(source, second)
    assert first["Mode"] is not second["Mode"]
    assert digest(first["Mode"].A) == digest(second["Mode"].A)


def test_functions_hash_by_name_and_code() -> None:
    def make(offset: int) -> Any:
        def add(x: int) -> int:
            return x + 1

        def sub(x: int) -> int:
            return x - 1

        return add if offset > 0 else sub

    assert digest(make(1)) == digest(make(2))
    assert digest(make(1)) != digest(make(-1))
    assert digest(len) == digest(len)


def test_functions_hash_by_their_closure_and_defaults_too() -> None:
    def make_filter(threshold: int) -> Any:
        return lambda x: x > threshold

    def with_default(limit: int = 10) -> int:
        return limit

    def recursive() -> Any:
        def walk(n: int) -> int:
            return 0 if n == 0 else walk(n - 1)

        return walk

    assert digest(make_filter(10)) == digest(make_filter(10))
    assert digest(make_filter(10)) != digest(make_filter(20))
    first = digest(with_default)
    with_default.__defaults__ = (20,)
    assert digest(with_default) != first
    assert digest(recursive()) == digest(recursive())


def test_code_digest_ignores_line_numbers_but_not_behaviour() -> None:
    first = compile("def f(x):\n    return x + 1\n", "app.py", "exec")
    moved = compile("\n\n\ndef f(x):\n    return x + 1\n", "app.py", "exec")
    changed = compile("def f(x):\n    return x + 2\n", "app.py", "exec")
    assert code_digest(first) == code_digest(moved)
    assert code_digest(first) != code_digest(changed)


def test_an_object_that_cannot_be_pickled_is_reported_with_its_type() -> None:
    with pytest.raises(UnhashableTypeError) as caught:
        digest({"lock": threading.Lock()})
    assert caught.value.type_name == "_thread.lock"

    def generator() -> Any:
        yield 1

    with pytest.raises(UnhashableTypeError):
        digest(generator())


def test_hash_funcs_replace_hashing_by_type_or_by_qualified_name() -> None:
    class Connection:
        def __init__(self, url: str) -> None:
            self.url = url
            self.lock = threading.Lock()

    by_type = Hasher({Connection: lambda c: c.url})
    name = f"{Connection.__module__}.{Connection.__qualname__}"
    by_name = Hasher({name: lambda c: c.url})
    for hasher in (by_type, by_name):
        assert hasher.digest(Connection("a")) == hasher.digest(Connection("a"))
        assert hasher.digest(Connection("a")) != hasher.digest(Connection("b"))
    with pytest.raises(UnhashableTypeError):
        Hasher().digest(Connection("a"))


def test_a_hash_func_returning_its_argument_does_not_loop() -> None:
    hasher = Hasher({int: lambda n: n})
    assert hasher.digest(1) == hasher.digest(1) != hasher.digest(2)


def test_a_failing_hash_func_is_reported() -> None:
    def broken(value: int) -> int:
        raise ValueError("nope")

    with pytest.raises(HashFuncError) as caught:
        Hasher({int: broken}).digest([1])
    assert caught.value.type_name == "builtins.int"


# -- ttl -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("10s", 10),
        ("30m", 1800),
        ("1h", 3600),
        ("1d", 86400),
        ("1D", 86400),
        ("1h30m", 5400),
        ("1h 30m", 5400),
        ("1.5 days", 129600),
        ("2 hours", 7200),
        ("1w", 604800),
        ("250ms", 0.25),
        ("1h23s", 3623),
        ("1 days 02:00:00", 93600),  # not a unit form: read by pandas, as Streamlit does
    ],
)
def test_ttl_strings_are_read_as_streamlit_reads_them(text: str, seconds: float) -> None:
    assert parse_duration(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["", "soon", "10 parsecs", "1M", "h1", "NaT"])
def test_a_ttl_string_that_is_no_duration_is_a_clear_error(text: str) -> None:
    with pytest.raises(BadTTLStringError, match="not a duration"):
        parse_duration(text)


def test_ttl_values_of_every_accepted_type() -> None:
    assert ttl_to_seconds(None) is None
    assert ttl_to_seconds(5) == 5.0
    assert ttl_to_seconds(0.5) == 0.5
    assert ttl_to_seconds(datetime.timedelta(minutes=2)) == 120.0
    assert ttl_to_seconds("1m") == 60.0
    assert ttl_to_seconds(float("inf")) is None
    for bad in (-1, True, [1]):
        with pytest.raises(APIError):
            ttl_to_seconds(bad)  # type: ignore[arg-type]


# -- storage ---------------------------------------------------------------------------------


def test_least_recently_used_entries_go_first(monkeypatch: pytest.MonkeyPatch) -> None:
    cache = FunctionCache("f")
    for key in (b"a", b"b"):
        cache.put(key, key, (), max_entries=2)
    assert cache.get(b"a", None) is not None  # "a" is now the most recently used
    cache.put(b"c", b"c", (), max_entries=2)
    assert cache.keys() == [b"a", b"c"]


def test_entries_expire_after_ttl(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [100.0]
    monkeypatch.setattr(storage_module, "now", lambda: clock[0])
    cache = FunctionCache("f")
    cache.put(b"k", 1, (), max_entries=None)
    clock[0] = 109.0
    assert cache.get(b"k", ttl_seconds=10) is not None
    assert cache.get(b"k", ttl_seconds=None) is not None
    clock[0] = 110.0
    assert cache.get(b"k", ttl_seconds=10) is None
    assert len(cache) == 0


def test_one_thread_computes_a_key_while_others_wait() -> None:
    cache = FunctionCache("f")
    inside = 0
    most_inside = 0
    lock = threading.Lock()

    def work() -> None:
        nonlocal inside, most_inside
        with cache.computing(b"k", None):
            with lock:
                inside += 1
                most_inside = max(most_inside, inside)
            time.sleep(0.05)
            with lock:
                inside -= 1

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert most_inside == 1
    assert cache._computing == {}


def test_a_waiting_caller_can_give_up() -> None:
    cache = FunctionCache("f")
    holding = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with cache.computing(b"k", None):
            holding.set()
            release.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait(5)

    class GaveUp(Exception):
        pass

    def give_up() -> None:
        raise GaveUp

    with pytest.raises(GaveUp), cache.computing(b"k", give_up):
        pass
    release.set()
    holder.join(5)
    assert cache._computing == {}


def test_an_edited_function_drops_the_entries_of_its_older_version() -> None:
    family = CacheFamily("st.cache_data")
    identity = ("__main__", "app.py", "load")
    old = family.cache_for("v1", identity, "load")
    assert family.cache_for("v1", identity, "load") is old
    family.cache_for("v2", identity, "load")
    assert len(family) == 1
    family.cache_for("v1", ("__main__", "pages/other.py", "load"), "load")
    assert len(family) == 2  # the same name in another file is another function
