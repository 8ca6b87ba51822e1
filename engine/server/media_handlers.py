"""The media endpoint (images, audio, video, downloads; with range requests) and the upload
endpoint of st.file_uploader.

Handlers run on the server's event loop; files on disk are read on the default executor. Like
every handler they need the launch token (TokenCheckedHandler.prepare); uploads and their
removal must also come from the server's own origin (Access.OWN_PAGE). Media are addressed
only by the id the store gave them, so no request can name a path.
"""

from __future__ import annotations

import asyncio
import json
import mimetypes
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

import tornado.web

from dataapp.runtime.media_store import (
    MediaFile,
    UploadTooLargeError,
    session_full_message,
    too_large_message,
)
from dataapp.runtime.runtime import Runtime
from dataapp.server.component_files import set_component_document_headers, with_frame_reporter
from dataapp.server.handlers import TokenCheckedHandler
from dataapp.server.request_bodies import BodyRefused, check_declared_body, limit_request_body
from dataapp.server.security import Access, Security

FILE_NAME_HEADER = "X-Dataapp-File-Name"
# Media may be user content (an uploaded SVG shown with st.image): opened on its own, it must
# not run scripts with the app's origin.
MEDIA_CSP = (
    "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox"
)
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class RangeNotSatisfiable(Exception):
    """The Range header asks for bytes the file does not have (answered with 416)."""


@dataclass(frozen=True)
class ByteRange:
    start: int
    # Exclusive.
    end: int


def parse_byte_range(header: str | None, size: int) -> ByteRange | None:
    """The single byte range a Range header asks for; None to send the whole file.

    Headers that are not a single `bytes=` range are ignored (RFC 9110 lets a server send the
    whole file); a range starting past the end raises RangeNotSatisfiable.
    """
    if not header:
        return None
    match = _RANGE.match(header.strip())
    if match is None:
        return None
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:
        suffix = int(last)
        if suffix == 0:
            raise RangeNotSatisfiable(header)
        return ByteRange(max(0, size - suffix), size)
    start = int(first)
    end = size if not last else int(last) + 1
    if last and int(last) < start:
        return None
    if start >= size:
        raise RangeNotSatisfiable(header)
    return ByteRange(start, min(end, size))


def content_disposition(filename: str, attachment: bool) -> str:
    """A Content-Disposition value with an ASCII fallback name and the exact UTF-8 name."""
    kind = "attachment" if attachment else "inline"
    if not filename:
        return kind
    fallback = "".join(c if 32 <= ord(c) < 127 and c not in '"\\' else "_" for c in filename)
    return f"{kind}; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


class MediaHandler(TokenCheckedHandler):
    """GET/HEAD /_dataapp/media/<id>: bytes the store keeps, whole or a byte range."""

    def initialize(self, security: Security, runtime: Runtime, **_: Any) -> None:  # type: ignore[override]
        super().initialize(security)
        self.runtime = runtime

    def compute_etag(self) -> str | None:
        return None  # set from the content id instead of hashing what is sent

    async def get(self, media_id: str) -> None:
        await self._serve(media_id, send_body=True)

    async def head(self, media_id: str) -> None:
        await self._serve(media_id, send_body=False)

    async def _serve(self, media_id: str, *, send_body: bool) -> None:
        media = self.runtime.media.get(media_id)
        if media is None:
            raise tornado.web.HTTPError(404, reason="This media is no longer shown by the app")
        mimetype = media.mimetype or "application/octet-stream"
        if mimetype.startswith("text/") and "charset" not in mimetype:
            mimetype += "; charset=utf-8"
        self.set_header("Content-Type", mimetype)
        if media.document:
            self._serve_document(media, send_body=send_body)
            return
        self.set_header("Accept-Ranges", "bytes")
        self.set_header("Content-Security-Policy", MEDIA_CSP)
        # The id is a digest of the content: what it names never changes.
        self.set_header("ETag", f'"{media_id}"')
        self.set_header("Cache-Control", "private, max-age=3600")
        if media.filename or media.as_attachment:
            self.set_header(
                "Content-Disposition", content_disposition(media.filename, media.as_attachment)
            )
        try:
            wanted = parse_byte_range(self.request.headers.get("Range"), media.size)
        except RangeNotSatisfiable:
            self.set_status(416)
            self.set_header("Content-Range", f"bytes */{media.size}")
            self.finish()
            return
        start, end = (0, media.size) if wanted is None else (wanted.start, wanted.end)
        if wanted is not None:
            self.set_status(206)
            self.set_header("Content-Range", f"bytes {start}-{end - 1}/{media.size}")
        self.set_header("Content-Length", str(end - start))
        if send_body and end > start:
            await self._send(media, start, end)
        self.finish()

    def _serve_document(self, media: MediaFile, *, send_body: bool) -> None:
        """An app's HTML page, whole, under the rules of component documents."""
        set_component_document_headers(self)
        self.set_header("ETag", f'"{self.path_args[0]}"')
        self.set_header("Cache-Control", "private, max-age=3600")
        body = with_frame_reporter(media.data or b"")
        self.set_header("Content-Length", str(len(body)))
        if send_body:
            self.write(body)
        self.finish()

    async def _send(self, media: MediaFile, start: int, end: int) -> None:
        chunks = media.read(start, end)
        loop = asyncio.get_running_loop()
        while True:
            chunk = (
                next(chunks, None)
                if media.data is not None
                else await loop.run_in_executor(None, next, chunks, None)
            )
            if chunk is None:
                return
            self.write(chunk)
            await self.flush()


