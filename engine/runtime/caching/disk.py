"""Entries of `st.cache_data(persist="disk")` in files, beside the app's saved session state.

Thread-safe, and safe with other processes of the same app: an entry is written to a temporary
file in its folder, fsynced and renamed over the old one, so a reader sees a whole entry or
none; a file that does not check out is a miss and is deleted. The memory cache stays in front
(PersistedFunctionCache): files are read on its misses only.

    <data dir>/apps/<app>-<hash>/cache/     AppCache.folder, next to session.sqlite3
        <name>-<hash>/                      one function (module, file in the app, name)
            <version>/                      one version of its source; other versions are deleted
                <key>.entry                 the entry of one set of arguments
"""

from __future__ import annotations

import functools
import hashlib
import logging
import math
import os
import pickle
import re
import struct
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import storage
from .replay import RecordedDelta, from_records, to_records
from .storage import CachedResult, FunctionCache, FunctionIdentity
from .values import StoredValue, from_bytes

if TYPE_CHECKING:
    from dataapp.runtime.context import RunContext

log = logging.getLogger("dataapp.caching")

# Bump when the layout of an entry file changes: files of another format are misses.
FORMAT_VERSION = 1
ENTRY_SUFFIX = ".entry"
_TEMP_SUFFIX = ".tmp"
_MAGIC = b"dataappC"
# Magic, format version, created at (wall clock), then the lengths of the function's version
# id, the key, the recorded deltas and the pickled value. A digest of all the rest follows.
_HEAD = struct.Struct("<8sHdHHQQ")
_DIGEST_SIZE = 16
_HEADER_SIZE = _HEAD.size + _DIGEST_SIZE
# A temporary file untouched this long was left by a process that died while writing it.
_ABANDONED_TEMP_SECONDS = 60.0


def wall_clock() -> float:
    """The clock entry files are dated with: unlike the memory cache's, it goes on across
    restarts (tests replace it)."""
    return time.time()


# -- the entry file ------------------------------------------------------------------------------


class CorruptEntryError(Exception):
    """Internal: a file is not a whole entry of this function and key (torn, garbage, ...)."""


@dataclass(frozen=True)
class StoredEntry:
    """What an entry file holds."""

    # The pickled return value (values.StoredValue.to_bytes).
    value: bytes
    deltas: tuple[RecordedDelta, ...]
    # wall_clock() when the value was computed.
    created_at: float


def encode_entry(
    function_id: str, key: bytes, value: bytes, deltas: tuple[RecordedDelta, ...], created: float
) -> list[bytes]:
    """The bytes of an entry file, in parts, so that a large value is not copied."""
    fid = function_id.encode("ascii")
    records = pickle.dumps(to_records(deltas), protocol=pickle.HIGHEST_PROTOCOL)
    head = _HEAD.pack(_MAGIC, FORMAT_VERSION, created, len(fid), len(key), len(records), len(value))
    body = [fid, key, records, value]
    digest = hashlib.blake2b(head, digest_size=_DIGEST_SIZE)
    for part in body:
        digest.update(part)
    return [head, digest.digest(), *body]


def decode_entry(data: bytes, function_id: str, key: bytes) -> StoredEntry:
    """The entry in `data`; CorruptEntryError unless it is a whole entry of `function_id`/`key`."""
    created = _decode_head(data)
    _, _, _, fid_len, key_len, records_len, value_len = _HEAD.unpack_from(data)
    if len(data) != _HEADER_SIZE + fid_len + key_len + records_len + value_len:
        raise CorruptEntryError(f"{len(data)} bytes, not the length its header gives")
    view = memoryview(data)
    digest = hashlib.blake2b(view[: _HEAD.size], digest_size=_DIGEST_SIZE)
    digest.update(view[_HEADER_SIZE:])
    if digest.digest() != data[_HEAD.size : _HEADER_SIZE]:
        raise CorruptEntryError("its digest does not match its contents")
    position = _HEADER_SIZE
    parts: list[bytes] = []
    for length in (fid_len, key_len, records_len, value_len):
        parts.append(data[position : position + length])
        position += length
    fid, stored_key, records, value = parts
    if fid != function_id.encode("ascii") or stored_key != key:
        raise CorruptEntryError("it belongs to another function or other arguments")
    try:
        deltas = from_records(pickle.loads(records))
    except Exception as error:
        raise CorruptEntryError(f"its recorded elements cannot be read: {error}") from None
    return StoredEntry(value, deltas, created)


