"""Printing the window's page (Qt backend): to a PDF file, or to a printer through Qt's dialog.

Both go through Chromium's own print layout, so the whole document is printed (not the
viewport), as vectors, with charts and tables as drawn. A print style sheet, added to the page
before each print, leaves out the window's chrome (the header's buttons and menu, toasts, the
sidebar) and the faded look of elements a running script is about to replace.

GUI thread only; the result comes back through a callback once Chromium has written the file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from qtpy import QtCore, QtGui

log = logging.getLogger("dataapp_desktop")

PRINT_STYLE_ID = "dataapp-print-style"
PRINT_CSS = """
@media print {
  .header-actions, .header-decoration, .event-layer, .sidebar, [data-testid="main-menu"] {
    display: none !important;
  }
  .show-stale [data-stale] { opacity: 1 !important; }
  body { background: white; }
}
"""
_ADD_PRINT_STYLE_JS = f"""
(() => {{
  if (!document.getElementById({PRINT_STYLE_ID!r})) {{
    const style = document.createElement("style");
    style.id = {PRINT_STYLE_ID!r};
    style.textContent = {PRINT_CSS!r};
    document.head.appendChild(style);
  }}
  return true;
}})()
"""
MARGIN_MM = 12.0
MIN_PDF_CSS_WIDTH = 600.0
_PT_PER_CSS_PX = 0.75
_PT_PER_MM = 72 / 25.4
_A4_HEIGHT_PER_WIDTH = 297 / 210


def page_layout() -> Any:
    """A4 portrait with 12 mm margins (Chromium's default has none): for a printer."""
    return QtGui.QPageLayout(
        QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4),
        QtGui.QPageLayout.Orientation.Portrait,
        QtCore.QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QtGui.QPageLayout.Unit.Millimeter,
    )


def pdf_page_layout(css_width: float) -> Any:
    """Pages whose printable width is the page's width on screen, in A4's proportions.

    The page is then laid out for print exactly as on screen: what the page's code measured
    for the window (a table's column widths, a chart's size) still fits, nothing reflows or
    is cut off. A PDF viewer scales the pages to the paper.
    """
    width_pt = max(css_width, MIN_PDF_CSS_WIDTH) * _PT_PER_CSS_PX
    margin_pt = MARGIN_MM * _PT_PER_MM
    page_width = width_pt + 2 * margin_pt
    size = QtGui.QPageSize(
        QtCore.QSizeF(page_width, page_width * _A4_HEIGHT_PER_WIDTH),
        QtGui.QPageSize.Unit.Point,
        "",
        QtGui.QPageSize.SizeMatchPolicy.ExactMatch,
    )
    return QtGui.QPageLayout(
        size,
        QtGui.QPageLayout.Orientation.Portrait,
        QtCore.QMarginsF(margin_pt, margin_pt, margin_pt, margin_pt),
        QtGui.QPageLayout.Unit.Point,
    )


class PagePrinter:
    """Prints one web view's page. GUI thread."""

    def __init__(self, view: Any) -> None:
        self._view = view
        self._pending: dict[str, Callable[[bool], None]] = {}
        self._printer: Any = None  # kept alive until Chromium has finished with it
        view.page().pdfPrintingFinished.connect(self._pdf_finished)
        view.printFinished.connect(self._print_finished)

    def to_pdf(self, path: str, done: Callable[[bool], None]) -> None:
        """Write the page to `path`; `done(success)` is called on the GUI thread."""
        if path in self._pending:
            done(False)
            return
        self._pending[path] = done
        page = self._view.page()
        layout = pdf_page_layout(self._view.width() / max(self._view.zoomFactor(), 0.25))
        page.runJavaScript(_ADD_PRINT_STYLE_JS, 0, lambda _: page.printToPdf(path, layout))

    def _pdf_finished(self, path: str, success: bool) -> None:
        done = self._pending.pop(path, None)
        if done is not None:
            done(bool(success))

    def print_with_dialog(self, parent: Any) -> None:
        """Qt's print dialog, then the page to the chosen printer (or file)."""
        from qtpy.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle("Print")

        def accepted() -> None:
            self._printer = printer
            self._view.page().runJavaScript(
                _ADD_PRINT_STYLE_JS, 0, lambda _: self._view.print(printer)
            )

        def finished(_result: int) -> None:
            dialog.deleteLater()

        dialog.accepted.connect(accepted)
        dialog.finished.connect(finished)
        dialog.open()

    def _print_finished(self, success: bool) -> None:
        with_printer = self._printer
        self._printer = None
        if with_printer is not None and not success:
            log.warning("Printing failed")
