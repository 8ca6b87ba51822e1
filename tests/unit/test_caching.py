"""st.cache_data and st.cache_resource: on the real runtime, and called directly.

App tests run each run in a new session (so nothing is reduced to "unchanged" markers) and count
calls of cached functions in a helper module the app imports, unique to the test.
"""

from __future__ import annotations

import importlib
import textwrap
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pandas as pd
import pytest

import dataapp as st
from dataapp.elements.status import api as status_module
from dataapp.errors import APIError
from dataapp.proto.element_pb2 import Element
from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.runtime.caching import (
    PersistOutsideRunWarning,
    UnhashableParamError,
    UnserializableReturnValueError,
    UserHashError,
)
from dataapp.runtime.caching import storage as storage_module
from dataapp.runtime.delta_generator import DeltaGeneratorBase
from dataapp.runtime.runtime import Runtime
from tests.support.recording import RecordingClient


@dataclass(frozen=True)
class Placed:
    path: tuple[int, ...]
    element: Element


@dataclass
class App:
    runtime: Runtime
    path: Path
    helper: ModuleType

    def write(self, source: str) -> None:
        text = textwrap.dedent(source).replace("HELPER", self.helper.__name__)
        # A different size as well as a new mtime, so the runtime surely recompiles it.
        previous = self.path.read_text() if self.path.exists() else ""
        if len(text) == len(previous):
            text += "\n"
        self.path.write_text(text)

    def run(self, query_string: str = "") -> list[ForwardMsg]:
        """One run in a new session; every message it sent."""
        client = RecordingClient()
        session = self.runtime.create_session(client, None, query_string)
        assert session.join(10), "the script did not finish in time"
        self.runtime.close_session(session.id)
        return client.take()

    @property
    def calls(self) -> list[Any]:
        return self.helper.calls  # type: ignore[no-any-return]


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    name = f"cache_helper_{uuid.uuid4().hex[:12]}"
    (tmp_path / name).with_suffix(".py").write_text("calls = []\nseen = []\n")
    path = tmp_path / "app.py"
    path.write_text("")
    runtime = Runtime(str(path))
    helper = importlib.import_module(name)
    yield App(runtime, path, helper)
    runtime.stop()
    st.cache_data.clear()
    st.cache_resource.clear()


def placed(messages: list[ForwardMsg], kind: str | None = None) -> list[Placed]:
    found = []
    for msg in messages:
        if msg.WhichOneof("type") == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element
            if kind is None or element.WhichOneof("type") == kind:
                found.append(Placed(tuple(msg.delta.path), element))
    return found


def texts(messages: list[ForwardMsg]) -> list[str]:
    return [p.element.text.body for p in placed(messages, "text")]


def exceptions(messages: list[ForwardMsg]) -> list[Any]:
    return [p.element.exception for p in placed(messages, "exception")]


# -- sharing across reruns and sessions -------------------------------------------------------


def test_a_hit_in_another_session_does_not_call_the_function_again(app: App) -> None:
    app.write(
        """
        import dataapp as st
        import HELPER as helper

        @st.cache_data
        def load(n):
            helper.calls.append(n)
            return [n] * n

        st.text(str(load(3)))
        """
    )
    assert texts(app.run()) == ["[3, 3, 3]"]
    assert texts(app.run()) == ["[3, 3, 3]"]
    assert app.calls == [3]


def test_positional_and_keyword_arguments_share_an_entry() -> None:
    calls = []

    @st.cache_data
    def scaled(x: int, factor: int = 2) -> int:
        calls.append(x)
        return x * factor

    assert scaled(1) == scaled(x=1) == scaled(1, 2) == scaled(factor=2, x=1) == 2
    assert scaled(1, factor=3) == 3
    assert calls == [1, 1]


