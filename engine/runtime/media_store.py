"""Bytes that elements refer to by URL (images, audio, video, downloads) and files the page
uploaded, kept only while something shows or holds them.

Media files live as long as an element on some page shows them: each session reports the
deltas it sends (`on_delta`) and the end of each run (`on_run_finished`); a file no element
refers to any more is dropped after a short grace period (the page may still be fetching it).
Ids are content digests, so the same bytes shown twice are stored once. Uploads live while a
widget of their session holds them, and a few minutes more (UploadStore).

Thread-safe: script threads add files and report their session's deltas; the server's event
loop reads files and uploads. One lock guards everything; no I/O happens under it.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from google.protobuf.message import Message

    from dataapp.proto.forward_pb2 import Delta

MEDIA_URL_PREFIX = "/_dataapp/media/"
UPLOAD_URL = "/_dataapp/upload"
# A freed file stays this long, for a page that is still loading it.
DEFAULT_GRACE_SECONDS = 10.0
DEFAULT_MAX_UPLOAD_MB = 200
# What one session's uploads may take in all (server.maxSessionUploadSize).
DEFAULT_MAX_SESSION_UPLOAD_MB = 1024
# An upload no widget holds is freed this long after its last use (docs/charts_media.md).
DEFAULT_UNCLAIMED_UPLOAD_SECONDS = 300.0
_MEDIA_URL = re.compile(r"^/_dataapp/media/([0-9a-f]{32})(?:[?#].*)?$")

Path = tuple[int, ...]


@dataclass(frozen=True)
class MediaFile:
    """Bytes in memory, or a file on disk the app named (served from disk, never copied)."""

    mimetype: str
    size: int
    data: bytes | None = None
    path: str | None = None
    # The name a browser saves it under; with `as_attachment`, it downloads instead of showing.
    filename: str = ""
    as_attachment: bool = False
    # An app's own HTML page (st.components.v1.html): served to run its scripts in a component
    # frame, where any other media is served so that it never runs any.
    document: bool = False

    def read(self, start: int = 0, end: int | None = None, chunk: int = 1 << 20) -> Iterator[bytes]:
        """Bytes [start, end) in chunks (end: the size)."""
        stop = self.size if end is None else min(end, self.size)
        if self.data is not None:
            for offset in range(start, stop, chunk):
                yield self.data[offset : min(offset + chunk, stop)]
            return
        assert self.path is not None
        with open(self.path, "rb") as handle:
            handle.seek(start)
            remaining = stop - start
            while remaining > 0:
                block = handle.read(min(chunk, remaining))
                if not block:
                    return
                remaining -= len(block)
                yield block


@dataclass(frozen=True)
class UploadedFileRecord:
    """A file the page sent (or a native dialog read) for a session's file_uploader."""

    file_id: str
    name: str
    type: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)


class UploadTooLargeError(Exception):
    """A file is over server.maxUploadSize; the message says so in the user's words."""


class SessionUploadsFullError(UploadTooLargeError):
    """A file would take the session's uploads over server.maxSessionUploadSize."""


@dataclass
class _Upload:
    record: UploadedFileRecord
    # When it was added, last read by a run, or last let go by the session's widgets.
    last_used: float


