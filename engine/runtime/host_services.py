"""What the program hosting the engine offers the app's scripts: the seam to the desktop shell.

The host (the desktop window, AppTest) fills `Runtime.host_services` and every run reads it as
`RunContext.host`. The engine names here what it needs (a Protocol); the host implements it, so
the engine never imports the host. Thread rules: the host sets a field once (the window's
dialogs when the window exists); script threads read it; DialogService is called on them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from dataapp.runtime.app_session import AppSession


class DialogService(Protocol):
    """The OS file dialogs. Called on script threads; each call blocks until answered.

    `file_types` are lower-case extensions without the dot ("csv"); empty means any file.
    A cancelled dialog returns None.
    """

    def open_files(
        self, *, file_types: Sequence[str], initial_dir: str, multiple: bool
    ) -> list[str] | None: ...

    def save_file(
        self, *, file_name: str, file_types: Sequence[str], initial_dir: str
    ) -> str | None: ...

    def choose_folder(self, *, initial_dir: str) -> str | None: ...


class WindowService(Protocol):
    """The desktop window itself (`st.desktop.export_pdf`, `notify`, the recent files;
    `st.toast`). Called on script threads."""

    def export_pdf(self, path: str | None) -> str | None:
        """Print the whole page to a PDF at `path` (None: ask where with the save dialog);
        the absolute path written, or None when the user cancelled. Blocks until written."""
        ...

    def notify(self, title: str, body: str, *, only_when_unfocused: bool) -> bool:
        """Ask the OS to show a notification (title "": the app's); returns at once, True
        when it was handed to the OS's notification service."""
        ...

    def recent_files(self) -> list[str]:
        """The app's recent files, newest first (File ▸ Open Recent)."""
        ...

    def add_recent_files(self, paths: Sequence[str]) -> None:
        """Put files the user opened first in the recent files."""
        ...

    def opened_file(self, session_id: str, run_id: int) -> str | None:
        """The file chosen from File ▸ Open Recent that triggered this run, else None."""
        ...


ExitHook = Callable[[Sequence["AppSession"]], None]


class ExitHookRegistry(Protocol):
    """Work that must happen once when the desktop app exits; hooks get the sessions that
    were open, after every script stopped (dataapp_desktop.lifecycle.ExitHooks)."""

    def add(self, name: str, hook: ExitHook) -> None: ...


@dataclass
class HostServices:
    """The host's services; a field is None when this host does not offer it."""

    # The desktop window's native file dialogs (st.desktop, native uploads and downloads);
    # None in a browser, headless, or under AppTest.
    dialogs: DialogService | None = None
    # The desktop window (printing to PDF, notifications); None where there is no window.
    window: WindowService | None = None
    # The desktop shell's exit hooks, for engine code that must act when the app exits.
    exit_hooks: ExitHookRegistry | None = None
    # Secrets given by the host instead of secrets.toml files (AppTest's `at.secrets`).
    secrets: dict[str, Any] | None = None
