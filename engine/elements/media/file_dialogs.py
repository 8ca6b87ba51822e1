"""Native file dialogs for desktop apps: `st.desktop.open_file()` and friends return real paths.

They need the desktop window (`dataapp-desktop app.py`); served to a browser (`--browser`,
`--headless`, a server) they raise DesktopOnlyError. The desktop host puts a DialogService in
`Runtime.host_services.dialogs`; the engine never imports the host. Each call blocks the
calling script thread until the user answers the dialog.
"""

from __future__ import annotations

from collections.abc import Sequence

from dataapp.errors import APIError, NoRunContextError
from dataapp.runtime.context import get_run_context
from dataapp.runtime.host_services import DialogService


class DesktopOnlyError(APIError):
    """A desktop-only function was called while the app is not shown in the desktop window."""

    def __init__(self, api_name: str) -> None:
        self.api_name = api_name
        super().__init__(
            f"`st.desktop.{api_name}()` needs the desktop window: start the app with "
            "`dataapp-desktop app.py` (not --browser or --headless). To offer another way in a "
            "browser, check `st.desktop.is_available()` first, e.g. fall back to st.text_input "
            "for a path."
        )


def _service(api_name: str) -> DialogService:
    ctx = get_run_context()
    if ctx is None:
        raise NoRunContextError(f"st.desktop.{api_name}() can only be called while an app runs.")
    service = ctx.host.dialogs
    if service is None:
        raise DesktopOnlyError(api_name)
    return service


def normalize_types(type: str | Sequence[str] | None) -> list[str]:
    """ "CSV" / ".csv" / ["csv", "xlsx"] → ["csv", "xlsx"], as st.file_uploader's `type` reads."""
    if type is None:
        return []
    items = [type] if isinstance(type, str) else list(type)
    result: list[str] = []
    for item in items:
        if not isinstance(item, str):
            raise APIError(f"st.desktop: file types must be strings like 'csv', not {item!r}.")
        extension = item.strip().lstrip(".").lower()
        if not extension or not extension.replace("_", "").replace("-", "").isalnum():
            raise APIError(f"st.desktop: {item!r} is not a file extension like 'csv'.")
        if extension not in result:
            result.append(extension)
    return result


def is_available() -> bool:
    """True when native dialogs can be shown (the app runs in the desktop window)."""
    ctx = get_run_context()
    return ctx is not None and ctx.host.dialogs is not None


def open_file(type: str | Sequence[str] | None = None, *, initial_dir: str = "") -> str | None:
    """Ask the user for one existing file; its absolute path, or None when cancelled.

    `type` limits the files shown by extension, e.g. "csv" or ["csv", "xlsx"].
    """
    paths = _service("open_file").open_files(
        file_types=normalize_types(type), initial_dir=initial_dir, multiple=False
    )
    return paths[0] if paths else None


def open_files(
    type: str | Sequence[str] | None = None, *, initial_dir: str = ""
) -> list[str] | None:
    """Ask the user for one or more existing files; their absolute paths, or None when cancelled."""
    paths = _service("open_files").open_files(
        file_types=normalize_types(type), initial_dir=initial_dir, multiple=True
    )
    return list(paths) if paths else None


def save_file(
    file_name: str = "", *, type: str | Sequence[str] | None = None, initial_dir: str = ""
) -> str | None:
    """Ask the user where to save; the chosen absolute path, or None when cancelled.

    Nothing is written: the app writes the file itself. The OS dialog asks before a file is
    overwritten.
    """
    return _service("save_file").save_file(
        file_name=file_name, file_types=normalize_types(type), initial_dir=initial_dir
    )


def choose_folder(*, initial_dir: str = "") -> str | None:
    """Ask the user for a folder; its absolute path, or None when cancelled."""
    return _service("choose_folder").choose_folder(initial_dir=initial_dir)


__all__ = [
    "DesktopOnlyError",
    "DialogService",
    "choose_folder",
    "is_available",
    "open_file",
    "open_files",
    "save_file",
]