def _decode_head(data: bytes) -> float:
    """When the entry in `data` was created; CorruptEntryError unless its header is sound."""
    if len(data) < _HEADER_SIZE:
        raise CorruptEntryError(f"{len(data)} bytes, shorter than an entry's header")
    magic, version, created, *_ = _HEAD.unpack_from(data)
    if magic != _MAGIC:
        raise CorruptEntryError("it is not a dataapp cache entry")
    if version != FORMAT_VERSION:
        raise CorruptEntryError(f"format {version}, not {FORMAT_VERSION}")
    if not math.isfinite(created):
        raise CorruptEntryError("its creation time is not a time")
    return float(created)


def _expired(created: float, ttl_seconds: float | None) -> bool:
    return ttl_seconds is not None and wall_clock() - created >= ttl_seconds


# -- the files of one function ---------------------------------------------------------------


class EntryFiles:
    """Thread-safe (it keeps nothing but paths). The files of one function version in one app."""

    def __init__(self, function_folder: Path, version: str) -> None:
        self.function_folder = function_folder
        self.version = version
        self.folder = function_folder / version

    def path(self, key: bytes) -> Path:
        return self.folder / f"{key.hex()}{ENTRY_SUFFIX}"

    def read(self, key: bytes, ttl_seconds: float | None) -> StoredEntry | None:
        """The entry of `key`, or None: missing, expired or unreadable (those two are deleted)."""
        path = self.path(key)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            log.warning("Could not read the cache file %s: %s", path, error)
            return None
        try:
            entry = decode_entry(data, self.version, key)
        except CorruptEntryError as error:
            log.warning("Deleting the cache file %s: %s", path, error)
            _unlink(path)
            return None
        if _expired(entry.created_at, ttl_seconds):
            _unlink(path)
            return None
        return entry

    def write(self, key: bytes, value: bytes, deltas: tuple[RecordedDelta, ...]) -> None:
        """Atomically replace the entry of `key` (OSError when the disk refuses)."""
        parts = encode_entry(self.version, key, value, deltas, wall_clock())
        self.folder.mkdir(parents=True, exist_ok=True)
        import tempfile  # imported on the first write: `import dataapp` stays light

        descriptor, temp_name = tempfile.mkstemp(
            prefix=f".{key.hex()}.", suffix=_TEMP_SUFFIX, dir=self.folder
        )
        try:
            with os.fdopen(descriptor, "wb") as temp:
                for part in parts:
                    temp.write(part)
                temp.flush()
                os.fsync(temp.fileno())
            stamp = _next_use_stamp()
            os.utime(temp_name, ns=(stamp, stamp))
            os.replace(temp_name, self.path(key))
        except BaseException:
            _unlink(Path(temp_name))
            raise
        _sync_folder(self.folder)

    def touch(self, key: bytes) -> None:
        """Mark the entry as just used: least recently used means oldest modification time."""
        stamp = _next_use_stamp()
        with suppress(OSError):
            os.utime(self.path(key), ns=(stamp, stamp))

    def remove(self, key: bytes) -> None:
        _unlink(self.path(key))

    def evict_beyond(self, max_entries: int) -> list[bytes]:
        """Delete the least recently used entries past `max_entries`; their keys."""
        found: list[tuple[int, str]] = []
        try:
            with os.scandir(self.folder) as entries:
                for entry in entries:
                    if entry.name.endswith(ENTRY_SUFFIX):
                        with suppress(FileNotFoundError):
                            found.append((entry.stat().st_mtime_ns, entry.name))
        except FileNotFoundError:
            return []
        found.sort()
        evicted: list[bytes] = []
        for _, name in found[: max(0, len(found) - max_entries)]:
            _unlink(self.folder / name)
            with suppress(ValueError):
                evicted.append(bytes.fromhex(name.removesuffix(ENTRY_SUFFIX)))
        return evicted

    def clear(self) -> None:
        """Delete every entry of the function, of any version."""
        _remove_tree(self.function_folder, ignore_errors=True)

    def tidy(self, ttl_seconds: float | None) -> None:
        """Delete what no call will read: other versions, expired entries, abandoned temp files."""
        try:
            siblings = list(self.function_folder.iterdir())
        except OSError:
            return
        for sibling in siblings:
            if sibling.name != self.version:
                _remove_tree(sibling, ignore_errors=True)
        try:
            paths = list(self.folder.iterdir())
        except OSError:
            return
        for path in paths:
            if path.name.endswith(_TEMP_SUFFIX):
                with suppress(OSError):
                    if time.time() - path.stat().st_mtime > _ABANDONED_TEMP_SECONDS:
                        path.unlink()
            elif path.name.endswith(ENTRY_SUFFIX) and ttl_seconds is not None:
                try:
                    with path.open("rb") as file:
                        created = _decode_head(file.read(_HEADER_SIZE))
                except OSError:
                    continue
                except CorruptEntryError:
                    _unlink(path)
                    continue
                if _expired(created, ttl_seconds):
                    _unlink(path)


