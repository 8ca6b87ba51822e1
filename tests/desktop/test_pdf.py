"""Printing the app to PDF: st.desktop.export_pdf, File ▸ Export as PDF… and Print… (Ctrl+P)."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

from dataapp.testing import AppTest
from tests.desktop.conftest import (
    APPS,
    Desktop,
    answer_dialog,
    non_background_share,
    screenshot_path,
    text_of,
    wait_dialog,
)
from tests.desktop.test_menus import _keys, _screen

PDF_APP = APPS / "pdf_app.py"


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    line = next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))
    return int(line.split()[1])


def _first_page_png(pdf: Path, name: str) -> Path:
    png = screenshot_path(name)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(png.with_suffix("")),
        ],
        check=True,
    )
    return png


def _wait_file(path: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not (path.exists() and path.stat().st_size > 0) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert path.exists(), f"{path} was not written"


@pytest.mark.desktop
def test_export_pdf_prints_the_whole_app_below_the_fold(desktop: Desktop, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (apt install poppler-utils)")
    pdf = tmp_path / "report.pdf"
    app = desktop.launch(PDF_APP, env={"PDF_PATH": str(pdf)})
    page = app.wait_rendered()
    # The last line is far below what the window shows.
    assert page.evaluate(
        "(() => { const all = [...document.querySelectorAll('[data-testid=\"markdown\"]')];"
        " return all[all.length - 1].getBoundingClientRect().top > window.innerHeight * 2; })()"
    )
    page.evaluate("document.querySelector('[data-testid=\"button\"] button').click()")
    page.wait_for(
        "document.body.innerText.includes('exported ' + " + repr(str(pdf)) + ")", timeout=60
    )
    assert f"exported {pdf}" in text_of(page, "success")

    text = _pdf_text(pdf)
    assert "Quarterly PDF report" in text
    assert "The end of the report, far below the fold." in text
    assert "Paragraph 59 of the report." in text
    # The table as drawn on screen: both columns, nothing cut off.
    assert "revenue" in text and "1234" in text and "5678" in text
    assert _pages(pdf) >= 2
    # The print style sheet leaves the page's chrome out.
    page.call("Emulation.setEmulatedMedia", media="print")
    assert (
        page.evaluate(
            "getComputedStyle(document.querySelector('[data-testid=\"main-menu\"]')).display"
        )
        == "none"
    )
    page.call("Emulation.setEmulatedMedia", media="")
    png = _first_page_png(pdf, "pdf-export-page-1.png")
    assert non_background_share(png) > 0.02

    # File ▸ Export as PDF…: the save dialog, then the same print.
    second = tmp_path / "from-menu.pdf"
    window = app.window()
    _keys(desktop, window, "alt+f", "e")
    dialog = wait_dialog(desktop, app, "Export as PDF")
    _screen(desktop, "pdf-export-dialog.png")
    answer_dialog(desktop, dialog, str(second))
    _wait_file(second)
    time.sleep(0.5)
    assert "The end of the report, far below the fold." in _pdf_text(second)

    # File ▸ Print… (Ctrl+P): Qt's print dialog; Escape cancels it.
    _keys(desktop, window, "ctrl+p")
    printing = wait_dialog(desktop, app, "Print")
    _screen(desktop, "print-dialog.png")
    answer_dialog(desktop, printing, None)

    app.close_window()
    code, _ = app.wait_exit(10)
    assert code == 0, app.output()


def test_export_pdf_without_a_window_writes_nothing_and_returns_none(tmp_path: Path) -> None:
    target = tmp_path / "never.pdf"
    at = AppTest.from_string(
        "import dataapp as st\n"
        f"st.write('result: ' + repr(st.desktop.export_pdf({str(target)!r})))\n"
    ).run()
    assert not at.exception
    assert at.markdown[0].value == "result: None"
    assert not target.exists()
