"""The server side of file uploaders and download buttons with OS dialogs (a fake dialog)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from dataapp.proto.back_pb2 import NativeFileRequest, NativeSaveRequest
from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.runtime.media_store import MediaStore
from dataapp.runtime.native_files import NativeFiles, dialog_types


class FakeDialogs:
    """Answers every dialog with `answer` and records what it was asked."""

    def __init__(self, answer: list[str] | None) -> None:
        self.answer = answer
        self.asked: list[dict[str, object]] = []

    def open_files(
        self, *, file_types: Sequence[str], initial_dir: str, multiple: bool
    ) -> list[str] | None:
        self.asked.append({"file_types": list(file_types), "multiple": multiple})
        return self.answer

    def save_file(
        self, *, file_name: str, file_types: Sequence[str], initial_dir: str
    ) -> str | None:
        self.asked.append({"file_name": file_name, "file_types": list(file_types)})
        return self.answer[0] if self.answer else None

    def choose_folder(self, *, initial_dir: str) -> str | None:
        return None


class Answers:
    def __init__(self) -> None:
        self.sent: list[ForwardMsg] = []
        self.notices: list[tuple[str, bool]] = []
        self.done = threading.Event()

    def send(self, msg: ForwardMsg) -> None:
        self.sent.append(msg)
        self.done.set()

    def notify(self, text: str, warning: bool) -> None:
        self.notices.append((text, warning))
        self.done.set()


def _native(dialogs: FakeDialogs, media: MediaStore, answers: Answers) -> NativeFiles:
    media.open_session("s1", max_upload_mb=0.001)
    return NativeFiles("s1", dialogs, media, answers.send, answers.notify)


def test_chosen_files_are_kept_for_the_session_without_the_upload_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * 10_000)  # over the 1 KB HTTP upload limit of this session
    media, answers = MediaStore(), Answers()
    dialogs = FakeDialogs([str(big)])
    _native(dialogs, media, answers).open_files(
        NativeFileRequest(widget_id="w1", multiple=False, types=[".csv"])
    )
    assert answers.done.wait(5)
    answer = answers.sent[0].native_files
    assert answer.widget_id == "w1" and not answer.problems
    (info,) = answer.files
    assert (info.name, info.size, info.type) == ("big.csv", 10_000, "text/csv")
    record = media.uploads.get("s1", info.file_id)
    assert record is not None and record.data == big.read_bytes()
    assert dialogs.asked == [{"file_types": ["csv"], "multiple": False}]


def test_a_file_of_another_type_is_refused_and_a_cancel_sends_nothing(tmp_path: Path) -> None:
    other = tmp_path / "photo.png"
    other.write_bytes(b"png")
    media, answers = MediaStore(), Answers()
    native = _native(FakeDialogs([str(other)]), media, answers)
    native.open_files(NativeFileRequest(widget_id="w1", types=[".csv"]))
    assert answers.done.wait(5)
    assert not answers.sent[0].native_files.files
    assert (
        "photo.png: this type of file is not accepted" in answers.sent[0].native_files.problems[0]
    )
    assert media.uploads.file_ids("s1") == []

    cancelled = Answers()
    NativeFiles("s1", FakeDialogs(None), media, cancelled.send, cancelled.notify).open_files(
        NativeFileRequest(widget_id="w1")
    )
    assert not cancelled.done.wait(0.3)


def test_save_writes_the_downloads_bytes_where_the_user_chose(tmp_path: Path) -> None:
    target = tmp_path / "saved.csv"
    media, answers = MediaStore(), Answers()
    media_id = media.add(b"a,b\n1,2\n", "text/csv", "report.csv", as_attachment=True)
    dialogs = FakeDialogs([str(target)])
    _native(dialogs, media, answers).save(
        NativeSaveRequest(media_id=media_id, file_name="report.csv", widget_id="d1")
    )
    assert answers.done.wait(5)
    assert target.read_bytes() == b"a,b\n1,2\n"
    assert answers.notices == [(f"Saved to {target}", False)]
    assert dialogs.asked == [{"file_name": "report.csv", "file_types": ["csv"]}]


def test_a_download_no_longer_kept_is_a_warning_not_a_dialog() -> None:
    media, answers = MediaStore(), Answers()
    dialogs = FakeDialogs(["/nowhere"])
    _native(dialogs, media, answers).save(NativeSaveRequest(media_id="0" * 32, file_name="r.csv"))
    assert answers.notices and answers.notices[0][1] is True
    assert dialogs.asked == []


def test_the_uploaders_types_become_the_dialogs_extensions() -> None:
    assert dialog_types([".csv", ".CSV", ".jpeg"]) == ["csv", "jpeg"]
