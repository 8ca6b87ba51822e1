"""Turning what apps pass to st.image/audio/video into bytes and a MIME type.

Pure functions, any thread. numpy arrays become PNG without Pillow (a small encoder below);
Pillow is used, when installed, for PIL images and for JPEG output.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import mimetypes
import os
import re
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dataapp.errors import APIError


# What a media argument turned into: bytes in memory, a file on disk, or a URL to show as is.
@dataclass(frozen=True)
class MediaSource:
    mimetype: str
    data: bytes | None = None
    path: str | None = None
    url: str | None = None


_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"BM", 0, "image/bmp"),
    (b"WEBP", 8, "image/webp"),
    (b"RIFF", 0, "audio/wav"),
    (b"ID3", 0, "audio/mpeg"),
    (b"OggS", 0, "audio/ogg"),
    (b"fLaC", 0, "audio/flac"),
    (b"ftyp", 4, "video/mp4"),
    (b"\x1a\x45\xdf\xa3", 0, "video/webm"),
)

_IMAGE_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg", "JPG": "image/jpeg", "GIF": "image/gif"}


def sniff_mimetype(data: bytes, fallback: str) -> str:
    """The MIME type the first bytes announce, else `fallback`."""
    for signature, offset, mimetype in _SIGNATURES:
        if data[offset : offset + len(signature)] == signature:
            if mimetype == "audio/wav" and data[8:12] == b"WEBP":
                return "image/webp"
            return mimetype
    head = data[:512].lstrip()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in data[:4096]):
        return "image/svg+xml"
    return fallback


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://", "data:"))


def read_bytes(value: Any, what: str) -> bytes | None:
    """Bytes of bytes-like objects and open files (from their start); None for anything else."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, io.TextIOBase):
        value.seek(0)
        return str(value.read()).encode("utf-8")
    if hasattr(value, "read") and callable(value.read):
        if hasattr(value, "seek"):
            with contextlib.suppress(OSError, ValueError):
                value.seek(0)
        data = value.read()
        if isinstance(data, str):
            return data.encode("utf-8")
        if not isinstance(data, (bytes, bytearray)):
            raise APIError(f"{what}: reading the file gave a {type(data).__name__}, not bytes.")
        return bytes(data)
    return None


def file_source(path: str | os.PathLike[str], fallback_type: str, what: str) -> MediaSource:
    """A file the app named: served from disk with a type guessed from its name."""
    target = Path(path)
    if not target.is_file():
        raise APIError(f"{what}: there is no file {os.fspath(path)!r}.")
    guessed = mimetypes.guess_type(target.name)[0]
    if guessed is None:
        with open(target, "rb") as handle:
            guessed = sniff_mimetype(handle.read(4096), fallback_type)
    return MediaSource(guessed, path=str(target))


# -- images -----------------------------------------------------------------------------------


def image_source(
    image: Any, *, clamp: bool, channels: str, output_format: str, what: str = "st.image"
) -> MediaSource:
    """One image argument of st.image as bytes (or a URL)."""
    fmt = output_format.upper()
    if fmt not in ("AUTO", *_IMAGE_FORMATS):
        raise APIError(
            f"{what}: output_format must be 'auto', 'PNG' or 'JPEG', not {output_format!r}."
        )
    if channels not in ("RGB", "BGR"):
        raise APIError(f"{what}: channels must be 'RGB' or 'BGR', not {channels!r}.")
    if isinstance(image, str):
        stripped = image.strip()
        if stripped.startswith("<svg") or stripped.startswith("<?xml"):
            return MediaSource("image/svg+xml", data=stripped.encode("utf-8"))
        if is_url(image):
            return MediaSource("", url=image)
        return _encoded_source(
            Path(image).read_bytes() if Path(image).is_file() else None, image, fmt, what
        )
    if isinstance(image, os.PathLike):
        target = Path(image)
        return _encoded_source(
            target.read_bytes() if target.is_file() else None, str(image), fmt, what
        )
    if _is_pil_image(image):
        return _pil_source(image, fmt)
    data = read_bytes(image, what)
    if data is not None:
        return _encoded_source(data, "", fmt, what)
    if hasattr(image, "__array__") or hasattr(image, "shape"):
        return _array_source(image, clamp=clamp, channels=channels, fmt=fmt, what=what)
    raise APIError(
        f"{what} cannot show a {type(image).__name__}: pass a numpy array, a PIL image, bytes, "
        "a file path or a URL."
    )


