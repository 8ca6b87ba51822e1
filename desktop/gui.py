"""Can a window be shown here, and with which pywebview backend? Decided before anything starts.

Qt aborts the whole process when it has no display (SIGABRT, nothing Python can catch) and GTK
exits, so every check that can be made in advance is made here, on the main thread, and a
failure becomes a GuiUnavailable whose message says what to install or to use `--browser`.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import importlib
import os
import sys
from dataclasses import dataclass

BACKEND_ENV = "DATAAPP_DESKTOP_BACKEND"
LINUX_BACKENDS = ("qt", "gtk")
# Qt platforms that need no display server.
_HEADLESS_QT_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb")

QT_APT_PACKAGES = (
    "libegl1 libgl1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 "
    "libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libnss3 libasound2 "
    "libxcomposite1 libxdamage1 libxrandr2 libxtst6 fontconfig fonts-dejavu-core"
)


class GuiUnavailable(Exception):
    """No window can be shown; the message says why and what to do.

    `has_display`: a display works (only the backend is missing), so a browser can open.
    """

    def __init__(self, message: str, *, has_display: bool = True) -> None:
        super().__init__(message)
        self.has_display = has_display


class UnknownBackend(ValueError):
    """The backend asked for (flag or environment) does not exist."""


@dataclass(frozen=True)
class GuiChoice:
    """The pywebview backend to use: "qt", "gtk", or None to let pywebview pick (Windows, macOS)."""

    backend: str | None


def is_linux() -> bool:
    return sys.platform.startswith("linux")


def choose_backend(requested: str | None) -> GuiChoice:
    name = (requested or os.environ.get(BACKEND_ENV) or "").strip().lower()
    if not is_linux():
        # pywebview's own choice: WebView2 on Windows, WKWebView on macOS.
        return GuiChoice(name or None)
    if name and name not in LINUX_BACKENDS:
        raise UnknownBackend(
            f"Unknown window backend {name!r} (from --backend or ${BACKEND_ENV}); use qt or gtk."
        )
    return GuiChoice(name or "qt")


def check_gui(choice: GuiChoice) -> None:
    """Raise GuiUnavailable when starting the window would fail (or abort the process)."""
    if is_linux():
        _check_display(choice)
    if choice.backend == "gtk":
        _check_gtk()
    else:
        _check_qt_imports(choice)


def _check_display(choice: GuiChoice) -> None:
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0]
    if choice.backend == "qt" and platform in _HEADLESS_QT_PLATFORMS:
        return
    display = os.environ.get("DISPLAY", "")
    wayland = os.environ.get("WAYLAND_DISPLAY", "")
    if not display and not wayland:
        raise GuiUnavailable(
            "There is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is "
            "set: an SSH session, a container or a server).",
            has_display=False,
        )
    if wayland and _wayland_socket_exists(wayland):
        return
    if display:
        error = _x_display_error(display)
        if error:
            raise GuiUnavailable(
                f"Cannot connect to the X display {display!r}: {error}.", has_display=False
            )
        if choice.backend == "qt" and ctypes.util.find_library("xcb-cursor") is None:
            raise GuiUnavailable(
                "Qt needs libxcb-cursor0 to open a window on X11 "
                "(Debian/Ubuntu: sudo apt install libxcb-cursor0)."
            )
        return
    raise GuiUnavailable(f"The Wayland display {wayland!r} does not exist.", has_display=False)


def _wayland_socket_exists(name: str) -> bool:
    path = (
        name if os.path.isabs(name) else os.path.join(os.environ.get("XDG_RUNTIME_DIR", ""), name)
    )
    return os.path.exists(path)


def _x_display_error(display: str) -> str:
    """Empty when an X connection can be made (the same library Qt uses); else why not."""
    name = ctypes.util.find_library("xcb")
    if name is None:
        return "libxcb is not installed (Debian/Ubuntu: sudo apt install libxcb1)"
    xcb = ctypes.CDLL(name)
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        failed = xcb.xcb_connection_has_error(connection)
    finally:
        xcb.xcb_disconnect(connection)
    return "the X server does not answer or refuses the connection" if failed else ""


def _check_qt_imports(choice: GuiChoice) -> None:
    try:
        importlib.import_module("webview")
        if choice.backend == "qt":
            importlib.import_module("qtpy.QtWebEngineWidgets")
    except ImportError as error:
        hint = "pip install 'dataapp-desktop[desktop]'"
        if is_linux():
            hint += f"; on Debian/Ubuntu also: sudo apt install {QT_APT_PACKAGES}"
        raise GuiUnavailable(
            f"The window backend cannot be loaded ({error}). Install it: {hint}."
        ) from error


def _check_gtk() -> None:
    try:
        importlib.import_module("webview")
        gi = importlib.import_module("gi")
        gi.require_version("Gtk", "3.0")
        try:
            gi.require_version("WebKit2", "4.1")
        except ValueError:
            gi.require_version("WebKit2", "4.0")
    except (ImportError, ValueError) as error:
        raise GuiUnavailable(
            f"The GTK window backend cannot be loaded ({error}). Install it: "
            "pip install 'pywebview[gtk]' and sudo apt install gir1.2-webkit2-4.1, "
            "or use the default Qt backend (--backend qt)."
        ) from error
