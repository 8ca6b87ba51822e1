"""The default SessionStore: one SQLite file (stdlib sqlite3, WAL) per app in the user's folder.

Crash-safe by SQLite's transactions: a snapshot is written in one transaction, so a process
killed at any instant leaves the previous snapshot or the new one, never a mix, and `load`
reads one snapshot in one read transaction. A file that cannot be read, was written by a newer
schema, or was emptied (0 bytes: only something outside SQLite truncates it) is moved aside
(kept) and a notice raised. The file and its journals are readable by this user only (0600).
Used by one thread at a time; a lock makes that so.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
import time
from collections.abc import Callable
from pathlib import Path

from .store import Encoded, SessionStore, Snapshot, StoreNotice

SCHEMA_VERSION = 1
# How long a statement waits for another connection's lock before the store is unavailable.
BUSY_TIMEOUT_SECONDS = 10.0

# Schema version n is reached from n - 1 by MIGRATIONS[n]. Never edit a released step: add one.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
        "CREATE TABLE entry (kind TEXT NOT NULL, name TEXT NOT NULL, codec TEXT NOT NULL, "
        "data BLOB NOT NULL, PRIMARY KEY (kind, name)) WITHOUT ROWID",
    ),
}

_USER, _WIDGET_KEY, _WIDGET_ID = "user", "widget_key", "widget_id"


class StoreUnreadable(Exception):
    """The file is a store of a newer schema than this dataapp reads."""


class StoreUnavailable(Exception):
    """The store cannot be used right now (locked by another process, no permission, disk
    I/O): nothing is wrong with what it holds, so it is left exactly where it is."""


def _unavailable(error: sqlite3.OperationalError, path: Path) -> StoreUnavailable:
    return StoreUnavailable(
        f"The saved state in {path} cannot be opened ({error}); another copy of this app may "
        "be using it. This launch starts fresh and does not keep its state."
    )


class SQLiteSessionStore(SessionStore):
    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock
        self._lock = threading.Lock()
        self._notices: list[StoreNotice] = []
        # What is on disk, by (kind, name), so that a save writes only what changed.
        self._on_disk: dict[tuple[str, str], Encoded] = {}
        self._conn = self._open()

    # -- opening ----------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if self._is_emptied():
            moved = self._move_aside("empty")
            self._notices.append(
                StoreNotice(
                    f"The saved state of this app was an empty file (0 bytes; something "
                    f"outside dataapp truncated it), so nothing could be restored. It was "
                    f"moved aside to {moved} and the app started fresh."
                )
            )
        self._create_private()
        try:
            return self._connect_and_migrate()
        except sqlite3.OperationalError as error:
            # Busy, locked, read-only, I/O: SQLite's OperationalError. Only DatabaseError
            # proper (SQLITE_CORRUPT, SQLITE_NOTADB, a failed integrity check) means the
            # file's content is bad; moving a locked but healthy store aside would lose it.
            raise _unavailable(error, self.path) from None
        except (sqlite3.DatabaseError, StoreUnreadable) as problem:
            moved = self._move_aside(
                "corrupt" if isinstance(problem, sqlite3.DatabaseError) else "newer"
            )
            self._notices.append(StoreNotice(_moved_aside_text(problem, moved)))
            self._create_private()
            return self._connect_and_migrate()

    def _is_emptied(self) -> bool:
        """The file exists with 0 bytes and no journal that could still fill it.

        SQLite itself never leaves an empty file behind once the schema is written (the first
        open writes it), so an empty one was truncated: a failed copy, a full disk.
        """
        try:
            if self.path.stat().st_size != 0:
                return False
        except FileNotFoundError:
            return False
        wal = Path(f"{self.path}-wal")
        return not (wal.exists() and wal.stat().st_size > 0)

    def _create_private(self) -> None:
        """Make the file 0600 before SQLite opens it; SQLite gives its -wal and -shm files the
        same mode. Files made by earlier versions with the default 0644 are tightened too."""
        descriptor = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600)
        os.close(descriptor)
        for suffix in ("", "-wal", "-shm"):
            path = Path(f"{self.path}{suffix}")
            try:
                if stat.S_IMODE(path.stat().st_mode) & 0o077:
                    path.chmod(0o600)
            except FileNotFoundError:
                continue

    def _connect_and_migrate(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_SECONDS
        )
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("the file failed SQLite's integrity check")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreUnreadable(
                    f"it was written by a newer dataapp (schema {version}, this one reads up to {SCHEMA_VERSION})"
                )
            conn.execute("PRAGMA journal_mode=WAL")
            # FULL: a finished snapshot survives a power cut too, not only a killed process.
            conn.execute("PRAGMA synchronous=FULL")
            for step in range(version + 1, SCHEMA_VERSION + 1):
                conn.execute("BEGIN IMMEDIATE")
                for statement in MIGRATIONS[step]:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {step}")
                conn.execute("COMMIT")
        except BaseException:
            conn.close()
            raise
        return conn

    def _move_aside(self, reason: str) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(self._clock()))
        target = self.path.with_name(f"{self.path.name}.{reason}-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{self.path}{suffix}")
            if source.exists():
                source.replace(Path(f"{target}{suffix}"))
        return target

    # -- SessionStore -----------------------------------------------------------------------

    def load(self) -> Snapshot | None:
        with self._lock:
            try:
                # One read transaction: both tables come from the same committed snapshot.
                self._conn.execute("BEGIN")
                try:
                    rows = self._conn.execute(
                        "SELECT kind, name, codec, data FROM entry"
                    ).fetchall()
                    meta = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
                finally:
                    self._conn.execute("COMMIT")
            except sqlite3.OperationalError as error:
                raise _unavailable(error, self.path) from None
            except sqlite3.DatabaseError as error:
                self._conn.close()
                moved = self._move_aside("corrupt")
                self._notices.append(StoreNotice(_moved_aside_text(error, moved)))
                self._conn = self._connect_and_migrate()
                return None
        if not meta:
            return None
        groups: dict[str, dict[str, Encoded]] = {_USER: {}, _WIDGET_KEY: {}, _WIDGET_ID: {}}
        for kind, name, codec, data in rows:
            if kind in groups:
                groups[kind][name] = (codec, bytes(data))
                self._on_disk[(kind, name)] = (codec, bytes(data))
        return Snapshot(
            user_values=groups[_USER],
            widgets_by_key=groups[_WIDGET_KEY],
            widgets_by_id=groups[_WIDGET_ID],
            page=meta.get("page", ""),
            query_string=meta.get("query_string", ""),
        )

    def save(self, snapshot: Snapshot) -> None:
        wanted: dict[tuple[str, str], Encoded] = {}
        for kind, values in (
            (_USER, snapshot.user_values),
            (_WIDGET_KEY, snapshot.widgets_by_key),
            (_WIDGET_ID, snapshot.widgets_by_id),
        ):
            for name, encoded in values.items():
                wanted[(kind, name)] = encoded
        changed = [
            (k, n, c, d) for (k, n), (c, d) in wanted.items() if self._on_disk.get((k, n)) != (c, d)
        ]
        removed = [key for key in self._on_disk if key not in wanted]
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.executemany("DELETE FROM entry WHERE kind = ? AND name = ?", removed)
                conn.executemany(
                    "INSERT OR REPLACE INTO entry (kind, name, codec, data) VALUES (?, ?, ?, ?)",
                    changed,
                )
                conn.executemany(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                    [
                        ("page", snapshot.page),
                        ("query_string", snapshot.query_string),
                        ("written_at", repr(self._clock())),
                    ],
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            self._on_disk = wanted

    def clear(self) -> None:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.execute("DELETE FROM entry")
            self._conn.execute("DELETE FROM meta")
            self._conn.execute("COMMIT")
            self._on_disk = {}

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def take_notices(self) -> list[StoreNotice]:
        notices, self._notices = self._notices, []
        return notices


def _moved_aside_text(problem: BaseException, moved: Path) -> str:
    return (
        f"The saved state of this app could not be read ({problem}). It was moved aside to "
        f"{moved} and the app started fresh."
    )