def _encoded_source(data: bytes | None, name: str, fmt: str, what: str) -> MediaSource:
    if data is None:
        raise APIError(f"{what}: there is no image file {name!r}.")
    mimetype = sniff_mimetype(data, mimetypes.guess_type(name)[0] or "application/octet-stream")
    if not mimetype.startswith("image/"):
        raise APIError(f"{what}: {name or 'the bytes given'} do not look like an image.")
    wanted = _IMAGE_FORMATS.get(fmt)
    if wanted is None or wanted == mimetype or mimetype == "image/svg+xml":
        return MediaSource(mimetype, data=data)
    pil = _require_pil(f"{what} with output_format={fmt!r}")
    return _pil_source(pil.open(io.BytesIO(data)), fmt)


def _pil_source(image: Any, fmt: str) -> MediaSource:
    if fmt == "AUTO":
        fmt = image.format if image.format in ("PNG", "JPEG", "GIF") else "PNG"
    fmt = "JPEG" if fmt == "JPG" else fmt
    if fmt == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, quality=90) if fmt == "JPEG" else image.save(buffer, format=fmt)
    return MediaSource(_IMAGE_FORMATS[fmt], data=buffer.getvalue())


def _array_source(array: Any, *, clamp: bool, channels: str, fmt: str, what: str) -> MediaSource:
    pixels = image_array(array, clamp=clamp, channels=channels, what=what)
    if fmt in ("JPEG", "JPG", "GIF"):
        pil = _require_pil(f"{what} with output_format={fmt!r}")
        return _pil_source(pil.fromarray(pixels), fmt)
    return MediaSource("image/png", data=encode_png(pixels))


def image_array(array: Any, *, clamp: bool, channels: str, what: str = "st.image") -> Any:
    """An H×W, H×W×3 or H×W×4 uint8 array, the way Streamlit reads image arrays.

    Floats are read as 0.0-1.0 and integers as 0-255; values outside need `clamp=True`.
    """
    import numpy as np

    pixels = np.asarray(array)
    if pixels.ndim == 3 and pixels.shape[2] == 1:
        pixels = pixels[:, :, 0]
    if pixels.ndim not in (2, 3) or (pixels.ndim == 3 and pixels.shape[2] not in (3, 4)):
        raise APIError(
            f"{what}: an image array must be H×W (grey), H×W×3 (RGB) or H×W×4 (RGBA), "
            f"not of shape {pixels.shape}."
        )
    if pixels.dtype == np.bool_:
        pixels = pixels.astype(np.uint8) * 255
    elif np.issubdtype(pixels.dtype, np.floating):
        if pixels.size and (np.nanmin(pixels) < 0.0 or np.nanmax(pixels) > 1.0):
            if not clamp:
                raise APIError(
                    f"{what}: the data is outside [0.0, 1.0] and clamp is not set. Pass "
                    "clamp=True to clip it, or scale it to 0.0-1.0."
                )
            pixels = np.clip(pixels, 0.0, 1.0)
        pixels = np.nan_to_num(pixels * 255.0).round().astype(np.uint8)
    elif pixels.dtype != np.uint8:
        if pixels.size and (pixels.min() < 0 or pixels.max() > 255):
            if not clamp:
                raise APIError(
                    f"{what}: the data is outside [0, 255] and clamp is not set. Pass "
                    "clamp=True to clip it."
                )
            pixels = np.clip(pixels, 0, 255)
        pixels = pixels.astype(np.uint8)
    if channels == "BGR" and pixels.ndim == 3:
        pixels = np.concatenate([pixels[:, :, 2::-1], pixels[:, :, 3:]], axis=2)
    return np.ascontiguousarray(pixels)


