"""Keeps a session's state between launches: restores it before the first run, snapshots it
after finished runs (written at most about once a second) and on exit.

Thread rules: `on_run_finished` runs on the script thread at the end of a run and freezes the
run's values there (capture.py), so a snapshot is that run's state and no later run can change
it; the manager's writer thread only turns frozen values into bytes and writes them, so a rerun
never waits for the disk. `restore_into` runs where sessions are created; `flush`/`close` on
shutdown. A failure to keep one key skips that key (a notice names it, once); the writer
thread survives every error.
"""

from __future__ import annotations

import fnmatch
import functools
import hashlib
import logging
import os
import re
import stat
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dataapp.runtime.session_state import LazyValue

from .capture import AlreadyEncoded, Captured, capture
from .codec import JSON_CODEC, StoredValue, UnstorableValueError, decode
from .sqlite_store import SQLiteSessionStore, StoreUnavailable
from .store import Encoded, SessionStore, Snapshot, UnavailableStore

if TYPE_CHECKING:
    from dataapp.runtime.app_session import AppSession
    from dataapp.runtime.script_runner import RunResult

log = logging.getLogger("dataapp.persistence")

DATA_DIR_ENV = "DATAAPP_DATA_DIR"
DEBOUNCE_SECONDS = 1.0


@dataclass(frozen=True)
class PersistenceSettings:
    # fnmatch patterns of session_state keys that are not kept.
    exclude: tuple[str, ...] = ("_*",)
    max_value_bytes: int = 50 * 1024 * 1024

    def excluded(self, key: str) -> bool:
        # Asked for every key at the end of every run: one compiled regex, not N fnmatch calls.
        return _exclusion_regex(self.exclude).match(key) is not None


@functools.lru_cache(maxsize=8)
def _exclusion_regex(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(fnmatch.translate(p) for p in patterns) or "(?!)")


def data_dir() -> Path:
    """The per-user folder for dataapp's state (DATAAPP_DATA_DIR overrides it, e.g. in tests)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs  # imported only when persistence is on

    return Path(platformdirs.user_data_dir("dataapp-desktop", appauthor=False))


def app_state_dir(app_identity: str) -> Path:
    """One folder per app: a readable name plus a hash, so two apps never share state."""
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", Path(app_identity).stem or app_identity).strip("-")[:40]
    digest = hashlib.sha256(app_identity.encode()).hexdigest()[:12]
    return data_dir() / "apps" / f"{slug or 'app'}-{digest}"


def private_app_state_dir(app_identity: str) -> Path:
    """app_state_dir, made if missing, readable by this user only (0700), as is its parent.

    What an app keeps (form inputs, notes, cached query results) is the user's business alone;
    folders made by earlier versions with the default 0755 are tightened too.
    """
    folder = app_state_dir(app_identity)
    # Folders above dataapp's own (e.g. ~/.local/share) are the user's: made with the defaults.
    folder.parent.parent.parent.mkdir(parents=True, exist_ok=True)
    for path in (folder.parent.parent, folder.parent, folder):
        path.mkdir(mode=0o700, exist_ok=True)
    for path in (folder.parent, folder):
        if stat.S_IMODE(path.stat().st_mode) != 0o700:
            path.chmod(0o700)
    return folder


@dataclass(frozen=True)
class _Pending:
    """One finished run's state, frozen on its script thread, waiting for the writer."""

    # Runs finish in this order; an older snapshot never overwrites a newer one.
    sequence: int
    session: AppSession
    user: dict[str, Captured]
    by_key: dict[str, Captured]
    by_id: dict[str, Captured]
    page: str
    query_string: str


