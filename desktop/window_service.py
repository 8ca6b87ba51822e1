"""The engine's WindowService, as the desktop window answers it: st.desktop.export_pdf,
st.desktop.notify and the OS notification of st.toast, the recent files.

Called on script threads. PDF export blocks until the file is written (pdf_export.py);
a notification is handed to the GUI thread and the call returns at once; the recent files
are recent_files.py's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dataapp_desktop.pdf_export import PdfExporter
from dataapp_desktop.recent_files import OpenedFiles, RecentFiles

# (title, body, only_when_unfocused), run on the GUI thread.
Notify = Callable[[str, str, bool], None]


class WindowService:
    """Thread-safe."""

    def __init__(
        self,
        pdf: PdfExporter,
        notify: Notify,
        can_notify: Callable[[], bool],
        recent: RecentFiles,
        opened: OpenedFiles,
    ) -> None:
        self._pdf = pdf
        self._notify = notify
        self._can_notify = can_notify
        self._recent = recent
        self._opened = opened

    def export_pdf(self, path: str | None) -> str | None:
        return self._pdf.export_pdf(path)

    def notify(self, title: str, body: str, *, only_when_unfocused: bool) -> bool:
        if not self._can_notify():
            return False
        self._notify(title, body, only_when_unfocused)
        return True

    def recent_files(self) -> list[str]:
        return self._recent.files()

    def add_recent_files(self, paths: Sequence[str]) -> None:
        self._recent.add(paths)

    def opened_file(self, session_id: str, run_id: int) -> str | None:
        return self._opened.take(session_id, run_id)