def encode_png(pixels: Any) -> bytes:
    """PNG bytes of an H×W (grey), H×W×3 (RGB) or H×W×4 (RGBA) uint8 array (no Pillow)."""
    import numpy as np

    height, width = pixels.shape[:2]
    depth = 1 if pixels.ndim == 2 else pixels.shape[2]
    color_type = {1: 0, 3: 2, 4: 6}[depth]
    rows = pixels.reshape(height, width * depth).astype(np.uint8)
    # Filter "Up" on every row: each byte minus the byte above it (photos compress better).
    up = np.empty_like(rows)
    up[0] = rows[0]
    up[1:] = rows[1:] - rows[:-1]
    scanlines = np.empty((height, width * depth + 1), dtype=np.uint8)
    scanlines[:, 0] = 2
    scanlines[:, 1:] = up

    def chunk(tag: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(tag + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(scanlines.tobytes(), 6))
        + chunk(b"IEND", b"")
    )


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) of PNG bytes."""
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def _is_pil_image(value: Any) -> bool:
    return any(
        cls.__module__.startswith("PIL.") and cls.__name__ == "Image" for cls in type(value).__mro__
    )


def _require_pil(what: str) -> Any:
    try:
        from PIL import Image
    except ImportError:
        raise APIError(f"{what} needs Pillow: pip install pillow") from None
    return Image


# -- audio and video --------------------------------------------------------------------------


def av_source(
    data: Any, default_type: str, what: str, sample_rate: int | None = None
) -> MediaSource:
    """Bytes, a file, a path, a URL or (audio) a numpy array of samples."""
    if isinstance(data, str):
        if is_url(data):
            return MediaSource(default_type, url=data)
        return file_source(data, default_type, what)
    if isinstance(data, os.PathLike):
        return file_source(data, default_type, what)
    raw = read_bytes(data, what)
    if raw is not None:
        return MediaSource(default_type, data=raw)
    if hasattr(data, "__array__") or isinstance(data, list):
        if sample_rate is None:
            raise APIError(f"{what}: sample_rate must be given for an array of samples.")
        return MediaSource("audio/wav", data=encode_wav(data, sample_rate))
    raise APIError(
        f"{what} cannot play a {type(data).__name__}: pass bytes, a file, a path or a URL."
    )


def pdf_source(data: Any) -> tuple[MediaSource, str]:
    """What st.pdf shows, and its file name when it came from a file; Streamlit's errors."""
    if isinstance(data, (str, os.PathLike)):
        text = os.fspath(data).strip()
        if text.startswith(("http://", "https://")):
            return MediaSource("application/pdf", url=text), ""
        try:
            with open(text, "rb"):
                pass
        except (FileNotFoundError, PermissionError, IsADirectoryError) as error:
            raise APIError(f"Unable to read file '{text}': {error}") from None
        return MediaSource("application/pdf", path=text), Path(text).name
    if hasattr(data, "getvalue") and hasattr(data, "read"):
        return MediaSource("application/pdf", data=bytes(data.getvalue())), _file_name(data)
    raw = read_bytes(data, "st.pdf")
    if raw is None:
        raise APIError(
            "Invalid `data` type. Expected one of: str, Path, bytes, file-like object. "
            f"Provided type: {type(data).__name__}. A str can be a file path or a URL."
        )
    return MediaSource("application/pdf", data=raw), _file_name(data)


def _file_name(data: Any) -> str:
    # An UploadedFile or an open file knows its name; bytes have none.
    name = getattr(data, "name", "")
    return Path(name).name if isinstance(name, str) else ""


