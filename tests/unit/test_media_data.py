"""What st.image/audio/video accept, read the way Streamlit reads it."""

from __future__ import annotations

import datetime as dt
import io
import wave
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from dataapp.elements.media.sources import (
    encode_png,
    encode_wav,
    image_array,
    image_source,
    png_size,
    seconds,
    sniff_mimetype,
    subtitle_vtt,
)
from dataapp.errors import APIError


def decoded(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)))


@pytest.mark.parametrize("shape", [(5, 7), (5, 7, 3), (5, 7, 4)])
def test_png_without_pillow_decodes_to_the_same_pixels(shape: tuple[int, ...]) -> None:
    pixels = np.random.default_rng(0).integers(0, 256, shape, dtype=np.uint8)
    png = encode_png(pixels)
    assert png_size(png) == (7, 5)
    assert np.array_equal(decoded(png), pixels)


def test_float_images_are_0_to_1_and_need_clamp_outside() -> None:
    assert image_array(np.array([[0.0, 1.0]]), clamp=False, channels="RGB").tolist() == [[0, 255]]
    with pytest.raises(APIError, match=r"outside \[0\.0, 1\.0\] and clamp is not set"):
        image_array(np.array([[1.5]]), clamp=False, channels="RGB")
    assert image_array(np.array([[1.5, -1.0]]), clamp=True, channels="RGB").tolist() == [[255, 0]]
    with pytest.raises(APIError, match=r"outside \[0, 255\]"):
        image_array(np.array([[300]]), clamp=False, channels="RGB")


def test_bgr_channels_are_swapped_and_alpha_kept() -> None:
    bgra = np.array([[[1, 2, 3, 4]]], dtype=np.uint8)
    assert image_array(bgra, clamp=False, channels="BGR").tolist() == [[[3, 2, 1, 4]]]


def test_bad_shapes_are_explained() -> None:
    with pytest.raises(APIError, match="H×W×3"):
        image_array(np.zeros((2, 2, 2)), clamp=False, channels="RGB")


def test_sources_from_bytes_files_pil_and_urls(tmp_path: Path) -> None:
    png = encode_png(np.zeros((2, 2), np.uint8))
    assert (
        image_source(png, clamp=False, channels="RGB", output_format="auto").mimetype == "image/png"
    )
    path = tmp_path / "x.png"
    path.write_bytes(png)
    assert image_source(str(path), clamp=False, channels="RGB", output_format="auto").data == png
    assert image_source(path, clamp=False, channels="RGB", output_format="auto").data == png
    url = image_source(
        "https://example.com/a.png", clamp=False, channels="RGB", output_format="auto"
    )
    assert url.url == "https://example.com/a.png"
    svg = image_source(
        "<svg xmlns='http://www.w3.org/2000/svg'/>",
        clamp=False,
        channels="RGB",
        output_format="auto",
    )
    assert svg.mimetype == "image/svg+xml"
    jpeg = image_source(
        Image.new("RGBA", (3, 3)), clamp=False, channels="RGB", output_format="JPEG"
    )
    assert (
        jpeg.mimetype == "image/jpeg" and jpeg.data is not None and jpeg.data[:3] == b"\xff\xd8\xff"
    )
    with pytest.raises(APIError, match="no image file"):
        image_source(
            str(tmp_path / "missing.png"), clamp=False, channels="RGB", output_format="auto"
        )
    with pytest.raises(APIError, match="output_format"):
        image_source(png, clamp=False, channels="RGB", output_format="TIFF")


def test_mimetypes_are_sniffed() -> None:
    assert sniff_mimetype(b"\x89PNG\r\n\x1a\nxxxx", "?") == "image/png"
    assert sniff_mimetype(b"RIFF\x00\x00\x00\x00WAVEfmt ", "?") == "audio/wav"
    assert sniff_mimetype(b"RIFF\x00\x00\x00\x00WEBPVP8 ", "?") == "image/webp"
    assert sniff_mimetype(b"\x00\x00\x00\x18ftypmp42", "?") == "video/mp4"
    assert sniff_mimetype(b"whatever", "?") == "?"


def test_samples_become_a_wav() -> None:
    data = encode_wav(np.sin(np.linspace(0, 100, 8000)), 8000)
    with wave.open(io.BytesIO(data)) as w:
        assert (w.getnchannels(), w.getframerate(), w.getnframes()) == (1, 8000, 8000)
    stereo = encode_wav(np.zeros((2, 100)), 44100)
    with wave.open(io.BytesIO(stereo)) as w:
        assert w.getnchannels() == 2


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (5, 5.0),
        (2.5, 2.5),
        (dt.timedelta(minutes=1), 60.0),
        ("90s", 90.0),
        ("1m30s", 90.0),
        ("2 minutes", 120.0),
        ("1h", 3600.0),
        (None, 0.0),
    ],
)
def test_start_and_end_times(value: object, expected: float) -> None:
    assert seconds(value, "st.video", "start_time") == expected


def test_bad_times_are_refused() -> None:
    with pytest.raises(APIError, match="not a duration"):
        seconds("soon", "st.video", "start_time")
    with pytest.raises(APIError, match="must not be negative"):
        seconds(-1, "st.video", "start_time")


def test_subrip_subtitles_become_webvtt(tmp_path: Path) -> None:
    srt = "1\n00:00:01,000 --> 00:00:02,500\nHello\n"
    assert subtitle_vtt(srt, "st.video") == b"WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\nHello\n"
    vtt = tmp_path / "subs.vtt"
    vtt.write_text("WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n")
    assert subtitle_vtt(vtt, "st.video").startswith(b"WEBVTT")
