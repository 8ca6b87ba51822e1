"""In-memory storage of cached results: one FunctionCache per version of a decorated function.

Thread-safe: script threads of every session read and write the same caches; the page's
"Clear cache" clears them from the server's event loop. Values are stored as given (st.cache_data
gives a values.StoredValue, st.cache_resource the object itself). `disk` puts files behind a cache.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol

# How often a caller waiting for another thread's computation checks whether its own run
# was asked to stop.
WAIT_POLL_SECONDS = 0.05


def now() -> float:
    """The clock entries are timed with (tests replace it)."""
    return time.monotonic()


@dataclass(frozen=True)
class CachedResult:
    """One entry: the stored value, the elements the function sent, and when it was computed."""

    value: Any
    deltas: tuple[Any, ...]
    created_at: float


@dataclass
class _KeyLock:
    lock: threading.RLock = field(default_factory=threading.RLock)
    # Threads holding or waiting for `lock`; the lock is dropped when none is left.
    users: int = 0


class Entries(Protocol):
    """What a cached function asks of its storage: a FunctionCache, or one with files behind."""

    def get(self, key: bytes, ttl_seconds: float | None) -> CachedResult | None: ...

    def put(
        self, key: bytes, value: Any, deltas: tuple[Any, ...], max_entries: int | None
    ) -> None: ...

    def discard(self, key: bytes) -> None: ...

    def clear(self) -> None: ...

    def computing(
        self, key: bytes, while_waiting: Callable[[], None] | None
    ) -> AbstractContextManager[None]: ...


class FunctionCache:
    """Thread-safe. The entries of one version of one decorated function, least recent first."""

    def __init__(self, display_name: str) -> None:
        self.display_name = display_name
        self._lock = threading.Lock()
        self._entries: OrderedDict[bytes, CachedResult] = OrderedDict()
        self._computing: dict[bytes, _KeyLock] = {}

    def get(self, key: bytes, ttl_seconds: float | None) -> CachedResult | None:
        """The entry for `key` if it has not expired; it becomes the most recently used."""
        with self._lock:
            result = self._entries.get(key)
            if result is None:
                return None
            if ttl_seconds is not None and now() - result.created_at >= ttl_seconds:
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return result

    def put(
        self,
        key: bytes,
        value: Any,
        deltas: tuple[Any, ...],
        max_entries: int | None,
        *,
        age: float = 0.0,
    ) -> None:
        """Store a value; the least recently used entries go past max_entries.

        `age`: seconds since it was computed (a value read from a file was not computed now).
        """
        with self._lock:
            self._entries[key] = CachedResult(value, deltas, now() - age)
            self._entries.move_to_end(key)
            if max_entries is not None:
                while len(self._entries) > max_entries:
                    self._entries.popitem(last=False)

    def discard(self, key: bytes) -> None:
        with self._lock:
            self._entries.pop(key, None)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def keys(self) -> list[bytes]:
        """Least recently used first."""
        with self._lock:
            return list(self._entries)

    @contextmanager
    def computing(self, key: bytes, while_waiting: Callable[[], None] | None) -> Iterator[None]:
        """Hold the lock of `key`, so that threads asking for the same entry compute it once.

        Waiting threads call `while_waiting` every WAIT_POLL_SECONDS: it may raise to give up
        (a rerun of the waiting session). The lock is re-entrant, so a function that calls
        itself with the same arguments recurses as it would without the cache.
        """
        with self._lock:
            key_lock = self._computing.get(key)
            if key_lock is None:
                key_lock = self._computing[key] = _KeyLock()
            key_lock.users += 1
        try:
            while not key_lock.lock.acquire(timeout=WAIT_POLL_SECONDS):
                if while_waiting is not None:
                    while_waiting()
            try:
                yield
            finally:
                key_lock.lock.release()
        finally:
            with self._lock:
                key_lock.users -= 1
                if key_lock.users == 0:
                    del self._computing[key]


FunctionIdentity = tuple[str, str, str]


class CacheFamily:
    """Thread-safe. Every FunctionCache of one decorator (st.cache_data or st.cache_resource).

    A function is known by its identity (module, file, qualified name) and its version (a digest
    of its source). When an edited version of a function shows up, the older version's entries
    are dropped: the edited app can never ask for them again.
    """

    def __init__(self, api_name: str) -> None:
        self.api_name = api_name
        self._lock = threading.Lock()
        self._caches: dict[str, FunctionCache] = {}
        self._latest: dict[FunctionIdentity, str] = {}
        self._on_first_cache: list[Callable[[], None]] = []

    def on_first_cache(self, callback: Callable[[], None]) -> None:
        """Run `callback` once, when the family is first used (lazy registration)."""
        self._on_first_cache.append(callback)

    def start_using(self) -> None:
        """Run the on_first_cache callbacks now if they have not run yet.

        For a function whose entries outlive the process: "Clear cache" must reach its files
        before it is first called.
        """
        with self._lock:
            first_callbacks, self._on_first_cache = self._on_first_cache, []
        for callback in first_callbacks:
            callback()

    def cache_for(
        self, version: str, identity: FunctionIdentity, display_name: str
    ) -> FunctionCache:
        self.start_using()
        with self._lock:
            cache = self._caches.get(version)
            if cache is None:
                older = self._latest.get(identity)
                if older is not None and older != version:
                    self._caches.pop(older, None)
                cache = self._caches[version] = FunctionCache(display_name)
            self._latest[identity] = version
        return cache

    def clear_all(self) -> None:
        """Empty every function's cache (the caches stay, decorated functions keep using them)."""
        with self._lock:
            caches = list(self._caches.values())
        for cache in caches:
            cache.clear()

    def __len__(self) -> int:
        """How many function versions have a cache."""
        with self._lock:
            return len(self._caches)
