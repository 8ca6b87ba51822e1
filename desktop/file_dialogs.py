"""The native file dialogs behind `st.desktop.open_file()` & co., shown by the app's window.

Implements `dataapp.runtime.host_services.DialogService` with pywebview's
`create_file_dialog`, which may be called from any thread (here: script threads) and blocks until
the user answers.
One dialog at a time: a second session's request waits for the first to be answered.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from typing import Any

from dataapp.runtime.host_services import DialogService

# pywebview's dialog kinds (webview.FileDialog), kept here so this module imports no GUI.
OPEN, FOLDER, SAVE = 10, 20, 30

FileDialogCall = Callable[..., Any]


def file_filters(file_types: Sequence[str]) -> tuple[str, ...]:
    """["csv", "xlsx"] → ("CSV XLSX files (*.csv;*.xlsx)",), in pywebview's filter syntax."""
    if not file_types:
        return ()
    label = " ".join(t.upper() for t in file_types)
    patterns = ";".join(f"*.{t}" for t in file_types)
    return (f"{label} files ({patterns})",)


def _absolute(path: str) -> str:
    return os.path.abspath(os.path.expanduser(path))


class WindowDialogs(DialogService):
    """Thread-safe. `create_file_dialog` is the window's (pywebview `Window.create_file_dialog`)."""

    def __init__(self, create_file_dialog: FileDialogCall) -> None:
        self._create = create_file_dialog
        self._lock = threading.Lock()

    def _ask(self, **kwargs: Any) -> list[str] | None:
        with self._lock:
            result = self._create(**kwargs)
        if not result:
            return None
        paths = [result] if isinstance(result, str) else list(result)
        return [_absolute(p) for p in paths if p] or None

    def open_files(
        self, *, file_types: Sequence[str], initial_dir: str, multiple: bool
    ) -> list[str] | None:
        return self._ask(
            dialog_type=OPEN,
            directory=_existing_dir(initial_dir),
            allow_multiple=multiple,
            file_types=file_filters(file_types),
        )

    def save_file(
        self, *, file_name: str, file_types: Sequence[str], initial_dir: str
    ) -> str | None:
        paths = self._ask(
            dialog_type=SAVE,
            directory=_existing_dir(initial_dir),
            save_filename=file_name,
            file_types=file_filters(file_types),
        )
        return paths[0] if paths else None

    def choose_folder(self, *, initial_dir: str) -> str | None:
        paths = self._ask(dialog_type=FOLDER, directory=_existing_dir(initial_dir))
        return paths[0] if paths else None


def _existing_dir(initial_dir: str) -> str:
    # A packaged app runs in its unpacked folder; start where the user launched it instead.
    default = os.environ.get("DATAAPP_LAUNCH_DIR") or os.getcwd()
    path = _absolute(initial_dir) if initial_dir else default
    return path if os.path.isdir(path) else ""
