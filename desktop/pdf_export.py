"""`st.desktop.export_pdf`, as the desktop window answers it (the engine's WindowService).

Called on script threads: asks where to write when no path is given (the OS save dialog),
hands the printing to the window's GUI thread and waits for the file. One export at a time
per app; a second script thread waits its turn.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from dataapp.errors import APIError
from dataapp.runtime.host_services import DialogService

# Chromium lays out and writes a long page in well under this, even on a loaded machine.
EXPORT_TIMEOUT_S = 120.0

PrintToPdf = Callable[[str, Callable[[bool], None]], None]


class PdfExportError(APIError):
    """The window could not write the PDF."""


class PdfExporter:
    """Thread-safe. `print_to_pdf(path, done)` may be called from any thread and calls
    `done(success)` from another once the file is written."""

    def __init__(
        self,
        print_to_pdf: PrintToPdf,
        dialogs: DialogService,
        default_name: str,
        timeout: float = EXPORT_TIMEOUT_S,
    ) -> None:
        self._print_to_pdf = print_to_pdf
        self._dialogs = dialogs
        self._default_name = default_name
        self._timeout = timeout
        self._lock = threading.Lock()

    def export_pdf(self, path: str | None) -> str | None:
        with self._lock:
            if path is None:
                path = self._dialogs.save_file(
                    file_name=self._default_name, file_types=["pdf"], initial_dir=""
                )
                if path is None:
                    return None
            finished = threading.Event()
            outcome: list[bool] = []

            def done(success: bool) -> None:
                outcome.append(success)
                finished.set()

            self._print_to_pdf(path, done)
            if not finished.wait(self._timeout):
                raise PdfExportError(
                    f"st.desktop.export_pdf: the window did not write {path} within "
                    f"{self._timeout:.0f} s."
                )
            if not outcome[0]:
                raise PdfExportError(f"st.desktop.export_pdf: the window could not write {path}.")
            return path
