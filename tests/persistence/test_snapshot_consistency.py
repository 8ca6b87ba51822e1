"""A snapshot is one finished run's state, the writer outlives every failure, and a restored
state never holds a key that cannot be read (issue 13, points 1, 2 and 7)."""

from __future__ import annotations

import os
import stat
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dataapp.proto.back_pb2 import BackMsg
from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.runtime.app_session import AppSession
from dataapp.runtime.persistence import manager as persistence_manager
from dataapp.runtime.persistence.codec import decode, encode
from dataapp.runtime.persistence.sqlite_store import SQLiteSessionStore
from dataapp.runtime.persistence.store import Snapshot
from tests.support.recording import elements, launch_persisted


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "data"
    monkeypatch.setenv("DATAAPP_DATA_DIR", str(folder))
    yield folder


def _rerun(session: AppSession) -> None:
    msg = BackMsg()
    msg.rerun.SetInParent()
    session.handle_back_msg(msg)
    assert session.join(30)


def _store_path(data_dir: Path) -> Path:
    (path,) = data_dir.glob("apps/*/session.sqlite3")
    return path


def _saved_user_values(data_dir: Path) -> dict[str, Any]:
    """What a relaunch would restore, read through a second connection while the app runs."""
    store = SQLiteSessionStore(_store_path(data_dir))
    try:
        snapshot = store.load()
    finally:
        store.close()
    assert snapshot is not None
    return {name: decode(*encoded) for name, encoded in snapshot.user_values.items()}


def _notices(messages: list[ForwardMsg]) -> list[str]:
    return [m.notice.text for m in messages if m.WhichOneof("type") == "notice"]


def _texts(messages: list[ForwardMsg]) -> list[str]:
    return [e.body for e in elements(messages, "text")]  # type: ignore[attr-defined]