_stamp_lock = threading.Lock()
_last_stamp = 0


def _next_use_stamp() -> int:
    """Now, in ns, and later than every stamp before it in this process: uses never tie."""
    global _last_stamp
    with _stamp_lock:
        _last_stamp = max(time.time_ns(), _last_stamp + 1)
        return _last_stamp


def _unlink(path: Path) -> None:
    with suppress(OSError):
        path.unlink()


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    with suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


# -- memory in front of the files ------------------------------------------------------------


class PersistedFunctionCache:
    """Thread-safe. A function version's entries: its memory cache in front, files behind.

    Every entry in memory is in a file too (unless the disk refused it), so `max_entries` is
    applied to the files, and what they evict leaves memory as well. A hit marks its file as
    used only when there is a `max_entries`: the order of use matters for nothing else.
    """

    def __init__(self, memory: FunctionCache, files: EntryFiles, max_entries: int | None) -> None:
        self.memory = memory
        self.files = files
        self._max_entries = max_entries
        self._warned_write_failure = False

    def get(self, key: bytes, ttl_seconds: float | None) -> CachedResult | None:
        result = self.memory.get(key, ttl_seconds)
        if result is None:
            stored = self.files.read(key, ttl_seconds)
            if stored is None:
                return None
            try:
                value = from_bytes(stored.value)
            except Exception as error:  # e.g. a class of the value was renamed in the app
                log.warning("Deleting the cache file %s: %s", self.files.path(key), error)
                self.files.remove(key)
                return None
            age = max(0.0, wall_clock() - stored.created_at)
            self.memory.put(key, value, stored.deltas, self._max_entries, age=age)
            result = CachedResult(value, stored.deltas, storage.now() - age)
        if self._max_entries is not None:
            self.files.touch(key)
        return result

    def put(
        self, key: bytes, value: StoredValue, deltas: tuple[Any, ...], max_entries: int | None
    ) -> None:
        self.memory.put(key, value, deltas, max_entries)
        try:
            self.files.write(key, value.to_bytes(), deltas)
        except OSError as error:
            if not self._warned_write_failure:
                self._warned_write_failure = True
                log.warning(
                    "%s: could not save a cache entry in %s (%s); it is kept in memory only.",
                    self.memory.display_name,
                    self.files.folder,
                    error,
                )
            return
        if max_entries is not None:
            for evicted in self.files.evict_beyond(max_entries):
                self.memory.discard(evicted)

    def discard(self, key: bytes) -> None:
        self.memory.discard(key)
        self.files.remove(key)

    def clear(self) -> None:
        self.memory.clear()
        self.files.clear()

    def computing(
        self, key: bytes, while_waiting: Callable[[], None] | None
    ) -> AbstractContextManager[None]:
        return self.memory.computing(key, while_waiting)


# -- every app's files -----------------------------------------------------------------------


@dataclass(frozen=True)
class AppCache:
    """Where one app keeps its entry files."""

    # `cache/` in the app's folder of saved state (persistence.app_state_dir).
    folder: Path
    # The folder of the app's script: a function's file is named relative to it, so that an
    # app whose folder moves (a packaged app unpacks itself somewhere new at every launch)
    # finds its entries again.
    app_dir: str

    def files(self, identity: FunctionIdentity, version: str) -> EntryFiles:
        return EntryFiles(self.folder / function_folder_name(identity, self.app_dir), version)


