"""The window's size, position and maximised state, remembered per app between launches.

Stored as JSON in the per-user data folder (`windows/<app key>.json`). Placement is a pure
function of what was saved and the screens there are now, so a window saved on a monitor that
is gone comes back on screen. Any thread; `save` writes atomically.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

log = logging.getLogger("dataapp_desktop")

DEFAULT_WIDTH = 1100
DEFAULT_HEIGHT = 800
MIN_WIDTH = 400
MIN_HEIGHT = 300
# A window counts as on screen when this much of its top edge (the title bar) is visible.
VISIBLE_TITLE_WIDTH = 120
VISIBLE_TITLE_HEIGHT = 24
# A first window takes at most this share of the screen.
FIRST_WINDOW_SHARE = 0.9


@dataclass(frozen=True)
class ScreenArea:
    x: int
    y: int
    width: int
    height: int


@dataclass(frozen=True)
class WindowGeometry:
    """Size and position of the window when it is not maximised; None: let the system centre it."""

    width: int
    height: int
    x: int | None = None
    y: int | None = None
    maximized: bool = False

    @classmethod
    def from_json(cls, data: object) -> WindowGeometry | None:
        if not isinstance(data, dict):
            return None
        width, height = _int(data.get("width")), _int(data.get("height"))
        x, y = _int(data.get("x")), _int(data.get("y"))
        if width is None or height is None or (x is None) != (y is None):
            return None
        return cls(width, height, x, y, data.get("maximized") is True)


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def is_title_bar_visible(geometry: WindowGeometry, screens: Sequence[ScreenArea]) -> bool:
    if geometry.x is None or geometry.y is None:
        return True
    x, y = geometry.x, geometry.y
    for s in screens:
        across = _overlap(x, x + geometry.width, s.x, s.x + s.width)
        down = _overlap(y, y + VISIBLE_TITLE_HEIGHT, s.y, s.y + s.height)
        if across >= min(VISIBLE_TITLE_WIDTH, geometry.width) and down >= VISIBLE_TITLE_HEIGHT:
            return True
    return False


def place(saved: WindowGeometry | None, screens: Sequence[ScreenArea]) -> WindowGeometry:
    """Where to open the window: as saved when it fits on today's screens, else centred."""
    primary = screens[0] if screens else None
    if saved is None:
        width, height = DEFAULT_WIDTH, DEFAULT_HEIGHT
        if primary is not None:
            width = min(width, int(primary.width * FIRST_WINDOW_SHARE))
            height = min(height, int(primary.height * FIRST_WINDOW_SHARE))
        return WindowGeometry(max(width, MIN_WIDTH), max(height, MIN_HEIGHT))
    width, height = max(saved.width, MIN_WIDTH), max(saved.height, MIN_HEIGHT)
    if screens:
        width = min(width, max(s.width for s in screens))
        height = min(height, max(s.height for s in screens))
    placed = replace(saved, width=width, height=height)
    if not is_title_bar_visible(placed, screens):
        placed = replace(placed, x=None, y=None)
    return placed


class WindowStateStore:
    """The saved geometry of one app's window."""

    def __init__(self, folder: Path, app_key: str) -> None:
        self.path = folder / "windows" / f"{app_key}.json"

    def load(self) -> WindowGeometry | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            log.warning("Ignoring unreadable window state %s: %s", self.path, error)
            return None
        return WindowGeometry.from_json(data)

    def save(self, geometry: WindowGeometry) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".window-", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(asdict(geometry), out)
            os.replace(tmp, self.path)
        except OSError as error:
            log.warning("Could not save the window state to %s: %s", self.path, error)
