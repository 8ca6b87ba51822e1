"""Can a window be shown here, and with which pywebview backend? Decided before anything starts.

Qt aborts the whole process when it has no display or its platform plugin cannot load (SIGABRT,
nothing Python can catch) and GTK exits, so every check that can be made in advance is made here
(the plugin's shared libraries are looked up as the loader would, see shared_libraries), on the main thread, and a
failure becomes a GuiUnavailable whose message says what to install or to use `--browser`.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import importlib
import importlib.util
import logging
import os
import sys
from dataclasses import dataclass

from dataapp_desktop.shared_libraries import MissingLibrary, missing_libraries
from dataapp_desktop.system_packages import install_hint

log = logging.getLogger("dataapp_desktop")

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
        if choice.backend == "qt":
            _check_qt_platform_plugin()


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
    try:
        xcb = ctypes.CDLL(name)
    except OSError:  # listed in the loader's cache, but removed or broken since
        return "libxcb cannot be loaded (Debian/Ubuntu: sudo apt install libxcb1)"
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
        missing = _missing_for_web_engine() if choice.backend == "qt" and is_linux() else []
        if missing:
            raise GuiUnavailable(
                "Qt WebEngine cannot load: these system libraries are missing: "
                f"{', '.join(missing)}.\n{install_hint(missing)}"
            ) from error
        hint = "pip install 'dataapp-desktop[desktop]'"
        if is_linux():
            hint += f"; on Debian/Ubuntu also: sudo apt install {QT_APT_PACKAGES}"
        raise GuiUnavailable(
            f"The window backend cannot be loaded ({error}). Install it: {hint}."
        ) from error


def _missing_for_web_engine() -> list[str]:
    """The system libraries Qt WebEngine's Python module needs and cannot find (Linux)."""
    for binding in ("PyQt6", "PySide6"):
        try:
            spec = importlib.util.find_spec(f"{binding}.QtWebEngineWidgets")
        except ImportError:
            continue
        if spec is not None and spec.origin:
            return _sonames(missing_libraries(spec.origin))
    return []


def _sonames(missing: list[MissingLibrary]) -> list[str]:
    return sorted({m.soname for m in missing})


def qt_platform_candidates() -> list[str]:
    """The platform plugins Qt will try, in order: $QT_QPA_PLATFORM's, else Wayland (when a
    Wayland display is there) then X11."""
    requested = os.environ.get("QT_QPA_PLATFORM", "")
    names = [part.split(":")[0] for part in requested.split(";") if part.split(":")[0]]
    if names:
        return names
    wayland = os.environ.get("WAYLAND_DISPLAY", "")
    return ["wayland", "xcb"] if wayland and _wayland_socket_exists(wayland) else ["xcb"]


def _qt_plugin_dir() -> str:
    override = os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH")
    if override:
        return override
    from qtpy.QtCore import QLibraryInfo

    return os.path.join(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath), "platforms")


def _check_qt_platform_plugin() -> None:
    """Qt aborts the process when none of its platform plugins loads: look first (Linux)."""
    if not is_linux():
        return
    folder = _qt_plugin_dir()
    problems: list[str] = []
    for name in qt_platform_candidates():
        plugin = os.path.join(folder, f"libq{name}.so")
        if not os.path.isfile(plugin):
            problems.append(f"Qt's {name} platform plugin is not installed ({plugin}).")
            continue
        try:
            missing = _sonames(missing_libraries(plugin))
        except Exception:
            # A flaw in the look-up must not keep a working window from opening.
            log.debug("Could not check the libraries of %s", plugin, exc_info=True)
            return
        if not missing:
            return
        problems.append(
            f"Qt's {name} platform plugin cannot load: these system libraries are missing: "
            f"{', '.join(missing)}.\n{install_hint(missing)}"
        )
    raise GuiUnavailable("\n".join(problems))


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
