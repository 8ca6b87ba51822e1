"""Recent files: st.desktop.open_file feeds File ▸ Open Recent and st.desktop.recent_files();
choosing an entry reruns the app with that file as st.desktop.opened_file()."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dataapp.testing import AppTest
from tests.desktop.cdp import Page
from tests.desktop.conftest import (
    APPS,
    Desktop,
    answer_dialog,
    run_count,
    text_of,
    wait_dialog,
    wait_run_after,
)
from tests.desktop.test_menus import _keys, _screen

RECENT_APP = APPS / "recent_app.py"


def _press(page: Page, key: str) -> int:
    before = run_count(page)
    page.evaluate(
        f'document.querySelector(\'[data-testid="button"][data-key="{key}"] button\').click()'
    )
    return before


def _texts(page: Page) -> list[str]:
    return text_of(page, "text").splitlines()


@pytest.mark.desktop
def test_two_opens_fill_open_recent_and_an_entry_reruns_with_its_file(
    desktop: Desktop, tmp_path: Path
) -> None:
    first, second = tmp_path / "january.csv", tmp_path / "february.csv"
    for path in (first, second):
        path.write_text("a,b\n1,2\n")
    app = desktop.launch(RECENT_APP)
    page = app.wait_rendered()
    for path in (first, second):
        before = _press(page, "open")
        answer_dialog(desktop, wait_dialog(desktop, app, "Open file"), str(path))
        wait_run_after(page, before)
    assert _texts(page) == [f"current: {second}", f"recent: {second} | {first}"]

    window = app.window()
    _keys(desktop, window, "alt+f", "o")
    _screen(desktop, "menu-open-recent.png")
    before = run_count(page)
    _keys(desktop, window, "2")  # the older one, january.csv
    wait_run_after(page, before)
    assert _texts(page) == [
        f"opened from the menu: {first}",
        f"current: {first}",
        f"recent: {first} | {second}",
    ]

    # The choice belongs to the run it started: the next run no longer sees it.
    wait_run_after(page, _press(page, "rerun"))
    assert _texts(page) == [f"current: {first}", f"recent: {first} | {second}"]

    saved = desktop.data_home / "dataapp-desktop" / "recent"
    (store,) = saved.glob("*.json")
    assert json.loads(store.read_text())["files"] == [str(first), str(second)]

    # Clear Recent Files empties the menu and the list the script reads.
    _keys(desktop, window, "alt+f", "o", "c")
    wait_run_after(page, _press(page, "rerun"))
    assert _texts(page)[-1] == "recent: "
    app.close_window()
    code, _ = app.wait_exit(10)
    assert code == 0, app.output()


def test_without_a_window_there_are_no_recent_files() -> None:
    at = AppTest.from_string(
        "import dataapp as st\n"
        "st.write(f'{st.desktop.recent_files()!r} {st.desktop.opened_file()!r}')\n"
    ).run()
    assert not at.exception
    assert at.markdown[0].value == "[] None"
