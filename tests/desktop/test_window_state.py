"""The window comes back where the user left it, and on screen when that place is gone."""

from __future__ import annotations

import json
import time

import pytest

from tests.desktop.conftest import REPO, Desktop
from tests.desktop.x11 import Geometry

pytestmark = pytest.mark.desktop

HELLO = REPO / "examples" / "hello.py"
SCREEN = Geometry(0, 0, 1280, 800)


def _wait_geometry(desktop: Desktop, window: int, expected: Geometry) -> None:
    deadline = time.monotonic() + 10
    while desktop.x.geometry(window) != expected:
        assert time.monotonic() < deadline, f"{desktop.x.geometry(window)} != {expected}"
        time.sleep(0.1)


def test_size_and_position_are_remembered_per_app(desktop: Desktop) -> None:
    app = desktop.launch(HELLO)
    app.wait_rendered()
    window = app.window()
    desktop.x.run("xdotool", "windowsize", str(window), "900", "600")
    desktop.x.run("xdotool", "windowmove", str(window), "200", "100")
    _wait_geometry(desktop, window, Geometry(200, 100, 900, 600))
    app.close_window()
    assert app.wait_exit(10)[0] == 0

    saved = list((desktop.data_home / "dataapp-desktop" / "windows").glob("*.json"))
    assert [json.loads(p.read_text()) for p in saved] == [
        {"width": 900, "height": 600, "x": 200, "y": 100, "maximized": False}
    ]

    again = desktop.launch(HELLO)
    again.wait_rendered()
    _wait_geometry(desktop, again.window(), Geometry(200, 100, 900, 600))


def test_a_window_saved_off_screen_comes_back_on_screen(desktop: Desktop) -> None:
    first = desktop.launch(HELLO)
    first.wait_rendered()
    first.close_window()
    assert first.wait_exit(10)[0] == 0
    (state,) = (desktop.data_home / "dataapp-desktop" / "windows").glob("*.json")
    # As if saved on a second monitor that has been unplugged since.
    state.write_text(json.dumps({"width": 1000, "height": 700, "x": 2600, "y": 300}))

    again = desktop.launch(HELLO)
    again.wait_rendered()
    placed = desktop.x.geometry(again.window())
    assert (placed.width, placed.height) == (1000, 700)
    assert placed.x >= 0 and placed.x + placed.width <= SCREEN.width
    assert 0 <= placed.y < SCREEN.height - 100