@dataclass
class PersistenceManager:
    store: SessionStore
    settings: PersistenceSettings = field(default_factory=PersistenceSettings)

    def __post_init__(self) -> None:
        self._condition = threading.Condition()
        self._pending: _Pending | None = None
        self._sequence = 0
        # Held while a snapshot is encoded and written: by the writer thread, or by flush()
        # on exit, so that the two never interleave and the newest snapshot is written last.
        self._write_lock = threading.Lock()
        self._written_sequence = 0
        self._last_write = 0.0
        self._closed = False
        # Keys whose problem the user was told about: once per launch, not every run.
        self._warned: set[str] = set()
        self._told_store_failed = False
        self._warned_lock = threading.Lock()
        # The last snapshot's encodings by captured form: an unchanged value is not re-encoded.
        self._finished: dict[tuple[str, str], tuple[Captured, Encoded]] = {}
        self._saved: Snapshot | None = self.store.load()
        self._startup_notices = [n.text for n in self.store.take_notices()]
        self._writer = threading.Thread(
            target=self._write_loop, name="dataapp-persistence", daemon=True
        )
        self._writer.start()

    # -- restore ----------------------------------------------------------------------------

    def restore_into(self, session: AppSession) -> str:
        """Seed a new session with the saved state; returns the saved query string.

        JSON values are decoded now; a key that cannot be decoded is left out (the app sees its
        default) and a notice names it. Pickled values are decoded when the app first touches
        the key, because a class defined in the app's script exists only once the script has
        run (session_state.py drops a key that fails then, with the same notice).
        """
        for text in self._startup_notices:
            session.send_notice(text, warning=True)
        saved = self._saved
        if saved is None:
            return ""
        problems: list[str] = []

        def readable(values: dict[str, Encoded]) -> dict[str, Any]:
            kept: dict[str, Any] = {}
            for name, (codec, data) in values.items():
                if codec != JSON_CODEC:
                    kept[name] = StoredValue(codec, data)
                    continue
                try:
                    kept[name] = decode(codec, data)
                except Exception as error:
                    problems.append(
                        f"The saved value of `{name}` could not be restored ({error}); "
                        "the app starts it from its default."
                    )
            return kept

        session.session_state.restore(
            readable(saved.user_values),
            readable(saved.widgets_by_key),
            readable(saved.widgets_by_id),
        )
        for text in problems:
            session.send_notice(text, warning=True)
        return saved.query_string

    # -- snapshot ---------------------------------------------------------------------------

    def on_run_finished(self, session: AppSession, result: RunResult) -> None:
        """Called on the script thread after each run: freeze what to keep, write it later."""
        from dataapp.proto.forward_pb2 import ScriptFinished

        state = session.session_state
        for problem in state.restore_problems:
            session.send_notice(problem, warning=True)
        state.restore_problems.clear()
        if result.status != ScriptFinished.COMPLETE:
            return
        user, by_key, by_id = state.persistable_values(self.settings.excluded)
        with self._condition:
            self._sequence += 1
            sequence = self._sequence
        pending = _Pending(
            sequence,
            session,
            self._capture_all(session, user),
            self._capture_all(session, by_key),
            self._capture_all(session, by_id),
            session.last_page_name,
            session.last_query_string,
        )
        with self._condition:
            if self._pending is None or self._pending.sequence < pending.sequence:
                self._pending = pending
            self._condition.notify()

    def _capture_all(self, session: AppSession, values: dict[str, Any]) -> dict[str, Captured]:
        captured: dict[str, Captured] = {}
        for name, value in values.items():
            if isinstance(value, StoredValue):
                # Restored and not used yet in this launch: keep the bytes as they were.
                captured[name] = AlreadyEncoded((value.codec, value.data))
                continue
            if isinstance(value, LazyValue):
                continue
            try:
                captured[name] = capture(value, self.settings.max_value_bytes)
            except UnstorableValueError as error:
                self._warn_not_kept(session, name, str(error))
            except Exception as error:
                # Whatever a value's own pickling hooks raise, the other keys are kept.
                self._warn_not_kept(session, name, f"a {type(value).__name__} failed: {error}")
        return captured

    def _warn_not_kept(self, session: AppSession, name: str, reason: str) -> None:
        with self._warned_lock:
            if name in self._warned:
                return
            self._warned.add(name)
        log.warning("st.session_state[%r] is not kept for the next launch: %s", name, reason)
        session.send_notice(
            f"st.session_state[{name!r}] is not kept for the next launch: {reason}. "
            f"Exclude it with st.session_state.persist({name!r}, False).",
            warning=True,
        )

    def _write_loop(self) -> None:
        while True:
            with self._condition:
                if self._pending is None:
                    if self._closed:
                        return
                    self._condition.wait()
                    continue
                wait = self._last_write + DEBOUNCE_SECONDS - time.monotonic()
                if wait > 0 and not self._closed:
                    self._condition.wait(wait)
                    continue
            try:
                self._write_pending()
            except Exception:
                # Never reached by design (_write_pending handles its errors); if it is, the
                # next snapshot is still written: this thread must outlive any one failure.
                log.exception("Unexpected error while saving the session state")

    def _write_pending(self) -> None:
        """Take the pending snapshot and write it.

        The write lock is held from taking to written, so that flush() returns only once a
        snapshot the writer thread has already taken is on disk too.
        """
        with self._write_lock:
            with self._condition:
                pending, self._pending = self._pending, None
            if pending is None or pending.sequence <= self._written_sequence:
                return
            saved = self._write_snapshot(pending)
            self._last_write = time.monotonic()
            if saved:
                self._written_sequence = pending.sequence
                return
            with self._condition:
                # Tried again after the debounce (e.g. once the disk has room), unless a newer
                # run has been captured meanwhile.
                if self._pending is None and not self._closed:
                    self._pending = pending

    def _write_snapshot(self, pending: _Pending) -> bool:
        """Encode and save one snapshot; False when the store could not save it."""
        snapshot = Snapshot(
            user_values=self._finish_all(pending, "user", pending.user),
            widgets_by_key=self._finish_all(pending, "widget_key", pending.by_key),
            widgets_by_id=self._finish_all(pending, "widget_id", pending.by_id),
            page=pending.page,
            query_string=pending.query_string,
        )
        try:
            self.store.save(snapshot)
            return True
        except Exception as error:
            log.exception("Could not save the session state")
            with self._warned_lock:
                first_time, self._told_store_failed = not self._told_store_failed, True
            if first_time:
                pending.session.send_notice(
                    f"The app's state could not be saved: {error}", warning=True
                )
            return False

    def _finish_all(
        self, pending: _Pending, group: str, values: dict[str, Captured]
    ) -> dict[str, Encoded]:
        encoded: dict[str, Encoded] = {}
        for name, captured in values.items():
            previous = self._finished.get((group, name))
            if previous is not None and previous[0] == captured:
                encoded[name] = previous[1]
                continue
            try:
                encoded[name] = captured.finish(self.settings.max_value_bytes)
            except UnstorableValueError as error:
                self._warn_not_kept(pending.session, name, str(error))
                continue
            except Exception as error:
                self._warn_not_kept(pending.session, name, f"it failed to encode: {error}")
                continue
            self._finished[(group, name)] = (captured, encoded[name])
        for stale in [k for k in self._finished if k[0] == group and k[1] not in values]:
            del self._finished[stale]
        return encoded

    # -- control ----------------------------------------------------------------------------

    def flush(self) -> None:
        """Write what is pending now, and wait for a write under way (on exit)."""
        self._write_pending()

    def reset(self) -> None:
        """Forget the saved state (the user asked for it); the running sessions keep theirs."""
        with self._condition:
            self._pending = None
        with self._write_lock:
            self.store.clear()
        self._saved = None

    def close(self) -> None:
        self.flush()
        with self._condition:
            self._closed = True
            self._condition.notify()
        self._writer.join(2.0)
        self.store.close()


def forget_saved_state(app_identity: str) -> Path | None:
    """Empty the app's saved session state (`--reset-state`); the store file it emptied, if any."""
    path = app_state_dir(app_identity) / "session.sqlite3"
    if not path.exists():
        return None
    store = SQLiteSessionStore(path)
    try:
        store.clear()
    finally:
        store.close()
    return path


def open_persistence(app_identity: str, settings: PersistenceSettings) -> PersistenceManager:
    """The default: a SQLite store in the per-user folder of this app.

    A store that cannot be opened now (locked by another process, no permission) is left
    untouched; the app runs without keeping state and says why.
    """
    path = private_app_state_dir(app_identity) / "session.sqlite3"
    store: SQLiteSessionStore | None = None
    try:
        store = SQLiteSessionStore(path)
        return PersistenceManager(store, settings)
    except StoreUnavailable as error:
        if store is not None:
            store.close()
        log.warning("%s", error)
        return PersistenceManager(UnavailableStore(str(error)), settings)
