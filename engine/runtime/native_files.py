"""File uploaders and download buttons with the OS dialogs, when the page is the desktop window.

AppSession calls `open_files`/`save` on the event loop; each returns at once and the dialog is
shown, and files read or written, on a worker thread of its own (the host's DialogService shows
one dialog at a time). Answers go out through the session's thread-safe send and notify.
"""

from __future__ import annotations

import mimetypes
import os
import threading
from collections.abc import Callable, Sequence

from dataapp.proto.back_pb2 import NativeFileRequest, NativeSaveRequest
from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.proto.media_pb2 import UploadedFileInfo
from dataapp.runtime.host_services import DialogService
from dataapp.runtime.media_store import MediaFile, MediaStore

Send = Callable[[ForwardMsg], None]
# (text, warning): a notice for the person using the app.
Notify = Callable[[str, bool], None]


def dialog_types(types: Sequence[str]) -> list[str]:
    """The uploader's ".csv" style extensions as the DialogService takes them ("csv")."""
    return list(dict.fromkeys(t.lower().lstrip(".") for t in types if t.strip(".")))


def accepted(name: str, types: Sequence[str]) -> bool:
    lower = name.lower()
    return not types or any(lower.endswith(t.lower()) for t in types)


def read_chosen(
    paths: Sequence[str],
    request: NativeFileRequest,
    keep: Callable[[str, str, bytes], UploadedFileInfo],
) -> ForwardMsg:
    """The answer to a file request: every chosen file read and kept by `keep(name, type,
    data)`, or named in `problems`. The dialog's filter is only a suggestion (a typed path
    passes it), so the uploader's types are checked here, as the page checks dropped files."""
    msg = ForwardMsg()
    answer = msg.native_files
    answer.widget_id = request.widget_id
    chosen = list(paths) if request.multiple else list(paths)[-1:]
    for path in chosen:
        name = os.path.basename(path)
        if not accepted(name, request.types):
            answer.problems.append(
                f"{name}: this type of file is not accepted (accepted: {', '.join(request.types)})."
            )
            continue
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as error:
            answer.problems.append(f"{name} could not be read: {error.strerror or error}.")
            continue
        mimetype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        answer.files.append(keep(name, mimetype, data))
    return msg


def write_media(media: MediaFile, path: str) -> None:
    """Write a download's bytes to `path` (the user confirmed overwriting in the dialog)."""
    with open(path, "wb") as handle:
        for block in media.read():
            handle.write(block)


class NativeFiles:
    """Thread-safe. One per AppSession; the event loop calls `open_files` and `save`, worker
    threads answer; `close` (session shutdown) makes answers still pending go nowhere."""

    def __init__(
        self,
        session_id: str,
        dialogs: DialogService,
        media: MediaStore,
        send: Send,
        notify: Notify,
    ) -> None:
        self._session_id = session_id
        self._dialogs = dialogs
        self._media = media
        self._send = send
        self._notify = notify
        self._closed = threading.Event()

    def open_files(self, request: NativeFileRequest) -> None:
        """Show the open dialog; the chosen files become uploads, sent as NativeFiles."""
        self._start(self._open, request, "open")

    def save(self, request: NativeSaveRequest) -> None:
        """Show the save dialog for a download button's media and write it where chosen."""
        # Taken now: the rerun the click starts may let the store drop it while the dialog is up.
        media = self._media.get(request.media_id)
        if media is None:
            self._notify(
                f"{request.file_name or 'The download'} is no longer available; "
                "press the button again.",
                True,
            )
            return
        self._start(self._save, (request, media), "save")

    def close(self) -> None:
        self._closed.set()

    def _start(self, target: Callable[..., None], arg: object, kind: str) -> None:
        threading.Thread(
            target=target, args=(arg,), name=f"dataapp-native-{kind}", daemon=True
        ).start()

    def _open(self, request: NativeFileRequest) -> None:
        paths = self._dialogs.open_files(
            file_types=dialog_types(request.types), initial_dir="", multiple=request.multiple
        )
        if not paths or self._closed.is_set():
            return

        def keep(name: str, mimetype: str, data: bytes) -> UploadedFileInfo:
            record = self._media.uploads.add_file(
                self._session_id, name, mimetype, data, limited=False
            )
            return UploadedFileInfo(
                file_id=record.file_id, name=record.name, size=record.size, type=record.type
            )

        answer = read_chosen(paths, request, keep)
        if not self._closed.is_set():
            self._send(answer)

    def _save(self, job: tuple[NativeSaveRequest, MediaFile]) -> None:
        request, media = job
        extension = os.path.splitext(request.file_name)[1].lstrip(".")
        path = self._dialogs.save_file(
            file_name=request.file_name,
            file_types=[extension.lower()] if extension else [],
            initial_dir="",
        )
        if not path or self._closed.is_set():
            return
        try:
            write_media(media, path)
        except OSError as error:
            self._notify(f"Could not save to {path}: {error.strerror or error}.", True)
            return
        self._notify(f"Saved to {path}", False)
