"""The media family's st.* names: image, audio, video, pdf, the file uploader, download and
link buttons, and `st.desktop` (the desktop window: native file dialogs, PDF).

`dataapp._api` re-exports `__all__`: a line here is what makes `st.<name>` exist, for the
lazy loader and for type checkers alike. Imported with the API, on first `st.<name>`.
"""

from __future__ import annotations

from dataapp.elements.roots import main as _main

from . import desktop

image = _main.image
audio = _main.audio
video = _main.video
file_uploader = _main.file_uploader
download_button = _main.download_button
link_button = _main.link_button
pdf = _main.pdf

__all__ = [
    "audio",
    "desktop",
    "download_button",
    "file_uploader",
    "image",
    "link_button",
    "pdf",
    "video",
]
