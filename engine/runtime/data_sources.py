"""Frames that data elements keep on the server, per session, and the windows the page asks for.

Thread rules: the script thread registers sources and prunes them when a run finishes; the
event loop hands in window requests (`request_window`), which are answered on a small shared
thread pool — never on the event loop — and leave through the session's `enqueue` (thread-safe).
A newer request of the same grid supersedes older ones, waiting or being computed. The registry
knows no pandas: the elements layer implements `WindowSource`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Protocol

from dataapp.proto.data_pb2 import DataWindow, DataWindowRequest
from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.runtime.context import Path

log = logging.getLogger("dataapp.data")

# Threads that sort, search and slice frames for all sessions. Two: one long sort must not
# hold up every other grid, and more would only fight over the GIL.
_WINDOW_WORKERS = 2

_pools_lock = threading.Lock()
_window_pool: ThreadPoolExecutor | None = None
_verify_pool: ThreadPoolExecutor | None = None


def _shared_pools() -> tuple[Executor, Executor]:
    global _window_pool, _verify_pool
    with _pools_lock:
        if _window_pool is None:
            _window_pool = ThreadPoolExecutor(_WINDOW_WORKERS, thread_name_prefix="dataapp-window")
        if _verify_pool is None:
            # Background content checks (see WindowSource.full_digest) queue behind each other.
            _verify_pool = ThreadPoolExecutor(1, thread_name_prefix="dataapp-verify")
        return _window_pool, _verify_pool


class WindowSource(Protocol):
    """One kept frame, as the elements layer shows it (dataapp.elements.data.source)."""

    def compute_window(
        self, request: DataWindowRequest, superseded: Callable[[], bool]
    ) -> DataWindow | None:
        """The rows `request` asks for; None when `superseded()` turned true on the way."""

    def full_digest(self) -> bytes | None:
        """A digest of the whole content, when the source id was made from a sample of it
        (a large frame) and hashing everything is still affordable in the background;
        None when the source id already covers every value, or the frame is too large."""


@dataclass
class _Entry:
    source: WindowSource
    # Slots showing this source, with the run that last placed it there.
    paths: dict[Path, int] = field(default_factory=dict)
    # Digest of the content when the source was first kept (None: not computed / too large).
    digest: bytes | None = None


@dataclass
class _View:
    """One grid's requests: the newest waiting one, and whether a worker is on it."""

    pending: DataWindowRequest | None = None
    busy: bool = False


def _view_key(request: DataWindowRequest) -> tuple[object, ...]:
    """What the row order of a request depends on; requests with the same key share it."""
    return (
        tuple((k.column, k.descending) for k in request.sort),
        request.search,
        tuple(request.hidden_positions),
    )


