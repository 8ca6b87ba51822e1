"""Keeps a session's state between launches: restores it before the first run, snapshots it
after finished runs (at most about once a second) and on exit.

Thread rules: `on_run_finished` is called on script threads and only captures references;
encoding and writing happen on the manager's own writer thread, so a rerun never waits for
the disk. `restore_into` runs where sessions are created; `flush`/`close` on shutdown.
"""

from __future__ import annotations

import fnmatch
import hashlib
import logging
import os
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dataapp.runtime.session_state import LazyValue

from .codec import StoredValue, UnstorableValueError, encode
from .sqlite_store import SQLiteSessionStore
from .store import Encoded, SessionStore, Snapshot

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
        return any(fnmatch.fnmatchcase(key, pattern) for pattern in self.exclude)


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


@dataclass
class _Pending:
    session: AppSession
    user: dict[str, Any]
    by_key: dict[str, Any]
    by_id: dict[str, Any]
    page: str
    query_string: str


@dataclass
class PersistenceManager:
    store: SessionStore
    settings: PersistenceSettings = field(default_factory=PersistenceSettings)

    def __post_init__(self) -> None:
        self._condition = threading.Condition()
        self._pending: _Pending | None = None
        self._last_write = 0.0
        self._closed = False
        self._warned: set[tuple[str, str]] = set()
        self._saved: Snapshot | None = self.store.load()
        self._startup_notices = [n.text for n in self.store.take_notices()]
        self._writer = threading.Thread(
            target=self._write_loop, name="dataapp-persistence", daemon=True
        )
        self._writer.start()

    # -- restore ----------------------------------------------------------------------------

    def restore_into(self, session: AppSession) -> str:
        """Seed a new session with the saved state; returns the saved query string."""
        for text in self._startup_notices:
            session.send_notice(text, warning=True)
        saved = self._saved
        if saved is None:
            return ""

        def lazy(values: dict[str, Encoded]) -> dict[str, Any]:
            return {name: StoredValue(codec, data) for name, (codec, data) in values.items()}

        session.session_state.restore(
            lazy(saved.user_values), lazy(saved.widgets_by_key), lazy(saved.widgets_by_id)
        )
        return saved.query_string

    # -- snapshot ---------------------------------------------------------------------------

    def on_run_finished(self, session: AppSession, result: RunResult) -> None:
        """Called on the script thread after each run: capture what to keep, write later."""
        from dataapp.proto.forward_pb2 import ScriptFinished

        state = session.session_state
        for problem in state.restore_problems:
            session.send_notice(problem, warning=True)
        state.restore_problems.clear()
        if result.status != ScriptFinished.COMPLETE:
            return
        user, by_key, by_id = state.persistable_values(self.settings.excluded)
        with self._condition:
            self._pending = _Pending(
                session,
                dict(user),
                dict(by_key),
                dict(by_id),
                session.last_page_name,
                session.last_query_string,
            )
            self._condition.notify()

    def _write_loop(self) -> None:
        while True:
            with self._condition:
                while self._pending is None and not self._closed:
                    self._condition.wait()
                if self._pending is None:
                    return
                wait = self._last_write + DEBOUNCE_SECONDS - time.monotonic()
                if wait > 0 and not self._closed:
                    self._condition.wait(wait)
                    continue
                pending, self._pending = self._pending, None
            self._write(pending)

    def _write(self, pending: _Pending) -> None:
        snapshot = Snapshot(
            user_values=self._encode_all(pending, pending.user),
            widgets_by_key=self._encode_all(pending, pending.by_key),
            widgets_by_id=self._encode_all(pending, pending.by_id),
            page=pending.page,
            query_string=pending.query_string,
        )
        try:
            self.store.save(snapshot)
        except Exception as error:
            log.exception("Could not save the session state")
            pending.session.send_notice(
                f"The app's state could not be saved: {error}", warning=True
            )
        self._last_write = time.monotonic()

    def _encode_all(self, pending: _Pending, values: dict[str, Any]) -> dict[str, Encoded]:
        encoded: dict[str, Encoded] = {}
        for name, value in values.items():
            if isinstance(value, StoredValue):
                encoded[name] = (value.codec, value.data)
                continue
            if isinstance(value, LazyValue):
                continue
            try:
                encoded[name] = encode(value, self.settings.max_value_bytes)
            except UnstorableValueError as error:
                warning_key = (name, type(value).__name__)
                if warning_key not in self._warned:
                    self._warned.add(warning_key)
                    pending.session.send_notice(
                        f"st.session_state[{name!r}] is not kept for the next launch: {error}. "
                        f"Exclude it with st.session_state.persist({name!r}, False).",
                        warning=True,
                    )
        return encoded

    # -- control ----------------------------------------------------------------------------

    def flush(self) -> None:
        """Write what is pending now (on exit)."""
        with self._condition:
            pending, self._pending = self._pending, None
        if pending is not None:
            self._write(pending)

    def reset(self) -> None:
        """Forget the saved state (the user asked for it); the running sessions keep theirs."""
        with self._condition:
            self._pending = None
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
    """The default: a SQLite store in the per-user folder of this app."""
    store = SQLiteSessionStore(app_state_dir(app_identity) / "session.sqlite3")
    return PersistenceManager(store, settings)
