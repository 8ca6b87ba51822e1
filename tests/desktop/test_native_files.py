"""st.file_uploader and st.download_button in the window: the real Qt open/save dialogs,
answered with xdotool as a user would; the files are read and written by the app's process."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.desktop.cdp import Page
from tests.desktop.conftest import (
    APPS,
    Desktop,
    DesktopApp,
    answer_dialog,
    run_count,
    screenshot_path,
    text_of,
    wait_dialog,
    wait_run_after,
)

pytestmark = pytest.mark.desktop

NATIVE_FILES_APP = APPS / "native_files_app.py"
BROWSE = '[data-testid="file_uploader"] .dropzone button'
DOWNLOAD = '[data-testid="download_button"] button'
REPORT = b"id,total\n1,42\n"


@pytest.fixture
def window(desktop: Desktop) -> Iterator[tuple[DesktopApp, Page]]:
    app = desktop.launch(NATIVE_FILES_APP)
    page = app.wait_rendered()
    page.wait_for("document.body.innerText.includes('clicks: 0')")
    yield app, page


def _click(page: Page, selector: str) -> None:
    """Click once, as soon as the page shows the button."""
    page.wait_for(
        f"(() => {{ const b = document.querySelector({selector!r}); b?.click(); return !!b; }})()"
    )


def _texts(page: Page) -> list[str]:
    return text_of(page, "text").splitlines()


def _settle(page: Page, before: int, seconds: float = 1.5) -> None:
    """Nothing more happens after a cancelled dialog: no run, no change."""
    time.sleep(seconds)
    assert run_count(page) == before


def test_browse_files_reads_the_file_chosen_in_the_os_dialog(
    desktop: Desktop, window: tuple[DesktopApp, Page], tmp_path: Path
) -> None:
    app, page = window
    data = tmp_path / "sales figures.csv"
    data.write_bytes(b"region,total\n" + b"north,1\n" * 300)
    size = data.stat().st_size

    before = run_count(page)
    _click(page, BROWSE)
    answer_dialog(desktop, wait_dialog(desktop, app, "Open file"), str(data))
    wait_run_after(page, before)
    page.wait_for(f"document.body.innerText.includes('uploaded: sales figures.csv {size}')")
    assert _texts(page)[0] == f"uploaded: sales figures.csv {size}"
    assert text_of(page, "file_uploader").count("sales figures.csv") == 1
    shot = screenshot_path("native-file-uploader.png")
    desktop.x.run("import", "-window", "root", str(shot))

    before = run_count(page)
    _click(page, BROWSE)
    answer_dialog(desktop, wait_dialog(desktop, app, "Open file"), None)
    _settle(page, before)
    assert _texts(page)[0] == f"uploaded: sales figures.csv {size}"


def test_a_file_of_another_type_is_refused_with_a_message(
    desktop: Desktop, window: tuple[DesktopApp, Page], tmp_path: Path
) -> None:
    app, page = window
    other = tmp_path / "photo.png"
    other.write_bytes(b"\x89PNG not really")

    before = run_count(page)
    _click(page, BROWSE)
    answer_dialog(desktop, wait_dialog(desktop, app, "Open file"), str(other))
    page.wait_for("document.querySelector('.upload-error') !== null")
    assert "photo.png: this type of file is not accepted" in text_of(page, "file_uploader")
    _settle(page, before, 0.5)
    assert _texts(page)[0] == "uploaded: -"


def test_download_button_saves_through_the_os_dialog(
    desktop: Desktop, window: tuple[DesktopApp, Page], tmp_path: Path
) -> None:
    app, page = window
    target = tmp_path / "out" / "saved-report.csv"
    target.parent.mkdir()

    before = run_count(page)
    _click(page, DOWNLOAD)
    # The press reruns the app (on_click) while the dialog is up, as a browser download does.
    wait_run_after(page, before)
    assert _texts(page)[1] == "clicks: 1"
    answer_dialog(desktop, wait_dialog(desktop, app, "Save file"), str(target))
    deadline = time.monotonic() + 20
    while not (target.exists() and target.read_bytes() == REPORT):
        assert time.monotonic() < deadline, f"{target} was not written:\n{app.output()}"
        time.sleep(0.1)
    page.wait_for("document.body.innerText.includes('Saved to')")
    assert str(target) in text_of(page, "notice")

    cancelled = tmp_path / "out" / "cancelled.csv"
    before = run_count(page)
    _click(page, DOWNLOAD)
    wait_run_after(page, before)
    answer_dialog(desktop, wait_dialog(desktop, app, "Save file"), None)
    time.sleep(1.5)
    assert sorted(p.name for p in target.parent.iterdir()) == ["saved-report.csv"]
    assert not cancelled.exists()
    assert _texts(page)[1] == "clicks: 2"