class DataSourceRegistry:
    """Thread-safe. The session's kept frames, by source id, and the grids asking for rows."""

    def __init__(
        self,
        enqueue: Callable[[ForwardMsg], None],
        window_pool: Executor | None = None,
        verify_pool: Executor | None = None,
    ) -> None:
        self._enqueue = enqueue
        self._lock = threading.Lock()
        self._entries: dict[str, _Entry] = {}
        self._by_path: dict[Path, str] = {}
        self._views: dict[tuple[str, int], _View] = {}
        self._window_pool = window_pool
        self._verify_pool = verify_pool
        self._closed = False

    # -- the script thread ----------------------------------------------------------------------

    def register(self, source_id: str, source: WindowSource) -> None:
        """Keep `source` under `source_id` (before its element is sent; `attach` names the slot).

        Re-registering an id with another object keeps the newer object; when the id was made
        from a sample of the content, a background check compares the whole content and tells
        the page to drop its rows if they differ (see docs/data.md).
        """
        previous: WindowSource | None = None
        with self._lock:
            if self._closed:
                return
            entry = self._entries.get(source_id)
            if entry is None:
                self._entries[source_id] = entry = _Entry(source)
            else:
                previous, entry.source = entry.source, source
        self._verify_later(source_id, entry, previous)

    def attach(self, source_id: str, path: Path, run_id: int) -> None:
        """The source is shown at `path` in run `run_id`; what the slot showed before is let go."""
        with self._lock:
            entry = self._entries.get(source_id)
            if entry is None:
                return
            old_id = self._by_path.get(path)
            if old_id is not None and old_id != source_id:
                self._detach(old_id, path)
            entry.paths[path] = run_id
            self._by_path[path] = source_id

    def source(self, source_id: str) -> WindowSource | None:
        with self._lock:
            entry = self._entries.get(source_id)
            return entry.source if entry is not None else None

    def source_at(self, path: Path) -> tuple[str, WindowSource] | None:
        """The source shown at `path` (for add_rows), if any."""
        with self._lock:
            source_id = self._by_path.get(path)
            entry = self._entries.get(source_id) if source_id is not None else None
            return (source_id, entry.source) if source_id and entry else None

    def prune_unreached(self, run_id: int, scope: Path | None = None) -> None:
        """A run finished: let go of slots it did not reach (under `scope` only, for a
        fragment run) and of sources no slot shows any more, as the page does with its tree."""
        with self._lock:
            for path, source_id in list(self._by_path.items()):
                if scope is not None and path[: len(scope)] != scope:
                    continue
                entry = self._entries.get(source_id)
                if entry is None or entry.paths.get(path) != run_id:
                    self._detach(source_id, path)

    def _detach(self, source_id: str, path: Path) -> None:
        entry = self._entries.get(source_id)
        if self._by_path.get(path) == source_id:
            del self._by_path[path]
        if entry is None:
            return
        entry.paths.pop(path, None)
        if not entry.paths:
            del self._entries[source_id]
            for key in [k for k in self._views if k[0] == source_id]:
                view = self._views[key]
                view.pending = None
                if not view.busy:
                    del self._views[key]

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def close(self) -> None:
        """The session ended: forget every frame; requests on their way are dropped."""
        with self._lock:
            self._closed = True
            self._entries.clear()
            self._by_path.clear()
            for view in self._views.values():
                view.pending = None

    # -- the event loop ---------------------------------------------------------------------------

    def request_window(self, request: DataWindowRequest) -> None:
        """Answer `request` on the window pool; returns at once."""
        key = (request.source_id, request.view)
        with self._lock:
            if self._closed:
                return
            if request.source_id not in self._entries:
                gone = ForwardMsg()
                gone.data_window.CopyFrom(
                    _error_window(request, "This table is no longer shown; rerun the app.")
                )
                self._enqueue(gone)
                return
            view = self._views.setdefault(key, _View())
            view.pending = request
            if view.busy:
                return
            view.busy = True
        pool = self._window_pool or _shared_pools()[0]
        pool.submit(self._serve, key)

    def _serve(self, key: tuple[str, int]) -> None:
        """Worker: answer the newest request of one grid until none is waiting."""
        while True:
            with self._lock:
                view = self._views.get(key)
                if view is None:
                    return
                request = view.pending
                entry = self._entries.get(key[0])
                if request is None or entry is None:
                    view.busy = False
                    view.pending = None
                    if entry is None:
                        del self._views[key]
                    return
                view.pending = None
                source = entry.source
            wanted = _view_key(request)

            def superseded(view: _View = view, wanted: tuple[object, ...] = wanted) -> bool:
                # A newer request for the same order can reuse the work; another order cannot.
                newer = view.pending
                return newer is not None and _view_key(newer) != wanted

            try:
                window = source.compute_window(request, superseded)
            except Exception as error:
                log.exception("Could not compute rows of a table")
                window = _error_window(request, f"Could not show these rows: {error}")
            if window is None:
                continue
            with self._lock:
                newer_same_order = view.pending is not None and not superseded()
            if newer_same_order:
                # The grid has scrolled on; the next loop answers with the same (cached) order.
                continue
            msg = ForwardMsg()
            msg.data_window.CopyFrom(window)
            self._enqueue(msg)

    # -- background checks --------------------------------------------------------------------

    def _verify_later(self, source_id: str, entry: _Entry, previous: WindowSource | None) -> None:
        pool = self._verify_pool or _shared_pools()[1]
        source = entry.source
        pool.submit(self._verify, source_id, entry, source, previous)

    def _verify(
        self,
        source_id: str,
        entry: _Entry,
        source: WindowSource,
        previous: WindowSource | None,
    ) -> None:
        with self._lock:
            if self._closed or self._entries.get(source_id) is not entry:
                return
        try:
            digest = source.full_digest()
        except Exception:
            log.exception("Could not check the content of a table")
            return
        if digest is None:
            return
        with self._lock:
            known = entry.digest
            entry.digest = digest
            alive = self._entries.get(source_id) is entry
        if previous is None or known is None or known == digest or not alive:
            return
        # Same sampled fingerprint, other content: the page's rows of this source are stale.
        msg = ForwardMsg()
        msg.data_window.source_id = source_id
        msg.data_window.invalidate = True
        self._enqueue(msg)


def _error_window(request: DataWindowRequest, text: str) -> DataWindow:
    return DataWindow(source_id=request.source_id, seq=request.seq, view=request.view, error=text)
