"""Native dialogs: the app asks, the real Qt dialog opens, xdotool answers like a user."""

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
    run_count,
    screenshot_path,
    text_of,
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


def _dialog(desktop: Desktop, app: DesktopApp, title: str) -> int:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        # xdotool's --name also matches other properties: check the title itself.
        found = [w for w in desktop.x.find(f"^{title}$", pid=app.pid) if desktop.x.name(w) == title]
        if found:
            return found[-1]
        time.sleep(0.1)
    raise AssertionError(f"no {title!r} dialog appeared:\n{app.output()}")


def _answer(desktop: Desktop, dialog: int, text: str | None) -> None:
    """Type a path and press Enter, or press Escape (text None)."""
    desktop.x.run("xdotool", "windowfocus", "--sync", str(dialog))
    time.sleep(0.3)
    if text is None:
        desktop.x.run("xdotool", "key", "--window", str(dialog), "Escape")
        return
    desktop.x.run("xdotool", "key", "ctrl+a")
    desktop.x.run("xdotool", "type", "--delay", "20", text)
    time.sleep(0.2)
    desktop.x.run("xdotool", "key", "Return")


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
    dialog = _dialog(desktop, app, "Open file")
    desktop.x.run("import", "-window", "root", str(screenshot_path("open-file-dialog.png")))
    _answer(desktop, dialog, str(data))
    assert _result(page, before) == f"result: {str(data)!r}"

    before = _press(page, "open")
    _answer(desktop, _dialog(desktop, app, "Open file"), None)
    assert _result(page, before) == "result: None"


def test_save_file_and_choose_folder_return_paths(
    desktop: Desktop, dialogs_window: tuple[DesktopApp, Page], tmp_path: Path
) -> None:
    app, page = dialogs_window
    target = tmp_path / "out" / "report-2026.csv"
    target.parent.mkdir()

    before = _press(page, "save")
    _answer(desktop, _dialog(desktop, app, "Save file"), str(target))
    assert _result(page, before) == f"result: {str(target)!r}"
    assert not target.exists()  # the dialog only chooses; the app writes

    before = _press(page, "folder")
    _answer(desktop, _dialog(desktop, app, "Open folder"), str(target.parent))
    assert _result(page, before) == f"result: {str(target.parent)!r}"
