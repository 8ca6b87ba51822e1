"""The SQLite store: snapshots, schema versions, corrupt files moved aside, app isolation."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dataapp.runtime.persistence import app_state_dir
from dataapp.runtime.persistence.sqlite_store import SCHEMA_VERSION, SQLiteSessionStore
from dataapp.runtime.persistence.store import Snapshot


def _snapshot(n: int) -> Snapshot:
    return Snapshot(
        user_values={"n": ("json", str(n).encode()), "note": ("json", b'"hi"')},
        widgets_by_key={"slider": ("json", b"3")},
        widgets_by_id={"$$WID-x": ("json", b"true")},
        page="main",
        query_string="a=1",
    )


def test_a_new_store_has_no_snapshot_and_saves_one(tmp_path: Path) -> None:
    store = SQLiteSessionStore(tmp_path / "s.sqlite3")
    assert store.load() is None
    store.save(_snapshot(1))
    store.close()
    again = SQLiteSessionStore(tmp_path / "s.sqlite3")
    assert again.load() == _snapshot(1)
    assert again.take_notices() == []


def test_saving_removes_keys_that_are_gone(tmp_path: Path) -> None:
    store = SQLiteSessionStore(tmp_path / "s.sqlite3")
    store.save(_snapshot(1))
    store.save(Snapshot(user_values={"n": ("json", b"2")}))
    store.close()
    loaded = SQLiteSessionStore(tmp_path / "s.sqlite3").load()
    assert (
        loaded is not None
        and loaded.user_values == {"n": ("json", b"2")}
        and loaded.widgets_by_key == {}
    )


def test_a_corrupt_store_is_moved_aside_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    store = SQLiteSessionStore(path)
    (notice,) = store.take_notices()
    assert "moved aside" in notice.text and "started fresh" in notice.text
    kept = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not a database")
    assert store.load() is None
    store.save(_snapshot(2))
    assert store.load() == _snapshot(2)


def test_a_store_from_a_newer_schema_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    SQLiteSessionStore(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    store = SQLiteSessionStore(path)
    (notice,) = store.take_notices()
    assert "newer dataapp" in notice.text
    assert any(".newer-" in p.name for p in tmp_path.iterdir())


def test_a_truncated_store_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    store = SQLiteSessionStore(path)
    store.save(_snapshot(1))
    store.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] + b"\x00" * 17)
    reopened = SQLiteSessionStore(path)
    snapshot = reopened.load()
    notices = reopened.take_notices()
    assert snapshot is None or snapshot == _snapshot(1)
    if snapshot is None:
        assert notices and "moved aside" in notices[0].text


def test_two_apps_never_share_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATAAPP_DATA_DIR", str(tmp_path))
    first = app_state_dir("/home/a/app.py")
    second = app_state_dir("/home/b/app.py")
    assert first != second
    assert first.parent == second.parent == tmp_path / "apps"
    assert first.name.startswith("app-")