def test_a_call_with_wrong_arguments_fails_as_the_plain_function_would() -> None:
    @st.cache_data
    def load(n: int) -> int:
        return n

    with pytest.raises(TypeError, match=r"load\(\) missing 1 required positional argument"):
        load()  # type: ignore[call-arg]


def test_editing_the_function_source_invalidates_its_entries(app: App) -> None:
    source = """
        import dataapp as st
        import HELPER as helper

        @st.cache_data
        def load(n):
            helper.calls.append(n)
            return n * 10

        st.text(str(load(2)))
        """
    app.write(source)
    assert texts(app.run()) == ["20"]
    # Lines added above the function move it in the file but do not change it.
    app.write("# a comment\n\n" + textwrap.dedent(source))
    assert texts(app.run()) == ["20"]
    assert app.calls == [2]
    app.write(source.replace("n * 10", "n * 100"))
    assert texts(app.run()) == ["200"]
    assert app.calls == [2, 2]
    # As in Streamlit, the source text counts: a new comment in the function recomputes it.
    app.write(source.replace("n * 10", "n * 100  # in hundreds"))
    assert texts(app.run()) == ["200"]
    assert app.calls == [2, 2, 2]


def test_a_function_without_source_text_is_told_apart_by_its_code() -> None:
    template = "import dataapp as st\n@st.cache_data\ndef f():\n    return {}\n"
    one: dict[str, Any] = {"__name__": "typed_at_a_prompt"}
    two: dict[str, Any] = {"__name__": "typed_at_a_prompt"}
    exec(compile(template.format(1), "<prompt>", "exec"), one)
    exec(compile(template.format(2), "<prompt>", "exec"), two)
    assert one["f"]() == 1
    assert two["f"]() == 2


def test_an_exception_in_the_function_is_not_cached() -> None:
    calls = []

    @st.cache_data
    def flaky(n: int) -> int:
        calls.append(n)
        if len(calls) == 1:
            raise ValueError("first call fails")
        return n

    with pytest.raises(ValueError, match="first call fails"):
        flaky(1)
    assert flaky(1) == 1
    assert flaky(1) == 1
    assert calls == [1, 1]


# -- ttl, max_entries, clear -----------------------------------------------------------------


