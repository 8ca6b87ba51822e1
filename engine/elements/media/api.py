"""Media: st.image, st.audio, st.video, st.pdf.

The bytes go to the runtime's media store and the element carries their URL
(`/_dataapp/media/<id>`, served with the launch token, with range requests for audio and
video); the store keeps them while the page shows the element. Runs on the script thread.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from dataapp.errors import APIError
from dataapp.proto.element_pb2 import Element
from dataapp.proto.media_pb2 import ImageList
from dataapp.runtime import media_store
from dataapp.runtime.context import get_run_context
from dataapp.runtime.delta_generator import DeltaGeneratorBase

from .sources import MediaSource, av_source, image_source, pdf_source, seconds, subtitle_vtt


def media_url_for(source: MediaSource, *, filename: str = "", as_attachment: bool = False) -> str:
    """The URL an element uses for `source`: the media endpoint, or the URL the app gave.

    Outside a served session (plain `python app.py`) nothing is shown, so a data: URL does.
    """
    if source.url is not None:
        return source.url
    ctx = get_run_context()
    store = media_store.for_session(ctx.session_id) if ctx is not None else None
    if store is None:
        data = source.data if source.data is not None else _read_path(source.path)
        return f"data:{source.mimetype};base64,{base64.b64encode(data).decode('ascii')}"
    assert ctx is not None
    if source.path is not None:
        media_id = store.add_path(
            source.path,
            source.mimetype,
            filename,
            as_attachment=as_attachment,
            session_id=ctx.session_id,
        )
    else:
        assert source.data is not None
        media_id = store.add(
            source.data,
            source.mimetype,
            filename,
            as_attachment=as_attachment,
            session_id=ctx.session_id,
        )
    return media_store.media_url(media_id)


def _read_path(path: str | None) -> bytes:
    assert path is not None
    with open(path, "rb") as handle:
        return handle.read()


class MediaMixin(DeltaGeneratorBase):
    def image(
        self,
        image: Any,
        caption: str | Sequence[str] | None = None,
        width: int | None = None,
        use_column_width: bool | str | None = None,
        clamp: bool = False,
        channels: str = "RGB",
        output_format: str = "auto",
        *,
        use_container_width: bool = False,
    ) -> Any:
        """Show one image, or a row of images (a list): arrays, PIL images, bytes, paths, URLs."""
        images = list(image) if _is_image_list(image) else [image]
        if isinstance(caption, (list, tuple)):
            captions = [str(c) for c in caption]
            if len(captions) != len(images):
                raise APIError(
                    f"st.image: {len(captions)} captions were given for {len(images)} images; "
                    "give one caption per image."
                )
        else:
            captions = [str(caption) if caption is not None else ""] * len(images)
        if width is not None and (not isinstance(width, int) or width <= 0):
            raise APIError(f"st.image: width must be a positive number of pixels, not {width!r}.")
        element = Element()
        shown = element.image_list
        shown.kind = ImageList.IMAGE
        shown.use_container_width = bool(use_container_width) or use_column_width in (
            True,
            "always",
            "auto",
        )
        for item, text in zip(images, captions, strict=True):
            source = image_source(item, clamp=clamp, channels=channels, output_format=output_format)
            entry = shown.images.add(url=media_url_for(source), caption=text, width=width or 0)
            entry.alt = text
        return self._enqueue_element(element)

    def audio(
        self,
        data: Any,
        format: str = "audio/wav",
        start_time: Any = 0,
        *,
        sample_rate: int | None = None,
        end_time: Any = None,
        loop: bool = False,
        autoplay: bool = False,
    ) -> Any:
        """Play audio: bytes, a file, a path, a URL, or a numpy array with `sample_rate`."""
        source = av_source(data, format, "st.audio", sample_rate)
        element = Element()
        audio = element.audio
        audio.url = media_url_for(source)
        audio.mimetype = source.mimetype or format
        audio.start_time = seconds(start_time, "st.audio", "start_time")
        audio.end_time = seconds(end_time, "st.audio", "end_time")
        _check_times(audio.start_time, audio.end_time, "st.audio")
        audio.loop = loop
        audio.autoplay = autoplay
        return self._enqueue_element(element)

    def video(
        self,
        data: Any,
        format: str = "video/mp4",
        start_time: Any = 0,
        *,
        subtitles: Any = None,
        end_time: Any = None,
        loop: bool = False,
        autoplay: bool = False,
        muted: bool = False,
    ) -> Any:
        """Play a video: bytes, a file, a path or a URL; subtitles as WebVTT or SubRip."""
        source = av_source(data, format, "st.video")
        element = Element()
        video = element.video
        video.url = media_url_for(source)
        video.mimetype = source.mimetype or format
        video.start_time = seconds(start_time, "st.video", "start_time")
        video.end_time = seconds(end_time, "st.video", "end_time")
        _check_times(video.start_time, video.end_time, "st.video")
        video.loop = loop
        video.autoplay = autoplay
        video.muted = muted
        for label, track in _subtitle_tracks(subtitles):
            vtt = MediaSource("text/vtt", data=subtitle_vtt(track, "st.video"))
            video.subtitles.add(label=label, url=media_url_for(vtt))
        return self._enqueue_element(element)

    def pdf(
        self,
        data: Any,
        *,
        height: int | Literal["stretch"] = 500,
        key: str | None = None,
        alt: str | None = None,
    ) -> Any:
        """Show a PDF (a path, bytes, a file or an http(s) URL) in the browser's own PDF viewer,
        `height` pixels tall or "stretch"; `alt` names the viewer for screen readers."""
        if data is None:
            raise APIError(
                "The `data` parameter is required. Please provide a valid PDF file path, URL, "
                "bytes data, or file-like object."
            )
        stretch = height == "stretch"
        if not stretch and (not isinstance(height, int) or height <= 0):
            raise APIError(
                f"Invalid height value: {height!r}. Height must be either a positive integer "
                "(pixels) or 'stretch'."
            )
        source, file_name = pdf_source(data)
        element = Element()
        pdf = element.pdf
        # The name the viewer's download button saves under.
        pdf.url = media_url_for(source, filename=file_name or "document.pdf")
        pdf.height = 0 if stretch else int(height)
        pdf.stretch = stretch
        pdf.alt = str(alt).strip() if alt is not None else ""
        pdf.key = str(key) if key is not None else ""
        pdf.file_name = file_name
        return self._enqueue_element(element)


def _is_image_list(image: Any) -> bool:
    if isinstance(image, (list, tuple)):
        return True
    # A numpy array of images (N×H×W×C) is a list of images too, as in Streamlit.
    shape = getattr(image, "shape", None)
    return isinstance(shape, tuple) and len(shape) == 4


def _check_times(start: float, end: float, what: str) -> None:
    if end and end <= start:
        raise APIError(f"{what}: end_time ({end:g} s) must be after start_time ({start:g} s).")


def _subtitle_tracks(subtitles: Any) -> list[tuple[str, Any]]:
    if subtitles is None:
        return []
    if isinstance(subtitles, Mapping):
        return [(str(label), track) for label, track in subtitles.items()]
    return [("default", subtitles)]
