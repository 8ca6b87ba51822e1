"""Frames: st.iframe, and st.components.v1's html and iframe (docs/components.md).

Runs on the script thread. HTML the app writes is kept in the media store and served as a page
of its own (server/component_files.py rules: its scripts run, nothing loads from other hosts);
it is not put in the iframe's srcdoc, which would inherit the app page's policy and run no
script at all.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Literal, TypeVar

from dataapp.errors import APIError
from dataapp.proto.components_pb2 import IFrame
from dataapp.proto.element_pb2 import Element
from dataapp.runtime import media_store
from dataapp.runtime.context import get_run_context
from dataapp.runtime.delta_generator import DeltaGeneratorBase

from ..media.api import media_url_for
from ..media.sources import MediaSource
from .custom_component import checked_tab_index

_DG = TypeVar("_DG", bound=DeltaGeneratorBase)
Size = int | Literal["stretch", "content"]

# Streamlit's fixed-size frames (components.v1.html and iframe) are this high by default.
V1_DEFAULT_HEIGHT = 150
_URL_PREFIXES = ("http://", "https://", "data:", "/")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def document_url(html: str) -> str:
    """Where the page loads `html` from: the media endpoint (a data: URL outside a session)."""
    ctx = get_run_context()
    store = media_store.for_session(ctx.session_id) if ctx is not None else None
    if store is None or ctx is None:
        from urllib.parse import quote

        return "data:text/html;charset=utf-8," + quote(html)
    return media_store.media_url(store.add_document(html, session_id=ctx.session_id))


def size_of(value: Size | None, default: Size, what: str) -> tuple[IFrame.Size, int]:
    value = default if value is None else value
    if value == "stretch":
        return IFrame.STRETCH, 0
    if value == "content":
        return IFrame.CONTENT, 0
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return IFrame.PIXELS, value
    raise APIError(
        f'The {what} of a frame must be "stretch", "content" or pixels above 0, not {value!r}.'
    )


class ComponentsMixin(DeltaGeneratorBase):
    def iframe(
        self: _DG,
        src: str | Path,
        *,
        width: Size = "stretch",
        height: Size = "content",
        tab_index: int | None = None,
        alt: str | None = None,
    ) -> _DG:
        """Embed a page in a frame: a URL (http(s), data: or a path on this server), a local
        file (`pathlib.Path`: HTML is shown as a page, other files in the browser's viewer) or
        an HTML string."""
        frame = IFrame()
        if isinstance(src, Path):
            if src.suffix.lower() in _HTML_SUFFIXES:
                frame.src = document_url(src.read_text(encoding="utf-8"))
            else:
                mimetype = mimetypes.guess_type(src.name)[0] or "application/octet-stream"
                frame.src = media_url_for(MediaSource(mimetype, path=str(src)))
        elif isinstance(src, str) and src.strip().startswith(_URL_PREFIXES):
            frame.src = src.strip()
        elif isinstance(src, str):
            frame.src = document_url(src)
        else:
            raise APIError(f"st.iframe takes a URL, an HTML string or a pathlib.Path, not {src!r}.")
        frame.width_mode, frame.width = size_of(width, "stretch", "width")
        frame.height_mode, frame.height = size_of(height, "content", "height")
        frame.title = alt.strip() if alt and alt.strip() else "st.iframe"
        return _place(self, frame, tab_index)

    def _html(
        self: _DG,
        html: str,
        width: int | None = None,
        height: int | None = None,
        scrolling: bool = False,
        *,
        tab_index: int | None = None,
    ) -> _DG:
        """st.components.v1.html: the app's HTML page in a frame, its scripts running."""
        frame = IFrame(src=document_url(str(html)), scrolling=scrolling, title="st.iframe")
        return _place(self, _v1_sized(frame, width, height), tab_index)

    def _iframe(
        self: _DG,
        src: str,
        width: int | None = None,
        height: int | None = None,
        scrolling: bool = False,
        *,
        tab_index: int | None = None,
    ) -> _DG:
        """st.components.v1.iframe: the page at `src` in a frame."""
        frame = IFrame(src=str(src), scrolling=scrolling, title="st.iframe")
        return _place(self, _v1_sized(frame, width, height), tab_index)


def _v1_sized(frame: IFrame, width: int | None, height: int | None) -> IFrame:
    frame.width_mode, frame.width = size_of(width, "stretch", "width")
    frame.height_mode, frame.height = size_of(height, V1_DEFAULT_HEIGHT, "height")
    return frame


def _place(dg: _DG, frame: IFrame, tab_index: int | None) -> _DG:
    checked = checked_tab_index(tab_index)
    if checked is not None:
        frame.tab_index = checked
    element = Element()
    element.iframe.CopyFrom(frame)
    return dg._enqueue_element(element)