def _wait_until_saved(data_dir: Path, key: str, expected: Any, timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    seen: Any = None
    while time.monotonic() < deadline:
        seen = _saved_user_values(data_dir).get(key)
        if seen == expected:
            return seen
        time.sleep(0.1)
    return seen


def test_the_writer_keeps_saving_while_the_app_changes_a_dict_in_place(
    tmp_path: Path, data_dir: Path
) -> None:
    # The most common way to keep a record: change a dict in session_state in place. The
    # writer used to encode it while the next run changed it, died of "dictionary changed
    # size during iteration", and nothing was saved again.
    app = tmp_path / "app.py"
    app.write_text(
        textwrap.dedent(
            """
            import dataapp as st
            data = st.session_state.setdefault("data", {})
            n = st.session_state.n = st.session_state.get("n", 0) + 1
            for i in range(20_000):
                data[f"k{(n * 7919 + i) % 40_000}"] = n
                if len(data) > 20_000:
                    del data[next(iter(data))]
            st.text(str(n))
            """
        )
    )
    runtime, session, _ = launch_persisted(app)
    try:
        deadline = time.monotonic() + 4.0
        while time.monotonic() < deadline:
            _rerun(session)
        last = session.session_state["n"]
        expected = dict(session.session_state["data"])
        # No rerun is running now: within the debounce, the writer saves the last run.
        assert _wait_until_saved(data_dir, "n", last) == last
        assert _saved_user_values(data_dir)["data"] == expected
    finally:
        runtime.stop()


def test_a_snapshot_holds_the_values_of_the_run_that_made_it(
    tmp_path: Path, data_dir: Path
) -> None:
    app = tmp_path / "app.py"
    app.write_text(
        "import dataapp as st\n"
        "log = st.session_state.setdefault('log', [])\n"
        "st.session_state.n = st.session_state.get('n', 0) + 1\n"
        "log.append(st.session_state.n)\n"
    )
    runtime, session, _ = launch_persisted(app)
    try:
        _rerun(session)  # run 2 waits for the writer's debounce
        # What the next run does to the list before the writer gets to run 2's snapshot:
        session.session_state["log"].append(999)
        assert runtime.persistence is not None
        runtime.persistence.flush()
        saved = _saved_user_values(data_dir)
        assert (saved["n"], saved["log"]) == (2, [1, 2])
    finally:
        runtime.stop()


def test_a_key_that_fails_to_save_is_skipped_once_with_a_notice_and_the_rest_is_kept(
    tmp_path: Path, data_dir: Path
) -> None:
    app = tmp_path / "app.py"
    app.write_text(
        textwrap.dedent(
            """
            import dataapp as st
            deep = []
            for _ in range(5_000):
                deep = [deep]
            st.session_state.deep = deep
            st.session_state.n = st.session_state.get("n", 0) + 1
            """
        )
    )
    runtime, session, client = launch_persisted(app)
    try:
        for _ in range(3):
            _rerun(session)
        assert _wait_until_saved(data_dir, "n", 4) == 4
        assert "deep" not in _saved_user_values(data_dir)
        notices = [text for text in _notices(client.take()) if "'deep'" in text]
        assert len(notices) == 1, notices
    finally:
        runtime.stop()


def test_a_saved_value_that_cannot_be_decoded_is_absent_and_named(
    tmp_path: Path, data_dir: Path
) -> None:
    app = tmp_path / "app.py"
    app.write_text("import dataapp as st\nst.text('first launch')\n")
    runtime, _, _ = launch_persisted(app)
    runtime.stop()
    store = SQLiteSessionStore(_store_path(data_dir))
    store.save(
        Snapshot(
            user_values={
                "notes": ("json", b"{not json"),
                "todo": ("pickle", b"\x80\x05\x95garbage"),
                "kept": encode("still here", 1 << 20),
            }
        )
    )
    store.close()
    app.write_text(
        "import dataapp as st\n"
        "for key in ('notes', 'todo'):\n"
        "    if key not in st.session_state:\n"
        "        st.session_state[key] = 'default'\n"
        'st.text(f"{st.session_state.notes} {st.session_state.todo} {st.session_state.kept} "\n'
        '        f"{sorted(st.session_state.keys())}")\n'
    )
    runtime, _, client = launch_persisted(app)
    try:
        messages = client.take()
        assert _texts(messages) == ["default default still here ['kept', 'notes', 'todo']"]
        notices = _notices(messages)
        assert any("`notes`" in text for text in notices), notices
        assert any("`todo`" in text for text in notices), notices
    finally:
        runtime.stop()


def test_an_emptied_store_is_moved_aside_with_a_notice(tmp_path: Path, data_dir: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("import dataapp as st\nst.session_state.x = 1\nst.text('ran')\n")
    runtime, _, _ = launch_persisted(app)
    runtime.stop()
    store = _store_path(data_dir)
    store.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(f"{store}{suffix}").unlink(missing_ok=True)
    runtime, _, client = launch_persisted(app)
    try:
        messages = client.take()
        notices = _notices(messages)
        assert notices and "empty" in notices[0] and "moved aside" in notices[0]
        assert _texts(messages) == ["ran"]
        assert list(store.parent.glob("session.sqlite3.empty-*"))
    finally:
        runtime.stop()


def test_the_store_and_its_folders_are_private_to_the_user(tmp_path: Path, data_dir: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        app = tmp_path / "app.py"
        app.write_text("import dataapp as st\nst.session_state.secret_note = 'mine'\n")
        runtime, _, _ = launch_persisted(app)
        runtime.stop()
    finally:
        os.umask(old_umask)
    store = _store_path(data_dir)
    for path in (data_dir, data_dir / "apps", store.parent):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700, path
    files = [p for p in store.parent.iterdir() if p.name.startswith("session.sqlite3")]
    assert files
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_folders_and_files_made_by_earlier_versions_are_tightened(
    tmp_path: Path, data_dir: Path
) -> None:
    folder = persistence_manager.app_state_dir(str(tmp_path / "app.py"))
    folder.mkdir(parents=True, mode=0o755)
    folder.chmod(0o755)
    store = folder / "session.sqlite3"
    SQLiteSessionStore(store).close()
    store.chmod(0o644)
    app = tmp_path / "app.py"
    app.write_text("import dataapp as st\nst.session_state.x = 1\n")
    runtime, _, _ = launch_persisted(app)
    runtime.stop()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(store.stat().st_mode) == 0o600


def test_the_data_folder_is_made_with_its_missing_parents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A first launch on a fresh account: ~/.local/share may not exist yet.
    monkeypatch.setenv("DATAAPP_DATA_DIR", str(tmp_path / "fresh" / "home" / "dataapp-desktop"))
    app = tmp_path / "app.py"
    app.write_text("import dataapp as st\nst.session_state.x = 1\n")
    runtime, _, _ = launch_persisted(app)
    runtime.stop()
    assert list((tmp_path / "fresh").glob("home/dataapp-desktop/apps/*/session.sqlite3"))


def test_a_store_locked_by_another_process_is_left_alone_and_the_app_still_starts(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3
    import subprocess
    import sys

    from dataapp.runtime.persistence import sqlite_store

    app = tmp_path / "app.py"
    app.write_text(
        "import dataapp as st\n"
        "st.session_state.n = st.session_state.get('n', 0) + 1\n"
        "st.text(str(st.session_state.n))\n"
    )
    runtime, _, _ = launch_persisted(app)
    runtime.stop()
    store = _store_path(data_dir)
    # Another process holds the file in exclusive locking mode (e.g. a second copy of the app
    # or a backup tool): "database is locked" is not corruption.
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(store)!r}, isolation_level=None)\n"
            "c.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "print('locked', flush=True)\n"
            "time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        monkeypatch.setattr(sqlite_store, "BUSY_TIMEOUT_SECONDS", 0.2)
        runtime, _, client = launch_persisted(app)
        messages = client.take()
        runtime.stop()
    finally:
        holder.kill()
        holder.wait()
    assert _texts(messages) == ["1"]
    notices = _notices(messages)
    assert notices and "cannot be opened" in notices[0] and "does not keep" in notices[0]
    assert not [p for p in store.parent.iterdir() if ".corrupt-" in p.name]
    # Once the other process let go, the state of the earlier launch is all there.
    assert sqlite3.connect(store).execute("SELECT count(*) FROM entry").fetchone()[0] > 0
    runtime, _, client = launch_persisted(app)
    assert _texts(client.take()) == ["2"]
    runtime.stop()