class UploadStore:
    """Uploaded files by session. Thread-safe: the upload endpoint (event loop) adds and removes
    them, script threads read them and report what their widgets hold.

    A file lives while a widget of its session holds it (`hold`, after each run), and for
    `unclaimed_seconds` after it was added, last read by a run or let go; `sweep` then frees
    it. Files the HTTP endpoint adds may not take one session over `max_session_bytes`.
    """

    def __init__(
        self,
        max_file_bytes: int = DEFAULT_MAX_UPLOAD_MB * 1024 * 1024,
        max_session_bytes: int = DEFAULT_MAX_SESSION_UPLOAD_MB * 1024 * 1024,
        unclaimed_seconds: float = DEFAULT_UNCLAIMED_UPLOAD_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._lock = threading.Lock()
        self._files: dict[str, dict[str, _Upload]] = {}
        # Ids the widgets of each session held at the end of its last run.
        self._held: dict[str, frozenset[str]] = {}
        self.max_file_bytes = max_file_bytes
        self.max_session_bytes = max_session_bytes
        self.unclaimed_seconds = unclaimed_seconds
        self._clock = clock

    def add_file(
        self, session_id: str, name: str, mimetype: str, data: bytes, *, limited: bool = True
    ) -> UploadedFileRecord:
        """Keep a file for `session_id`'s file_uploader; its id goes into the widget's value.

        `limited=False` for files a native dialog read in-process: server.maxUploadSize and
        server.maxSessionUploadSize guard the HTTP endpoint, and nothing travels over HTTP then.
        """
        if limited and len(data) > self.max_file_bytes:
            raise UploadTooLargeError(too_large_message(name, len(data), self.max_file_bytes))
        record = UploadedFileRecord(uuid.uuid4().hex, name, mimetype, data)
        with self._lock:
            self._sweep_locked()
            if limited:
                held = self._bytes_locked(session_id)
                if held + len(data) > self.max_session_bytes:
                    raise SessionUploadsFullError(
                        session_full_message(name, len(data), held, self.max_session_bytes)
                    )
            uploads = self._files.setdefault(session_id, {})
            uploads[record.file_id] = _Upload(record, self._clock())
        return record

    def room_left(self, session_id: str) -> int:
        """Bytes the HTTP endpoint may still add to the session (server.maxSessionUploadSize)."""
        with self._lock:
            self._sweep_locked()
            return max(0, self.max_session_bytes - self._bytes_locked(session_id))

    def get(self, session_id: str, file_id: str) -> UploadedFileRecord | None:
        """The file, if still kept; a read by a run counts as a use (widget state names it)."""
        with self._lock:
            upload = self._files.get(session_id, {}).get(file_id)
            if upload is None:
                return None
            upload.last_used = self._clock()
            return upload.record

    def hold(self, session_id: str, file_ids: Iterable[str]) -> None:
        """After a run: the ids the session's widgets hold now. These are never freed; ids
        let go since the last report get `unclaimed_seconds` more before they are."""
        now_held = frozenset(file_ids)
        with self._lock:
            uploads = self._files.get(session_id)
            if uploads is None:
                self._held.pop(session_id, None)
                return
            now = self._clock()
            for file_id in self._held.get(session_id, frozenset()) - now_held:
                if file_id in uploads:
                    uploads[file_id].last_used = now
            self._held[session_id] = now_held & uploads.keys()
            self._sweep_locked()

    def sweep(self) -> int:
        """Free files no widget holds and nothing used for `unclaimed_seconds`; how many."""
        with self._lock:
            return self._sweep_locked()

    def remove(self, session_id: str, file_id: str) -> bool:
        with self._lock:
            return self._files.get(session_id, {}).pop(file_id, None) is not None

    def file_ids(self, session_id: str) -> list[str]:
        with self._lock:
            return list(self._files.get(session_id, {}))

    def bytes_held(self, session_id: str) -> int:
        with self._lock:
            return self._bytes_locked(session_id)

    def drop_session(self, session_id: str) -> None:
        with self._lock:
            self._files.pop(session_id, None)
            self._held.pop(session_id, None)

    def _bytes_locked(self, session_id: str) -> int:
        return sum(u.record.size for u in self._files.get(session_id, {}).values())

    def _sweep_locked(self) -> int:
        deadline = self._clock() - self.unclaimed_seconds
        freed = 0
        for session_id, uploads in self._files.items():
            held = self._held.get(session_id, frozenset())
            for file_id in [
                i for i, u in uploads.items() if i not in held and u.last_used <= deadline
            ]:
                del uploads[file_id]
                freed += 1
        return freed


def upload_ids_in(values: Iterable[object]) -> set[str]:
    """Ids of the uploaded files among widget values: a file_uploader's value is a file with a
    `file_id` (elements/uploads.py UploadedFile), or a list of them."""
    found: set[str] = set()
    for value in values:
        for item in value if isinstance(value, list) else (value,):
            file_id = getattr(item, "file_id", None)
            if isinstance(file_id, str):
                found.add(file_id)
    return found


def too_large_message(name: str, size: int, limit: int) -> str:
    return (
        f"{name} is {_megabytes(size)}, over the {_megabytes(limit)} limit per file "
        "(server.maxUploadSize)."
    )


def session_full_message(name: str, size: int, held: int, limit: int) -> str:
    return (
        f"{name} ({_megabytes(size)}) does not fit: this session's uploads already take "
        f"{_megabytes(held)} of the {_megabytes(limit)} a session may hold "
        "(server.maxSessionUploadSize). Remove files from an uploader, then try again."
    )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


@dataclass
class _SessionMedia:
    # Media ids shown by each element slot, and the run that last reached the slot.
    slots: dict[Path, tuple[frozenset[str], int]] = field(default_factory=dict)
    # Added while a run went on but not shown by a delta yet.
    pending: set[str] = field(default_factory=set)


class MediaStore:
    def __init__(
        self,
        grace_seconds: float = DEFAULT_GRACE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        uploads: UploadStore | None = None,
    ) -> None:
        self._lock = threading.Lock()
        self._files: dict[str, MediaFile] = {}
        # How many (session, slot) pairs show each id.
        self._refs: dict[str, int] = {}
        # Ids nothing shows any more, and since when.
        self._released: dict[str, float] = {}
        self._sessions: dict[str, _SessionMedia] = {}
        self._grace = grace_seconds
        self._clock = clock
        self.uploads = uploads if uploads is not None else UploadStore(clock=clock)

    # -- files ------------------------------------------------------------------------------

    def add(
        self,
        data: bytes,
        mimetype: str,
        filename: str = "",
        *,
        as_attachment: bool = False,
        session_id: str = "",
    ) -> str:
        """Keep `data`; returns its id. Kept until no element of any session shows it."""
        digest = hashlib.blake2b(digest_size=16)
        for part in (mimetype, filename, "attachment" if as_attachment else "inline"):
            digest.update(part.encode("utf-8", "surrogatepass") + b"\x00")
        digest.update(data)
        media_id = digest.hexdigest()
        media = MediaFile(mimetype, len(data), data=data, filename=filename)
        return self._keep(media_id, media, as_attachment, session_id)

    def add_path(
        self,
        path: str | os.PathLike[str],
        mimetype: str,
        filename: str = "",
        *,
        as_attachment: bool = False,
        session_id: str = "",
    ) -> str:
        """Keep a reference to a file on disk (large videos are never read into memory)."""
        real = os.path.realpath(path)
        stat = os.stat(real)
        digest = hashlib.blake2b(digest_size=16)
        for part in (real, str(stat.st_mtime_ns), str(stat.st_size), mimetype, filename):
            digest.update(part.encode("utf-8", "surrogatepass") + b"\x00")
        digest.update(b"attachment" if as_attachment else b"inline")
        media = MediaFile(mimetype, stat.st_size, path=real, filename=filename)
        return self._keep(digest.hexdigest(), media, as_attachment, session_id)

    def add_document(self, html: str, *, session_id: str = "") -> str:
        """Keep an HTML page the app wrote (st.components.v1.html); returns its id."""
        data = html.encode("utf-8", "surrogatepass")
        digest = hashlib.blake2b(b"document\x00" + data, digest_size=16)
        media = MediaFile("text/html", len(data), data=data, document=True)
        return self._keep(digest.hexdigest(), media, False, session_id)

    def _keep(self, media_id: str, media: MediaFile, as_attachment: bool, session_id: str) -> str:
        if as_attachment:
            media = MediaFile(
                media.mimetype, media.size, media.data, media.path, media.filename, True
            )
        with self._lock:
            self._files.setdefault(media_id, media)
            session = self._sessions.get(session_id)
            if session is not None and not self._refs.get(media_id):
                session.pending.add(media_id)
                self._released.pop(media_id, None)
            elif session is None and not self._refs.get(media_id):
                # Nobody will report showing it (no session): let the grace period decide.
                self._released.setdefault(media_id, self._clock())
            self._purge_locked()
        return media_id

    def get(self, media_id: str) -> MediaFile | None:
        with self._lock:
            self._purge_locked()
            return self._files.get(media_id)

    def __contains__(self, media_id: object) -> bool:
        with self._lock:
            return media_id in self._files

    def __len__(self) -> int:
        with self._lock:
            self._purge_locked()
            return len(self._files)

    def remove(self, media_id: str) -> None:
        with self._lock:
            self._files.pop(media_id, None)
            self._refs.pop(media_id, None)
            self._released.pop(media_id, None)

    # -- what sessions show -----------------------------------------------------------------

    def open_session(self, session_id: str, max_upload_mb: float | None = None) -> None:
        """A session starts: elements of its runs find this store by its id."""
        if max_upload_mb is not None:
            self.uploads.max_file_bytes = int(max_upload_mb * 1024 * 1024)
        with self._lock:
            self._sessions.setdefault(session_id, _SessionMedia())
        with _REGISTRY_LOCK:
            _BY_SESSION[session_id] = self

    def close_session(self, session_id: str) -> None:
        """The session ended: everything it showed or uploaded may go."""
        with _REGISTRY_LOCK:
            if _BY_SESSION.get(session_id) is self:
                del _BY_SESSION[session_id]
        self.uploads.drop_session(session_id)
        with self._lock:
            session = self._sessions.pop(session_id, None)
            if session is None:
                return
            for ids, _ in session.slots.values():
                self._unref_locked(ids)
            self._unref_pending_locked(session)
            self._purge_locked()

    def on_delta(self, session_id: str, delta: Delta, run_id: int) -> None:
        """A delta is on its way to the page: note which media its slot shows now."""
        kind = delta.WhichOneof("type")
        path = tuple(delta.path)
        with self._lock:
            session = self._sessions.get(session_id)
            if session is None:
                return
            if kind == "new_element":
                shown = media_ids_in(delta.new_element)
                # The element replaces what was at `path`, and a block's children with it.
                gone = [p for p in session.slots if p[: len(path)] == path]
                for old in gone:
                    self._unref_locked(session.slots.pop(old)[0])
                if shown:
                    self._ref_locked(shown)
                    session.slots[path] = (shown, run_id)
                    session.pending -= shown
            elif kind == "add_block":
                old_slot = session.slots.pop(path, None)
                if old_slot is not None:
                    self._unref_locked(old_slot[0])
            elif kind == "unchanged":
                for offset in range(delta.unchanged):
                    sibling = (*path[:-1], path[-1] + offset)
                    kept = session.slots.get(sibling)
                    if kept is not None:
                        session.slots[sibling] = (kept[0], run_id)
            self._purge_locked()

    def on_run_finished(self, session_id: str, run_id: int, scope: Path | None) -> None:
        """A run ended and the page removes what it did not reach (under `scope` only, for a
        fragment run): the media of those slots, and media added but never shown, may go."""
        with self._lock:
            session = self._sessions.get(session_id)
            if session is None:
                return
            stale = [
                p
                for p, (_, reached) in session.slots.items()
                if reached != run_id and (scope is None or p[: len(scope)] == scope)
            ]
            for p in stale:
                self._unref_locked(session.slots.pop(p)[0])
            self._unref_pending_locked(session)
            self._purge_locked()

    def shown_by(self, session_id: str) -> set[str]:
        """Ids the session's page shows (tests, diagnostics)."""
        with self._lock:
            session = self._sessions.get(session_id)
            if session is None:
                return set()
            return {i for ids, _ in session.slots.values() for i in ids}

    # -- bookkeeping (lock held) ------------------------------------------------------------

    def _ref_locked(self, ids: frozenset[str]) -> None:
        for media_id in ids:
            if media_id in self._files:
                self._refs[media_id] = self._refs.get(media_id, 0) + 1
                self._released.pop(media_id, None)

    def _unref_locked(self, ids: frozenset[str]) -> None:
        for media_id in ids:
            count = self._refs.get(media_id, 0) - 1
            if count > 0:
                self._refs[media_id] = count
                continue
            self._refs.pop(media_id, None)
            if media_id in self._files:
                self._released.setdefault(media_id, self._clock())

    def _unref_pending_locked(self, session: _SessionMedia) -> None:
        for media_id in session.pending:
            if not self._refs.get(media_id) and media_id in self._files:
                self._released.setdefault(media_id, self._clock())
        session.pending.clear()

    def _purge_locked(self) -> None:
        if not self._released:
            return
        now = self._clock()
        for media_id, since in list(self._released.items()):
            if now - since >= self._grace and not self._refs.get(media_id):
                del self._released[media_id]
                self._files.pop(media_id, None)


def media_url(media_id: str) -> str:
    return f"{MEDIA_URL_PREFIX}{media_id}"


def media_ids_in(message: Message) -> frozenset[str]:
    """Ids of every media URL in a message's string fields (any element kind)."""
    found: set[str] = set()
    _collect(message, found)
    return frozenset(found)


def _collect(message: Any, found: set[str]) -> None:
    for descriptor, value in message.ListFields():
        if descriptor.type == descriptor.TYPE_MESSAGE:
            if descriptor.label == descriptor.LABEL_REPEATED:
                if descriptor.message_type.GetOptions().map_entry:
                    continue
                for item in value:
                    _collect(item, found)
            else:
                _collect(value, found)
        elif descriptor.type == descriptor.TYPE_STRING:
            values = value if descriptor.label == descriptor.LABEL_REPEATED else (value,)
            for text in values:
                if text.startswith(MEDIA_URL_PREFIX):
                    match = _MEDIA_URL.match(text)
                    if match:
                        found.add(match.group(1))


# Sessions by id, so that a script thread finds its runtime's store from its run context.
_REGISTRY_LOCK = threading.Lock()
_BY_SESSION: dict[str, MediaStore] = {}


def for_session(session_id: str) -> MediaStore | None:
    """The store of the runtime that runs `session_id` (None outside a served session)."""
    with _REGISTRY_LOCK:
        return _BY_SESSION.get(session_id)