class UploadHandler(TokenCheckedHandler):
    """POST /_dataapp/upload?session=<id>: the request body is one file; its name is in the
    X-Dataapp-File-Name header (URL-encoded) and its type in Content-Type. Answers JSON
    {file_id, name, size, type}, or {error} with 413 when it is over server.maxUploadSize or
    would take the session over server.maxSessionUploadSize.
    DELETE /_dataapp/upload/<file_id>?session=<id> forgets a file the user removed.

    Everything is decided on the headers, before a byte of the file is read: the caller, the
    origin, the session, and the size the Content-Length announces (a body of unknown length
    is refused with 411). The body then streams into memory, never past that size.
    """

    access = Access.OWN_PAGE

    def initialize(self, security: Security, runtime: Runtime, **_: Any) -> None:  # type: ignore[override]
        super().initialize(security)
        self.runtime = runtime
        self._chunks: list[bytes] = []
        self.limit = runtime.media.uploads.max_file_bytes
        self.session_id = ""

    def prepare(self) -> None:
        self.check_caller()
        self.session_id = self.get_query_argument("session", "") or ""
        if self.runtime.get_session(self.session_id) is None:
            raise tornado.web.HTTPError(404, reason="No such session")
        if self.request.method != "POST":
            limit_request_body(self, 0)
            return
        uploads = self.runtime.media.uploads
        try:
            size = check_declared_body(self.request.headers, self.limit)
        except BodyRefused as refused:
            if refused.status == 413:
                declared = self.request.headers.get("Content-Length", "0")
                self._refuse(too_large_message(self.file_name(), int(declared), self.limit))
                return
            raise tornado.web.HTTPError(refused.status, reason=refused.message) from None
        room = uploads.room_left(self.session_id)
        if size > room:
            held = uploads.max_session_bytes - room
            self._refuse(
                session_full_message(self.file_name(), size, held, uploads.max_session_bytes)
            )
            return
        limit_request_body(self, size)

    def file_name(self) -> str:
        name = unquote(self.request.headers.get(FILE_NAME_HEADER, "") or "") or "upload"
        return name.replace("/", "_").replace("\\", "_")

    def data_received(self, chunk: bytes) -> None:
        # Never more than the Content-Length that `prepare` accepted: tornado stops there.
        self._chunks.append(chunk)

    def post(self, _file_id: str | None = None) -> None:
        name = self.file_name()
        mimetype = self.request.headers.get("Content-Type", "") or ""
        if not mimetype or mimetype == "application/x-www-form-urlencoded":
            mimetype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        data = b"".join(self._chunks)
        self._chunks.clear()
        try:
            record = self.runtime.media.uploads.add_file(self.session_id, name, mimetype, data)
        except UploadTooLargeError as error:
            # Another upload of the session may have filled it while this one arrived.
            self._refuse(str(error))
            return
        self.set_header("Content-Type", "application/json")
        self.finish(
            json.dumps(
                {
                    "file_id": record.file_id,
                    "name": record.name,
                    "size": record.size,
                    "type": record.type,
                }
            )
        )

    def delete(self, file_id: str | None = None) -> None:
        if file_id:
            self.runtime.media.uploads.remove(self.session_id, file_id)
        self.set_status(204)
        self.finish()

    def _refuse(self, message: str) -> None:
        """413 with the reason in the user's words; the page shows `error` under the uploader."""
        self.set_status(413)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({"error": message}))