def encode_wav(samples: Any, sample_rate: int) -> bytes:
    """16-bit PCM WAV of samples: 1-D (mono) or channels × samples; scaled to full range."""
    import wave

    import numpy as np

    array = np.asarray(samples, dtype=np.float64)
    if array.ndim == 1:
        array = array[np.newaxis, :]
    if array.ndim != 2:
        raise APIError("st.audio: samples must be 1-D (mono) or 2-D (channels × samples).")
    peak = float(np.max(np.abs(array))) if array.size else 0.0
    scaled = (array / peak * 32767) if peak > 0 else array
    interleaved = np.clip(scaled, -32768, 32767).astype("<i2").T.tobytes()
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(array.shape[0])
        out.setsampwidth(2)
        out.setframerate(int(sample_rate))
        out.writeframes(interleaved)
    return buffer.getvalue()


_UNITS = {
    "": 1.0,
    "s": 1.0,
    "sec": 1.0,
    "secs": 1.0,
    "second": 1.0,
    "seconds": 1.0,
    "m": 60.0,
    "min": 60.0,
    "mins": 60.0,
    "minute": 60.0,
    "minutes": 60.0,
    "h": 3600.0,
    "hour": 3600.0,
    "hours": 3600.0,
}


def seconds(value: Any, what: str, argument: str) -> float:
    """start_time/end_time as seconds: a number, a timedelta, or text like "1m30s", "2 minutes"."""
    if value is None:
        return 0.0
    if isinstance(value, bool):
        raise APIError(f"{what}: {argument} must be a number of seconds, not {value!r}.")
    if isinstance(value, (int, float)):
        result = float(value)
    elif isinstance(value, dt.timedelta):
        result = value.total_seconds()
    elif isinstance(value, str):
        parsed = _parse_duration(value)
        if parsed is None:
            raise APIError(f"{what}: {argument}={value!r} is not a duration like '90s' or '1m30s'.")
        result = parsed
    else:
        raise APIError(f"{what}: {argument} must be seconds or a timedelta, not {value!r}.")
    if result < 0:
        raise APIError(f"{what}: {argument} must not be negative.")
    return result


def _parse_duration(text: str) -> float | None:
    total = 0.0
    parts = re.findall(r"(\d+(?:\.\d+)?)\s*([a-zA-Z]*)", text)
    if not parts or re.sub(r"[\d.\sa-zA-Z]", "", text):
        return None
    for number, unit in parts:
        factor = _UNITS.get(unit.lower())
        if factor is None:
            return None
        total += float(number) * factor
    return total


def subtitle_vtt(data: Any, what: str) -> bytes:
    """WebVTT bytes for a subtitle argument: text, bytes, a file, or a path to .vtt/.srt."""
    if isinstance(data, os.PathLike) or (
        isinstance(data, str) and "\n" not in data and Path(data).suffix.lower() in (".vtt", ".srt")
    ):
        path = Path(data)
        if not path.is_file():
            raise APIError(f"{what}: there is no subtitle file {os.fspath(data)!r}.")
        raw = path.read_bytes()
    elif isinstance(data, str):
        raw = data.encode("utf-8")
    else:
        read = read_bytes(data, what)
        if read is None:
            raise APIError(f"{what}: subtitles must be text, bytes, a file or a path.")
        raw = read
    text = raw.decode("utf-8-sig", errors="replace").replace("\r\n", "\n")
    if text.lstrip().startswith("WEBVTT"):
        return text.encode("utf-8")
    # SubRip: "00:00:01,000 --> 00:00:02,500" becomes "00:00:01.000 --> 00:00:02.500".
    converted = re.sub(r"(\d\d:\d\d:\d\d),(\d\d\d)", r"\1.\2", text)
    return ("WEBVTT\n\n" + converted.strip() + "\n").encode("utf-8")
