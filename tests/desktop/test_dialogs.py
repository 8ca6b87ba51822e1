"""Native dialogs: the app asks, the real Qt dialog opens, xdotool answers like a user."""

from __future__ import annotations

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

DIALOGS_APP = APPS / "dialogs_app.py"


@pytest.fixture
def dialogs_window(desktop: Desktop) -> Iterator[tuple[DesktopApp, Page]]:
    app = desktop.launch(DIALOGS_APP)
    page = app.wait_rendered()
    assert "available: True" in text_of(page, "text")
    yield app, page


def _press(page: Page, key: str) -> int:
    before = run_count(page)
    page.evaluate(
        f'document.querySelector(\'[data-testid="button"][data-key="{key}"] button\').click()'
    )
    return before


def _result(page: Page, before: int) -> str:
    wait_run_after(page, before)
    return text_of(page, "text").splitlines()[0]


def test_open_file_returns_the_typed_path_and_none_when_cancelled(
    desktop: Desktop, dialogs_window: tuple[DesktopApp, Page], tmp_path: Path
) -> None:
    app, page = dialogs_window
    data = tmp_path / "sales.csv"
    data.write_text("a,b\n1,2\n")

    before = _press(page, "open")
    dialog = wait_dialog(desktop, app, "Open file")
    desktop.x.run("import", "-window", "root", str(screenshot_path("open-file-dialog.png")))
    answer_dialog(desktop, dialog, str(data))
    assert _result(page, before) == f"result: {str(data)!r}"

    before = _press(page, "open")
    answer_dialog(desktop, wait_dialog(desktop, app, "Open file"), None)
    assert _result(page, before) == "result: None"


def test_save_file_and_choose_folder_return_paths(
    desktop: Desktop, dialogs_window: tuple[DesktopApp, Page], tmp_path: Path
) -> None:
    app, page = dialogs_window
    target = tmp_path / "out" / "report-2026.csv"
    target.parent.mkdir()

    before = _press(page, "save")
    answer_dialog(desktop, wait_dialog(desktop, app, "Save file"), str(target))
    assert _result(page, before) == f"result: {str(target)!r}"
    assert not target.exists()  # the dialog only chooses; the app writes

    before = _press(page, "folder")
    answer_dialog(desktop, wait_dialog(desktop, app, "Open folder"), str(target.parent))
    assert _result(page, before) == f"result: {str(target.parent)!r}"
