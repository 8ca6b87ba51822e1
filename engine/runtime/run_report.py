"""The run inspector's record (docs/inspector.md): what one run cost — each `st.*` call and its
time, each cached function with hit or miss, each connection query with its SQL and whether
the cache answered it, and the bytes the run sent to the page.

A RunRecorder lives in the RunContext of a run that is inspected (`dataapp-desktop --inspect`,
the page's Run inspector toggle, every AppTest run) and is written on the script thread only;
`report()` makes the immutable RunReport the page and AppTest read. Recording costs a clock
read per call; nothing at all when the run is not inspected.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from dataapp.proto.inspector_pb2 import RunReport as RunReportProto
from dataapp.runtime.context import get_run_context


@dataclass(frozen=True)
class CallTiming:
    """One `st.*` call made by the app's code (calls it makes itself are inside its time)."""

    name: str
    seconds: float
    # Where the app's code called it: its file name and line.
    where: str = ""


@dataclass(frozen=True)
class CacheUse:
    """One call of an `@st.cache_data` / `@st.cache_resource` function."""

    function: str
    kind: str  # "st.cache_data" or "st.cache_resource"
    hit: bool
    seconds: float


@dataclass(frozen=True)
class QueryUse:
    """One query of an `st.connection`: run on the database, or answered by its cache."""

    connection: str
    sql: str
    seconds: float
    cached: bool
    # Where the app's code asked for it ("app.py:12").
    where: str = ""
    # The database ran a query from the same place in the previous inspected run too: the
    # rerun pattern that overloads a database (the inspector says how to cache it).
    every_run: bool = False

    @property
    def origin(self) -> str:
        """What tells "the same query" across runs: where the app asked (its text may differ)."""
        return f"{self.connection} {self.where}" if self.where else f"{self.connection} {self.sql}"


@dataclass(frozen=True)
class RunReport:
    run_id: int
    page: str
    seconds: float
    calls: tuple[CallTiming, ...]
    caches: tuple[CacheUse, ...]
    queries: tuple[QueryUse, ...]
    bytes_sent: int
    messages_sent: int

    @property
    def uncached_queries(self) -> tuple[QueryUse, ...]:
        """Queries this run sent to a database (the inspector flags them when they repeat)."""
        return tuple(q for q in self.queries if not q.cached)

    @classmethod
    def from_proto(cls, proto: RunReportProto) -> RunReport:
        return cls(
            run_id=proto.run_id,
            page=proto.page,
            seconds=proto.seconds,
            calls=tuple(CallTiming(c.name, c.seconds, c.where) for c in proto.calls),
            caches=tuple(CacheUse(c.function, c.kind, c.hit, c.seconds) for c in proto.caches),
            queries=tuple(
                QueryUse(q.connection, q.sql, q.seconds, q.cached, q.where, q.every_run)
                for q in proto.queries
            ),
            bytes_sent=proto.bytes_sent,
            messages_sent=proto.messages_sent,
        )

    def to_proto(self) -> RunReportProto:
        proto = RunReportProto(
            run_id=self.run_id,
            page=self.page,
            seconds=self.seconds,
            bytes_sent=self.bytes_sent,
            messages_sent=self.messages_sent,
        )
        for call in self.calls:
            proto.calls.add(name=call.name, seconds=call.seconds, where=call.where)
        for use in self.caches:
            proto.caches.add(function=use.function, kind=use.kind, hit=use.hit, seconds=use.seconds)
        for query in self.queries:
            proto.queries.add(
                connection=query.connection,
                sql=query.sql,
                seconds=query.seconds,
                cached=query.cached,
                where=query.where,
                every_run=query.every_run,
            )
        return proto


@dataclass
class RunRecorder:
    run_id: int
    page: str = ""
    started: float = field(default_factory=time.perf_counter)
    calls: list[CallTiming] = field(default_factory=list)
    caches: list[CacheUse] = field(default_factory=list)
    queries: list[QueryUse] = field(default_factory=list)
    bytes_sent: int = 0
    messages_sent: int = 0

    def sent(self, size: int) -> None:
        self.bytes_sent += size
        self.messages_sent += 1

    def report(self, uncached_before: frozenset[str] = frozenset()) -> RunReport:
        """The record; `uncached_before`: where the previous run's database queries came from."""
        queries = tuple(
            replace(q, every_run=True) if not q.cached and q.origin in uncached_before else q
            for q in self.queries
        )
        return RunReport(
            run_id=self.run_id,
            page=self.page,
            seconds=time.perf_counter() - self.started,
            calls=tuple(self.calls),
            caches=tuple(self.caches),
            queries=queries,
            bytes_sent=self.bytes_sent,
            messages_sent=self.messages_sent,
        )


@dataclass
class InspectorMemory:
    """What a session's inspector remembers from run to run (its ScriptRunners come and go)."""

    # Where the last inspected run's database queries came from (QueryUse.origin).
    uncached: frozenset[str] = frozenset()


def current_recorder() -> RunRecorder | None:
    """The recorder of the inspected run on this thread, or None."""
    ctx = get_run_context()
    return ctx.recorder if ctx is not None else None


@contextmanager
def timed_call(name: str, where: str) -> Iterator[None]:
    """Around an `st.*` call the app's code made at `where`: its time goes to the inspected
    run's record (calls that dataapp makes inside it are part of its time)."""
    recorder = current_recorder()
    started = time.perf_counter()
    try:
        yield
    finally:
        if recorder is not None:
            recorder.calls.append(CallTiming(name, time.perf_counter() - started, where))


def record_cache(function: str, kind: str, hit: bool, seconds: float) -> None:
    recorder = current_recorder()
    if recorder is not None:
        recorder.caches.append(CacheUse(function, kind, hit, seconds))


def record_query(connection: str, sql: str, seconds: float, cached: bool) -> None:
    ctx = get_run_context()
    if ctx is None or ctx.recorder is None:
        return
    ctx.recorder.queries.append(
        QueryUse(connection, sql, seconds, cached, _app_frame(os.path.dirname(ctx.script_path)))
    )


def _app_frame(app_dir: str) -> str:
    """`file.py:line` of the innermost frame of the app's own code (files in its folder)."""
    frame = sys._getframe(2)
    prefix = os.path.join(app_dir, "")
    while frame is not None:
        path = frame.f_code.co_filename
        if path.startswith(prefix) and "site-packages" not in path:
            return f"{os.path.basename(path)}:{frame.f_lineno}"
        frame = frame.f_back  # type: ignore[assignment]
    return ""
