"""How long an uploaded file is kept, and how much one session may hold (UploadStore)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dataapp.elements.media.files import UploadedFile
from dataapp.runtime.config import AppConfig, ConfigError, load_config
from dataapp.runtime.media_store import (
    SessionUploadsFullError,
    UploadStore,
    UploadTooLargeError,
    upload_ids_in,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_store(clock: Clock, **limits: int) -> UploadStore:
    return UploadStore(unclaimed_seconds=300.0, clock=clock, **limits)


def test_an_upload_no_widget_holds_is_freed_after_the_unclaimed_time() -> None:
    clock = Clock()
    store = make_store(clock)
    record = store.add_file("s", "a.txt", "text/plain", b"abc")
    clock.now += 299.0
    assert store.sweep() == 0 and store.file_ids("s") == [record.file_id]
    clock.now += 1.0
    assert store.sweep() == 1
    assert store.file_ids("s") == [] and store.get("s", record.file_id) is None


def test_an_upload_a_widget_holds_is_never_freed() -> None:
    clock = Clock()
    store = make_store(clock)
    record = store.add_file("s", "a.txt", "text/plain", b"abc")
    store.hold("s", [record.file_id])
    clock.now += 10 * 24 * 3600.0
    assert store.sweep() == 0
    assert store.get("s", record.file_id) == record


def test_an_upload_let_go_is_kept_the_whole_time_again_then_freed() -> None:
    clock = Clock()
    store = make_store(clock)
    record = store.add_file("s", "a.txt", "text/plain", b"abc")
    store.hold("s", [record.file_id])
    clock.now += 1000.0
    store.hold("s", [])
    clock.now += 299.0
    assert store.sweep() == 0
    clock.now += 1.0
    assert store.sweep() == 1


def test_a_run_reading_an_upload_counts_as_a_use() -> None:
    clock = Clock()
    store = make_store(clock)
    record = store.add_file("s", "a.txt", "text/plain", b"abc")
    clock.now += 200.0
    assert store.get("s", record.file_id) == record
    clock.now += 200.0
    assert store.sweep() == 0
    clock.now += 100.0
    assert store.sweep() == 1


def test_a_session_holds_no_more_than_its_cap_and_the_message_names_it() -> None:
    clock = Clock()
    store = make_store(clock, max_file_bytes=100, max_session_bytes=250)
    first = store.add_file("s", "one.bin", "", b"x" * 100)
    store.add_file("s", "two.bin", "", b"x" * 100)
    assert store.room_left("s") == 50
    with pytest.raises(SessionUploadsFullError, match=r"three\.bin .*server\.maxSessionUploadSize"):
        store.add_file("s", "three.bin", "", b"x" * 100)
    # Another session has its own cap.
    store.add_file("other", "three.bin", "", b"x" * 100)
    # Removing a file makes room again.
    store.remove("s", first.file_id)
    store.add_file("s", "three.bin", "", b"x" * 100)
    # A file over the per-file limit is refused with that reason, not the session's.
    with pytest.raises(UploadTooLargeError, match=r"server\.maxUploadSize"):
        store.add_file("other", "big.bin", "", b"x" * 101)


def test_freed_uploads_make_room_in_the_session() -> None:
    clock = Clock()
    store = make_store(clock, max_file_bytes=100, max_session_bytes=100)
    store.add_file("s", "one.bin", "", b"x" * 100)
    with pytest.raises(SessionUploadsFullError):
        store.add_file("s", "two.bin", "", b"x" * 100)
    clock.now += 300.0
    store.add_file("s", "two.bin", "", b"x" * 100)


def test_files_a_native_dialog_read_are_not_refused_by_the_caps() -> None:
    clock = Clock()
    store = make_store(clock, max_file_bytes=10, max_session_bytes=10)
    store.add_file("s", "local.csv", "", b"x" * 50, limited=False)
    assert store.bytes_held("s") == 50


def test_upload_ids_are_found_in_single_and_multiple_uploader_values() -> None:
    one = UploadedFile("id1", "a.txt", "text/plain", b"a")
    many = [UploadedFile("id2", "b.txt", "", b""), UploadedFile("id3", "c.txt", "", b"")]
    assert upload_ids_in([one, many, None, "text", 3, []]) == {"id1", "id2", "id3"}


def test_the_session_cap_is_read_from_the_config_file(tmp_path: Path) -> None:
    (tmp_path / ".dataapp").mkdir()
    config_file = tmp_path / ".dataapp" / "config.toml"
    config_file.write_text("[server]\nmaxSessionUploadSize = 300\n")
    assert load_config(tmp_path / "app.py").max_session_upload_size_mb == 300.0
    assert AppConfig().max_session_upload_size_mb == 1024.0
    config_file.write_text("[server]\nmaxSessionUploadSize = 0\n")
    with pytest.raises(ConfigError, match="maxSessionUploadSize` must be a positive number"):
        load_config(tmp_path / "app.py")
