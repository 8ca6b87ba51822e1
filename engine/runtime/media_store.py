"""Bytes that elements refer to by URL (images, audio, downloads), served by the media endpoint.

Thread-safe: script threads add files, the server's event loop reads them.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class MediaFile:
    data: bytes
    mimetype: str
    filename: str = ""


class MediaStore:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._files: dict[str, MediaFile] = {}

    def add(self, data: bytes, mimetype: str, filename: str = "") -> str:
        """Store bytes; the id is their digest, so the same bytes are stored once."""
        media_id = hashlib.blake2b(data + mimetype.encode(), digest_size=16).hexdigest()
        with self._lock:
            self._files[media_id] = MediaFile(data, mimetype, filename)
        return media_id

    def get(self, media_id: str) -> MediaFile | None:
        with self._lock:
            return self._files.get(media_id)

    def remove(self, media_id: str) -> None:
        with self._lock:
            self._files.pop(media_id, None)
