"""DataSourceRegistry: which frames a session keeps, and how window requests are answered."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from dataapp.proto.data_pb2 import DataWindow, DataWindowRequest
from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.runtime.data_sources import DataSourceRegistry


class InlineExecutor:
    """Runs submitted work at once, on the caller's thread."""

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_result(fn(*args))
        return future


class HeldExecutor:
    """Keeps submitted work until the test runs it."""

    def __init__(self) -> None:
        self.work: list[tuple[Callable[..., Any], tuple[Any, ...]]] = []

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        self.work.append((fn, args))
        return Future()

    def run_all(self) -> None:
        while self.work:
            fn, args = self.work.pop(0)
            fn(*args)


class FakeSource:
    def __init__(self, digest: bytes | None = None) -> None:
        self.digest = digest
        self.asked: list[DataWindowRequest] = []
        self.before_answer: Callable[[], None] = lambda: None

    def compute_window(
        self, request: DataWindowRequest, superseded: Callable[[], bool]
    ) -> DataWindow | None:
        self.asked.append(request)
        self.before_answer()
        if superseded():
            return None
        return DataWindow(source_id=request.source_id, seq=request.seq, view=request.view)

    def full_digest(self) -> bytes | None:
        return self.digest


def make(
    window_pool: Any = None, verify_pool: Any = None
) -> tuple[DataSourceRegistry, list[ForwardMsg]]:
    sent: list[ForwardMsg] = []
    registry = DataSourceRegistry(
        sent.append, window_pool or InlineExecutor(), verify_pool or InlineExecutor()
    )
    return registry, sent


def test_a_complete_run_lets_go_of_frames_it_did_not_show() -> None:
    registry, _ = make()
    registry.register("a", FakeSource())
    registry.attach("a", (0, 0), run_id=1)
    registry.register("b", FakeSource())
    registry.attach("b", (0, 1), run_id=1)
    registry.prune_unreached(1)
    assert len(registry) == 2
    registry.register("a", FakeSource())
    registry.attach("a", (0, 0), run_id=2)
    registry.prune_unreached(2)
    assert registry.source("a") is not None
    assert registry.source("b") is None


def test_a_fragment_run_only_lets_go_of_frames_inside_the_fragment() -> None:
    registry, _ = make()
    for source_id, path in (("outside", (0, 0)), ("inside", (0, 1, 0)), ("kept", (0, 1, 1))):
        registry.register(source_id, FakeSource())
        registry.attach(source_id, path, run_id=1)
    registry.attach("kept", (0, 1, 1), run_id=2)
    registry.prune_unreached(2, scope=(0, 1))
    assert registry.source("outside") is not None
    assert registry.source("kept") is not None
    assert registry.source("inside") is None


def test_a_slot_showing_other_data_lets_go_of_the_old_frame_at_once() -> None:
    registry, _ = make()
    registry.register("old", FakeSource())
    registry.attach("old", (0, 0), run_id=1)
    registry.register("new", FakeSource())
    registry.attach("new", (0, 0), run_id=1)
    assert registry.source("old") is None
    assert registry.source_at((0, 0)) is not None


def test_the_same_frame_at_two_slots_is_kept_while_either_shows_it() -> None:
    registry, _ = make()
    registry.register("same", FakeSource())
    registry.attach("same", (0, 0), run_id=1)
    registry.attach("same", (0, 3), run_id=1)
    registry.attach("same", (0, 3), run_id=2)
    registry.prune_unreached(2)
    assert registry.source("same") is not None


def test_a_request_is_answered_through_enqueue() -> None:
    registry, sent = make()
    registry.register("a", FakeSource())
    registry.request_window(DataWindowRequest(source_id="a", seq=7, view=3, count=10))
    assert [(m.data_window.seq, m.data_window.view) for m in sent] == [(7, 3)]


def test_a_request_for_a_frame_no_longer_kept_gets_an_error() -> None:
    registry, sent = make()
    registry.request_window(DataWindowRequest(source_id="gone", seq=1))
    assert sent[0].data_window.error


def test_requests_are_not_answered_on_the_calling_thread() -> None:
    held = HeldExecutor()
    registry, sent = make(window_pool=held)
    registry.register("a", FakeSource())
    registry.request_window(DataWindowRequest(source_id="a", seq=1))
    assert sent == []
    held.run_all()
    assert len(sent) == 1


def test_a_newer_request_of_the_same_grid_supersedes_waiting_ones() -> None:
    held = HeldExecutor()
    registry, sent = make(window_pool=held)
    source = FakeSource()
    registry.register("a", source)
    for seq in (1, 2, 3):
        registry.request_window(DataWindowRequest(source_id="a", seq=seq, view=1))
    registry.request_window(DataWindowRequest(source_id="a", seq=4, view=2))
    held.run_all()
    assert [r.seq for r in source.asked] == [3, 4]
    assert sorted(m.data_window.seq for m in sent) == [3, 4]


def test_a_request_for_another_order_stops_a_running_sort() -> None:
    held = HeldExecutor()
    registry, sent = make(window_pool=held)
    source = FakeSource()
    registry.register("a", source)
    first = DataWindowRequest(source_id="a", seq=1, view=1)
    first.sort.add(column=0)
    newer = DataWindowRequest(source_id="a", seq=2, view=1, search="x")

    def user_types_while_sorting() -> None:
        if len(source.asked) == 1:
            registry.request_window(newer)

    source.before_answer = user_types_while_sorting
    registry.request_window(first)
    held.run_all()
    assert [r.seq for r in source.asked] == [1, 2]
    assert [m.data_window.seq for m in sent] == [2]


def test_a_changed_content_behind_the_same_id_invalidates_the_pages_rows() -> None:
    registry, sent = make()
    registry.register("s", FakeSource(b"one"))
    registry.register("s", FakeSource(b"one"))
    assert sent == []
    registry.register("s", FakeSource(b"two"))
    assert [(m.data_window.source_id, m.data_window.invalidate) for m in sent] == [("s", True)]


def test_closing_forgets_everything_and_answers_nothing() -> None:
    registry, sent = make()
    registry.register("a", FakeSource())
    registry.close()
    registry.request_window(DataWindowRequest(source_id="a", seq=1))
    assert len(registry) == 0
    assert sent == []


def test_the_shared_pool_answers_off_the_calling_thread() -> None:
    sent: list[ForwardMsg] = []
    done = threading.Event()

    def enqueue(msg: ForwardMsg) -> None:
        sent.append(msg)
        done.set()

    registry = DataSourceRegistry(enqueue)
    caller = threading.get_ident()
    seen: list[int] = []

    class Recording(FakeSource):
        def compute_window(
            self, request: DataWindowRequest, superseded: Callable[[], bool]
        ) -> DataWindow | None:
            seen.append(threading.get_ident())
            return super().compute_window(request, superseded)

    registry.register("a", Recording())
    registry.request_window(DataWindowRequest(source_id="a", seq=1))
    assert done.wait(5)
    assert seen and seen[0] != caller
