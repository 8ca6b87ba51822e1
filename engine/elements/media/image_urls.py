"""Small images given to chat avatars and st.logo, as URLs the page can show.

Pure functions, any thread. An image travels as a `data:` URL inside its element, so it needs
no request of its own; the page's "unchanged" markers keep it from travelling twice.
"""

from __future__ import annotations

import base64
import io
import mimetypes
import re
from pathlib import Path
from typing import Any

from dataapp.errors import APIError

_URL = re.compile(r"^(https?://|data:image/)", re.IGNORECASE)
# Largest image accepted as an avatar or logo: they are drawn a few dozen pixels wide.
MAX_IMAGE_BYTES = 2 * 1024 * 1024
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"RIFF", "image/webp"),
    (b"<svg", "image/svg+xml"),
    (b"<?xml", "image/svg+xml"),
)
_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".bmp"}


def looks_like_image_path(text: str) -> bool:
    """True for "logo.png", "./img/me.jpg": text meant as a file, not as an emoji or a word."""
    return Path(text).suffix.lower() in _IMAGE_SUFFIXES or "/" in text or "\\" in text


def is_url(text: str) -> bool:
    return bool(_URL.match(text))


def image_url(image: Any, api: str) -> str:
    """A URL for `image`: an http(s) or data: URL as given, else a data: URL of its bytes.

    `image` may be a URL, a path (str or Path), bytes, a PIL image or a numpy array.
    `api` names the calling function in error messages.
    """
    if isinstance(image, str) and is_url(image):
        return image
    if isinstance(image, (str, Path)):
        path = Path(image)
        if not path.is_file():
            raise APIError(f"{api}: no image file at {path} (give a path, a URL or bytes).")
        data = path.read_bytes()
        mimetype = mimetypes.guess_type(path.name)[0] or _sniff(data)
        return _data_url(data, mimetype, api)
    if isinstance(image, (bytes, bytearray, memoryview)):
        data = bytes(image)
        return _data_url(data, _sniff(data), api)
    if hasattr(image, "save") and hasattr(image, "size"):  # a PIL image
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return _data_url(buffer.getvalue(), "image/png", api)
    if hasattr(image, "shape") and hasattr(image, "dtype"):  # a numpy array
        try:
            from PIL import Image
        except ImportError as error:
            raise APIError(f"{api}: showing a numpy array as an image needs Pillow.") from error
        return image_url(Image.fromarray(image), api)
    raise APIError(
        f"{api}: cannot show a {type(image).__name__} as an image; give a path, a URL or bytes."
    )


def _sniff(data: bytes) -> str:
    head = data[:16].lstrip()
    for signature, mimetype in _SIGNATURES:
        if head.startswith(signature):
            return mimetype
    return "application/octet-stream"


def _data_url(data: bytes, mimetype: str, api: str) -> str:
    if not mimetype.startswith("image/"):
        raise APIError(f"{api}: the data is not an image this page can show ({mimetype}).")
    if len(data) > MAX_IMAGE_BYTES:
        raise APIError(
            f"{api}: the image is {len(data) // 1024} KiB; avatars and logos may be at most "
            f"{MAX_IMAGE_BYTES // 1024 // 1024} MiB."
        )
    return f"data:{mimetype};base64,{base64.b64encode(data).decode('ascii')}"
