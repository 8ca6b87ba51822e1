"""`st.desktop`: what an app can ask of the desktop window.

The native file dialogs live in file_dialogs.py (they raise DesktopOnlyError without the
window); printing the page to PDF is here. The desktop host puts its implementations in
`Runtime.host_services` (`dialogs`, `window`); the engine never imports the host. Every call
blocks the calling script thread until the window has answered.
"""

from __future__ import annotations

import os

from dataapp.errors import APIError, NoRunContextError
from dataapp.runtime.context import get_run_context

from .file_dialogs import (
    DesktopOnlyError,
    choose_folder,
    is_available,
    open_file,
    open_files,
    save_file,
)

__all__ = [
    "DesktopOnlyError",
    "choose_folder",
    "export_pdf",
    "is_available",
    "notify",
    "open_file",
    "open_files",
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
