"""`st.desktop`: what an app can ask of the desktop window.

The native file dialogs live in file_dialogs.py (they raise DesktopOnlyError without the
window); printing the page to PDF is here. The desktop host puts its implementations in
`Runtime.host_services` (`dialogs`, `window`); the engine never imports the host. Every call
blocks the calling script thread until the window has answered.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from dataapp.errors import APIError, NoRunContextError
from dataapp.runtime.context import get_run_context
from dataapp.runtime.host_services import WindowService

from . import file_dialogs
from .file_dialogs import DesktopOnlyError, choose_folder, is_available, save_file

__all__ = [
    "DesktopOnlyError",
    "choose_folder",
    "export_pdf",
    "is_available",
    "notify",
    "open_file",
    "open_files",
    "opened_file",
    "recent_files",
    "save_file",
]


def export_pdf(path: str | os.PathLike[str] | None = None) -> str | None:
    """Print the whole app, as the window shows it, to a vector PDF; its absolute path.

    `path` None asks where with the OS save dialog. Returns None when the user cancelled, and
    where there is no desktop window (a browser, --headless, AppTest): nothing is written then.
    The page is printed as it is at the moment of the call, so call it from a button's
    `on_click` (the page then shows the whole previous run) or at the end of the script.
    """
    ctx = get_run_context()
    if ctx is None:
        raise NoRunContextError("st.desktop.export_pdf() can only be called while an app runs.")
    window = ctx.host.window
    if window is None:
        return None
    target: str | None = None
    if path is not None:
        target = os.path.abspath(os.path.expanduser(os.fspath(path)))
        folder = os.path.dirname(target)
        if not os.path.isdir(folder):
            raise APIError(f"st.desktop.export_pdf: the folder {folder} does not exist.")
    return window.export_pdf(target)


def notify(title: str, body: str = "") -> bool:
    """Show an OS notification (Linux: the desktop's notification service over D-Bus).

    Returns at once: True when the notification was handed to the OS, False where there is no
    desktop window or no notification service to hand it to (nothing is shown then).
    """
    ctx = get_run_context()
    if ctx is None:
        raise NoRunContextError("st.desktop.notify() can only be called while an app runs.")
    window = ctx.host.window
    if window is None:
        return False
    return window.notify(str(title), str(body), only_when_unfocused=False)


def open_file(type: str | Sequence[str] | None = None, *, initial_dir: str = "") -> str | None:
    """Ask the user for one existing file; its absolute path, or None when cancelled.

    `type` limits the files shown by extension, e.g. "csv" or ["csv", "xlsx"]. The file joins
    the app's recent files (File ▸ Open Recent).
    """
    path = file_dialogs.open_file(type, initial_dir=initial_dir)
    if path is not None:
        _remember([path])
    return path


def open_files(
    type: str | Sequence[str] | None = None, *, initial_dir: str = ""
) -> list[str] | None:
    """Ask the user for one or more existing files; their absolute paths, or None when
    cancelled. The files join the app's recent files."""
    paths = file_dialogs.open_files(type, initial_dir=initial_dir)
    if paths:
        _remember(paths)
    return paths


def recent_files() -> list[str]:
    """The files the user opened in this app (newest first, at most 10, existing ones only);
    empty where there is no desktop window."""
    window = _window("recent_files")
    return window.recent_files() if window is not None else []


def opened_file() -> str | None:
    """The file the user chose from the window's File ▸ Open Recent, in the run that choice
    started (it reruns the app); None in every other run and where there is no window."""
    ctx = get_run_context()
    if ctx is None:
        raise NoRunContextError("st.desktop.opened_file() can only be called while an app runs.")
    window = ctx.host.window
    return window.opened_file(ctx.session_id, ctx.run_id) if window is not None else None


def _remember(paths: Sequence[str]) -> None:
    window = _window("open_file")
    if window is not None:
        window.add_recent_files(list(paths))


def _window(api_name: str) -> WindowService | None:
    ctx = get_run_context()
    if ctx is None:
        raise NoRunContextError(f"st.desktop.{api_name}() can only be called while an app runs.")
    return ctx.host.window
