"""The engine's WindowService, as the desktop window answers it: st.desktop.export_pdf,
st.desktop.notify and the OS notification of st.toast.

Called on script threads. PDF export blocks until the file is written (pdf_export.py);
a notification is handed to the GUI thread and the call returns at once.
"""

from __future__ import annotations

from collections.abc import Callable

from dataapp_desktop.pdf_export import PdfExporter

# (title, body, only_when_unfocused), run on the GUI thread.
Notify = Callable[[str, str, bool], None]


class WindowService:
    """Thread-safe."""

    def __init__(self, pdf: PdfExporter, notify: Notify, can_notify: Callable[[], bool]) -> None:
        self._pdf = pdf
        self._notify = notify
        self._can_notify = can_notify

    def export_pdf(self, path: str | None) -> str | None:
        return self._pdf.export_pdf(path)

    def notify(self, title: str, body: str, *, only_when_unfocused: bool) -> bool:
        if not self._can_notify():
            return False
        self._notify(title, body, only_when_unfocused)
        return True