class DiskCaches:
    """Thread-safe. The cache folders of the apps this process has run, and their functions."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._apps: list[AppCache] = []
        self._opened: dict[tuple[AppCache, FunctionIdentity], PersistedFunctionCache] = {}

    def app_cache(self, ctx: RunContext | None) -> AppCache | None:
        """Where the app `ctx` runs keeps its files (None outside a run); remembered."""
        if ctx is None:
            return None
        from dataapp.runtime.persistence.manager import DATA_DIR_ENV

        app = _app_cache(ctx.script_path, app_identity(ctx), os.environ.get(DATA_DIR_ENV))
        with self._lock:
            if app not in self._apps:
                self._apps.append(app)
        return app

    def cache_for(
        self,
        app: AppCache,
        memory: FunctionCache,
        identity: FunctionIdentity,
        version: str,
        ttl_seconds: float | None,
        max_entries: int | None,
    ) -> PersistedFunctionCache:
        """The entries of this version of a function in this app, tidied when first used."""
        with self._lock:
            cache = self._opened.get((app, identity))
            if cache is not None and cache.memory is memory and cache.files.version == version:
                return cache
            files = app.files(identity, version)
            cache = self._opened[(app, identity)] = PersistedFunctionCache(
                memory, files, max_entries
            )
        files.tidy(ttl_seconds)
        return cache

    def remove(
        self,
        ctx: RunContext | None,
        identity: FunctionIdentity,
        version: str,
        key: bytes | None = None,
    ) -> None:
        """Delete the file of one entry, or with no key every file of the function."""
        for app in self._apps_to_clear(ctx):
            files = app.files(identity, version)
            if key is None:
                files.clear()
            else:
                files.remove(key)

    def clear_all(self, ctx: RunContext | None) -> None:
        """Delete every entry file of the app."""
        for app in self._apps_to_clear(ctx):
            _remove_tree(app.folder, ignore_errors=True)

    def _apps_to_clear(self, ctx: RunContext | None) -> list[AppCache]:
        """The running app in a run; outside one (the page's "Clear cache" command comes from
        the event loop) every app this process has run."""
        app = self.app_cache(ctx)
        if app is not None:
            return [app]
        with self._lock:
            return list(self._apps)


@functools.lru_cache(maxsize=64)
def _app_cache(script_path: str, identity: str, data_dir_override: str | None) -> AppCache:
    """Remembered, as cached functions ask on every call (`data_dir_override` keys the memo:
    persistence.data_dir reads it)."""
    from dataapp.runtime.persistence.manager import app_state_dir

    return AppCache(app_state_dir(identity) / "cache", os.path.dirname(script_path))


def app_identity(ctx: RunContext) -> str:
    """Whose files these are: the running Runtime's app_identity, as for its saved state."""
    # A run context made without a Runtime (tests) falls back to the app's config files.
    return ctx.app_identity or _configured_identity(ctx.script_path)


@functools.cache
def _configured_identity(script_path: str) -> str:
    """`[app] id` in the app's config files, else its script's path (read once per process)."""
    from dataapp.runtime.config import ConfigError, load_config

    try:
        return load_config(script_path).app_id or script_path
    except ConfigError:
        return script_path


@functools.lru_cache(maxsize=1024)
def function_folder_name(identity: FunctionIdentity, app_dir: str) -> str:
    """A readable name plus a digest of the function's module, file and qualified name, with
    the file relative to the app's folder when it is inside it."""
    module, filename, qualname = identity
    if filename and app_dir:
        with suppress(ValueError):
            filename = Path(filename).relative_to(app_dir).as_posix()
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", qualname).strip("-")[:40] or "function"
    digest = hashlib.blake2b(digest_size=6)
    for part in (module, filename, qualname):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return f"{slug}-{digest.hexdigest()}"


def _remove_tree(folder: Path | str, ignore_errors: bool = True) -> None:
    import shutil  # imported when first needed: `import dataapp` stays light

    shutil.rmtree(folder, ignore_errors=ignore_errors)