def test_entries_expire_after_ttl(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [1000.0]
    monkeypatch.setattr(storage_module, "now", lambda: clock[0])
    app.write(
        """
        import dataapp as st
        import HELPER as helper

        @st.cache_data(ttl="1m")
        def load():
            helper.calls.append(1)
            return len(helper.calls)

        st.text(str(load()))
        """
    )
    assert texts(app.run()) == ["1"]
    clock[0] += 59
    assert texts(app.run()) == ["1"]
    clock[0] += 1
    assert texts(app.run()) == ["2"]
    assert len(app.calls) == 2


def test_max_entries_evicts_the_least_recently_used() -> None:
    calls = []

    @st.cache_data(max_entries=2)
    def square(n: int) -> int:
        calls.append(n)
        return n * n

    for n in (1, 2, 1, 3):  # 2 is the least recently used when 3 arrives
        square(n)
    assert calls == [1, 2, 3]
    square(1)
    square(3)
    assert calls == [1, 2, 3]
    square(2)
    assert calls == [1, 2, 3, 2]


def test_clear_empties_one_function_or_one_entry() -> None:
    calls = []

    @st.cache_data
    def double(n: int) -> int:
        calls.append(n)
        return 2 * n

    @st.cache_data
    def other(n: int) -> int:
        calls.append(-n)
        return n

    double(1), double(2), other(1)
    double.clear(2)
    double(1), double(2)
    assert calls == [1, 2, -1, 2]
    double.clear()
    double(1), other(1)
    assert calls == [1, 2, -1, 2, 1]
    st.cache_data.clear()
    other(1)
    assert calls == [1, 2, -1, 2, 1, -1]


def test_the_pages_clear_cache_reaches_both_caches(app: App) -> None:
    app.write(
        """
        import dataapp as st
        import HELPER as helper

        @st.cache_data
        def data():
            helper.calls.append("data")

        @st.cache_resource
        def resource():
            helper.calls.append("resource")

        data()
        resource()
        """
    )
    app.run()
    app.run()
    assert app.calls == ["data", "resource"]
    app.runtime.clear_caches()
    app.run()
    assert app.calls == ["data", "resource", "data", "resource"]


# -- arguments -------------------------------------------------------------------------------


def test_data_frame_and_array_arguments_are_hashed_by_content() -> None:
    calls = []

    @st.cache_data
    def total(frame: pd.DataFrame, weights: np.ndarray) -> float:
        calls.append(1)
        return float((frame["v"] * weights).sum())

    frame = pd.DataFrame({"v": [1.0, 2.0]})
    weights = np.array([1.0, 1.0])
    assert total(frame, weights) == 3.0
    assert total(frame.copy(), weights.copy()) == 3.0
    assert len(calls) == 1
    assert total(pd.DataFrame({"v": [1.0, 5.0]}), weights) == 6.0
    assert total(frame, np.array([2.0, 2.0])) == 6.0
    assert len(calls) == 3


def test_a_parameter_with_a_leading_underscore_is_not_hashed() -> None:
    calls = []

    @st.cache_data
    def query(_connection: Any, sql: str, **options: Any) -> str:
        calls.append(sql)
        return sql.upper()

    assert query(threading.Lock(), "select 1") == "SELECT 1"
    assert query(threading.Lock(), "select 1", _timeout=3) == "SELECT 1"
    assert calls == ["select 1"]
    query(None, "select 1", limit=3)
    assert calls == ["select 1", "select 1"]


def test_hash_funcs_hash_an_otherwise_unhashable_argument() -> None:
    class Connection:
        def __init__(self, url: str) -> None:
            self.url = url
            self.lock = threading.Lock()

    calls = []

    @st.cache_data(hash_funcs={Connection: lambda connection: connection.url})
    def fetch(connection: Connection) -> str:
        calls.append(connection.url)
        return connection.url

    fetch(Connection("db://a"))
    fetch(Connection("db://a"))
    fetch(Connection("db://b"))
    assert calls == ["db://a", "db://b"]

    name = f"{Connection.__module__}.{Connection.__qualname__}"

    @st.cache_resource(hash_funcs={name: lambda connection: connection.url})
    def by_name(connection: Connection) -> str:
        calls.append("by_name")
        return connection.url

    by_name(Connection("db://a"))
    by_name(Connection("db://a"))
    assert calls.count("by_name") == 1


def test_a_failing_hash_func_names_the_argument() -> None:
    @st.cache_data(hash_funcs={int: lambda n: 1 / 0})
    def f(count: int) -> int:
        return count

    with pytest.raises(UserHashError) as caught:
        f(1)
    message = str(caught.value)
    assert "argument 'count'" in message and "ZeroDivisionError" in message


def test_an_unhashable_argument_is_shown_as_an_error_naming_it(app: App) -> None:
    app.write(
        """
        import threading
        import dataapp as st

        @st.cache_data
        def load(connection, n):
            return n

        load(threading.Lock(), 1)
        """
    )
    (error,) = exceptions(app.run())
    assert error.type == "UnhashableParamError"
    assert "'connection'" in error.message and "'load'" in error.message
    assert "leading underscore" in error.message and "hash_funcs" in error.message


def test_unhashable_param_error_says_what_inside_could_not_be_hashed() -> None:
    @st.cache_data
    def load(settings: dict[str, Any]) -> int:
        return 1

    with pytest.raises(UnhashableParamError) as caught:
        load({"lock": threading.Lock()})
    assert caught.value.param_name == "settings"
    assert "_thread.lock" in str(caught.value)


def test_cached_methods_hash_their_instance_unless_it_is_underscored() -> None:
    calls = []

    class Store:
        def __init__(self) -> None:
            self.lock = threading.Lock()

        @st.cache_data
        def get(_self, key: str) -> str:
            calls.append(key)
            return key * 2

    first, second = Store(), Store()
    assert first.get("a") == second.get("a") == "aa"
    assert calls == ["a"]
    first.get.clear()
    first.get("a")
    assert calls == ["a", "a"]


# -- values ----------------------------------------------------------------------------------


def test_cache_data_returns_a_copy_each_time(app: App) -> None:
    app.write(
        """
        import dataapp as st
        import HELPER as helper

        @st.cache_data
        def rows():
            helper.calls.append(1)
            return {"rows": [1, 2]}

        value = rows()
        value["rows"].append(99)
        st.text(str(rows()))
        """
    )
    assert texts(app.run()) == ["{'rows': [1, 2]}"]
    assert texts(app.run()) == ["{'rows': [1, 2]}"]
    assert app.calls == [1]


def test_cache_data_explains_a_value_it_cannot_pickle() -> None:
    @st.cache_data
    def connect() -> Any:
        return threading.Lock()

    with pytest.raises(UnserializableReturnValueError, match=r"st\.cache_resource"):
        connect()


def test_cache_resource_returns_the_same_object_to_every_session(app: App) -> None:
    app.write(
        """
        import dataapp as st
        import HELPER as helper

        class Model:
            pass

        @st.cache_resource
        def model():
            helper.calls.append(1)
            return Model()

        helper.seen.append(model())
        """
    )
    app.run()
    app.run()
    assert app.calls == [1]
    first, second = app.helper.seen
    assert first is second


def test_cache_resource_validate_can_reject_a_stale_object() -> None:
    calls = []

    class Connection:
        open = True

    @st.cache_resource(validate=lambda connection: connection.open)
    def connect() -> Connection:
        calls.append(1)
        return Connection()

    connection = connect()
    assert connect() is connection
    connection.open = False
    replacement = connect()
    assert replacement is not connection and len(calls) == 2


def test_persist_accepts_streamlits_spellings_and_nothing_else() -> None:
    for persist in ("disk", True, False, None):
        st.cache_data(persist=persist)(lambda: 1)
    with pytest.raises(APIError, match="persist must be 'disk', True, False or None"):
        st.cache_data(persist="memory")  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        st.cache_resource(persist="disk")  # type: ignore[call-overload]


def test_a_persisted_function_called_outside_a_run_keeps_its_entries_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATAAPP_DATA_DIR", str(tmp_path))
    calls = []

    @st.cache_data(persist="disk")
    def double(n: int) -> int:
        calls.append(n)
        return 2 * n

    with pytest.warns(PersistOutsideRunWarning, match="kept in memory only"):
        assert double(2) == 4
    with pytest.warns(PersistOutsideRunWarning):
        assert double(2) == 4
    assert calls == [2]
    assert list(tmp_path.iterdir()) == []


def test_the_decorated_function_keeps_its_name_doc_and_wrapped() -> None:
    def load(n: int) -> int:
        """Load n rows."""
        return n

    for cached in (st.cache_data(load), st.cache_data(ttl=5)(load), st.cache_resource(load)):
        assert cached.__name__ == "load"
        assert cached.__doc__ == "Load n rows."
        assert cached.__wrapped__ is load  # type: ignore[attr-defined]
        assert cached(4) == 4


# -- concurrency -----------------------------------------------------------------------------


def test_concurrent_callers_of_one_key_compute_it_once() -> None:
    calls = []

    @st.cache_resource
    def slow(n: int) -> list[int]:
        calls.append(n)
        time.sleep(0.3)
        return [n]

    results: list[list[int]] = []

    def call() -> None:
        results.append(slow(7))

    threads = [threading.Thread(target=call) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert calls == [7]
    assert results[0] is results[1]


def test_two_sessions_running_at_once_compute_once(app: App) -> None:
    app.write(
        """
        import time
        import dataapp as st
        import HELPER as helper

        @st.cache_data(show_spinner=False)
        def slow():
            helper.calls.append(1)
            time.sleep(0.4)
            return "done"

        st.text(slow())
        """
    )
    clients = [RecordingClient(), RecordingClient()]
    sessions = [app.runtime.create_session(client, None) for client in clients]
    for session in sessions:
        assert session.join(10)
    assert app.calls == [1]
    assert [texts(client.take()) for client in clients] == [["done"], ["done"]]


# -- elements sent inside cached functions ---------------------------------------------------


def test_elements_written_inside_are_sent_again_on_a_hit(app: App) -> None:
    app.write(
        """
        import dataapp as st
        import HELPER as helper

        @st.cache_data(show_spinner=False)
        def load():
            helper.calls.append(1)
            st.text("loading rows")
            st.sidebar.text("from the sidebar")
            return 3

        st.text(f"rows: {load()}")
        """
    )
    first = placed(app.run(), "text")
    second = placed(app.run(), "text")
    assert app.calls == [1]
    assert [(p.path, p.element.text.body) for p in second] == [
        (p.path, p.element.text.body) for p in first
    ]
    assert [p.element.text.body for p in second] == [
        "loading rows",
        "from the sidebar",
        "rows: 3",
    ]


def test_replayed_elements_land_in_the_container_active_at_the_hit(app: App) -> None:
    app.write(
        """
        import dataapp as st
        import HELPER as helper

        @st.cache_data(show_spinner=False)
        def load():
            helper.calls.append(1)
            st.text("inside")
            return 1

        if helper.seen[-1] == "in a container":
            st.text("top")
            with st.container():
                load()
        else:
            load()
        """
    )
    app.helper.seen.append("in a container")
    _, inside = placed(app.run(), "text")
    assert inside.path == (0, 1, 0)  # computed in the container at (0, 1)
    app.helper.seen.append("at the top level")
    (top_level,) = placed(app.run(), "text")
    assert top_level.element.text.body == "inside"
    assert top_level.path == (0, 0)
    app.helper.seen.append("in a container")
    _, inside = placed(app.run(), "text")
    assert inside.path == (0, 1, 0)
    assert app.calls == [1]


def test_a_placeholder_made_inside_is_made_again_on_replay(app: App) -> None:
    app.write(
        """
        import dataapp as st
        import HELPER as helper

        @st.cache_data(show_spinner=False)
        def load():
            helper.calls.append(1)
            slot = st.empty()
            slot.text("first")
            slot.text("final")
            return 1

        load()
        st.text("after")
        """
    )
    first = [(p.path, p.element.WhichOneof("type")) for p in placed(app.run())]
    second = [(p.path, p.element.WhichOneof("type")) for p in placed(app.run())]
    assert app.calls == [1]
    assert (
        second == first == [((0, 0), "empty"), ((0, 0), "text"), ((0, 0), "text"), ((0, 1), "text")]
    )


def test_nested_cached_functions_replay_through_each_other(app: App) -> None:
    source = """
        import dataapp as st
        import HELPER as helper

        @st.cache_data(show_spinner=False)
        def inner(n):
            helper.calls.append("inner")
            st.text(f"inner {n}")
            return n

        @st.cache_data(show_spinner=False)
        def outer():
            helper.calls.append("outer")
            st.text("outer")
            return inner(1) + inner(2)

        st.text(str(outer()))
        """
    app.write(source)
    assert texts(app.run()) == ["outer", "inner 1", "inner 2", "3"]
    assert texts(app.run()) == ["outer", "inner 1", "inner 2", "3"]
    assert app.calls == ["outer", "inner", "inner"]
    # An edited outer runs again; the inner hits replay into what the outer records.
    app.write(source.replace('st.text("outer")', 'st.text("outer!")'))
    assert texts(app.run()) == ["outer!", "inner 1", "inner 2", "3"]
    assert texts(app.run()) == ["outer!", "inner 1", "inner 2", "3"]
    assert app.calls == ["outer", "inner", "inner", "outer"]


def test_writing_into_an_outside_container_fails_clearly_on_a_hit(app: App) -> None:
    app.write(
        """
        import dataapp as st

        slot = st.empty()

        @st.cache_data(show_spinner=False)
        def load():
            slot.text("written from inside")
            return 1

        load()
        """
    )
    assert exceptions(app.run()) == []
    (error,) = exceptions(app.run())
    assert error.type == "CacheReplayClosureError"
    assert "'load'" in error.message


def test_a_widget_inside_a_cached_function_warns_and_is_not_replayed(app: App) -> None:
    app.write(
        """
        import dataapp as st

        @st.cache_data(show_spinner=False)
        def load():
            st.text("before")
            st.checkbox("inside")
            return 1

        load()
        """
    )
    first = app.run()
    (warning,) = exceptions(first)
    assert warning.type == "CachedWidgetWarning" and warning.is_warning
    assert any("st.checkbox" in line for line in warning.stack_trace)
    assert len(placed(first, "checkbox")) == 1
    second = app.run()
    assert texts(second) == ["before"]
    assert placed(second, "checkbox") == []
    # The warning is replayed: it explains why the widget is gone.
    assert [e.type for e in exceptions(second)] == ["CachedWidgetWarning"]


def test_blocks_made_inside_are_replayed_once_the_block_hook_reports_them(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DeltaGeneratorBase._enqueue_block reporting to `record_block` (see docs/caching.md)."""
    import inspect

    if "record_block" not in inspect.getsource(DeltaGeneratorBase._enqueue_block):
        original = DeltaGeneratorBase._enqueue_block

        def enqueue_block(self: Any, block: Any, *, form_id: str | None = None) -> Any:
            from dataapp.runtime.context import get_run_context

            container = original(self, block, form_id=form_id)
            ctx = get_run_context()
            if ctx is not None:
                for recorder in ctx.element_recorders:
                    recorder.record_block(self._active(), block, container)
            return container

        monkeypatch.setattr(DeltaGeneratorBase, "_enqueue_block", enqueue_block)
    app.write(
        """
        import dataapp as st
        import HELPER as helper

        @st.cache_data(show_spinner=False)
        def load():
            helper.calls.append(1)
            left, right = st.columns(2)
            left.text("left")
            with right:
                st.text("right")
            return 1

        load()
        """
    )
    first = app.run()
    second = app.run()
    assert app.calls == [1]
    blocks = [tuple(m.delta.path) for m in second if m.delta.WhichOneof("type") == "add_block"]
    assert blocks == [
        tuple(m.delta.path) for m in first if m.delta.WhichOneof("type") == "add_block"
    ]
    assert [(p.path, p.element.text.body) for p in placed(second, "text")] == [
        (p.path, p.element.text.body) for p in placed(first, "text")
    ]
    assert {p.path[:-1] for p in placed(second, "text")} == set(blocks[1:])


# -- spinner ---------------------------------------------------------------------------------


def test_the_spinner_shows_on_a_miss_only(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(status_module, "SPINNER_DELAY_SECONDS", 0.01)
    app.write(
        """
        import time
        import dataapp as st

        @st.cache_data
        def slow():
            time.sleep(0.3)
            return 1

        @st.cache_resource(show_spinner="Connecting...")
        def connect():
            time.sleep(0.3)
            return 2

        @st.cache_data(show_spinner=False)
        def quiet():
            time.sleep(0.3)
            return 3

        slow(), connect(), quiet()
        """
    )
    spinners = [p.element.spinner.text for p in placed(app.run(), "spinner")]
    assert spinners == ["Running slow(...)", "Connecting..."]
    assert placed(app.run(), "spinner") == []
