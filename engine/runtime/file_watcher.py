"""Hot reload: watch the app's script and its local modules, re-run the app when one is saved.

One daemon thread polls file modification times (no extra dependency, works on every file
system). `on_change` is called on that thread; `Runtime.rerun_all_sessions` is thread-safe.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
import sysconfig
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

log = logging.getLogger("dataapp.file_watcher")

POLL_INTERVAL_SECONDS = 0.5
# File systems stamp modification times with a coarse clock (a kernel tick), a little behind.
_MTIME_SLACK_NS = 100_000_000

# Packages that are never "the app's own code", even when the app lives next to them.
_NEVER_LOCAL = ("dataapp", "dataapp_desktop", "streamlit")


@dataclass(frozen=True)
class FileStamp:
    """What a file looked like at the last poll; a save changes at least one field."""

    mtime_ns: int
    size: int


def _stamp(path: Path) -> FileStamp | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return FileStamp(stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=1)
def _install_roots() -> tuple[Path, ...]:
    """Where installed packages live: a virtual environment inside the app folder is not app code."""
    roots = {sys.prefix, sys.base_prefix, sys.exec_prefix}
    for name in ("purelib", "platlib", "stdlib"):
        path = sysconfig.get_paths().get(name)
        if path:
            roots.add(path)
    return tuple(Path(root).resolve() for root in roots)


def _module_file(module: ModuleType, app_prefix: str) -> Path | None:
    file = getattr(module, "__file__", None)
    if not isinstance(file, str) or not file.endswith(".py"):
        return None
    # Most modules are installed ones: rule them out without touching the file system.
    if os.path.isabs(file) and not file.startswith(app_prefix):
        return None
    return Path(file).resolve()


def _is_local(path: Path, app_dir: Path, install_roots: Iterable[Path]) -> bool:
    if not path.is_relative_to(app_dir):
        return False
    if any(part in ("site-packages", "dist-packages") for part in path.parts):
        return False
    return not any(
        path.is_relative_to(root) and not app_dir.is_relative_to(root) for root in install_roots
    )


def local_modules(app_dir: Path) -> dict[str, Path]:
    """Modules imported from the app's folder (its own code), by module name."""
    app_dir = app_dir.resolve()
    app_prefix = os.path.join(str(app_dir), "")
    roots = _install_roots()
    found: dict[str, Path] = {}
    # A copy: script threads may import while we look.
    for name, module in list(sys.modules.items()):
        if name == "__main__" or name.split(".")[0] in _NEVER_LOCAL or module is None:
            continue
        path = _module_file(module, app_prefix)
        if path is not None and _is_local(path, app_dir, roots):
            found[name] = path
    return found


def forget_local_modules(app_dir: Path) -> list[str]:
    """Drop the app's own modules from sys.modules so that the next run imports them afresh.

    All of them, not only the one saved: a module that imported the saved one would otherwise
    keep the old objects.
    """
    names = sorted(local_modules(app_dir))
    for name in names:
        sys.modules.pop(name, None)
    return names


class FileWatcher:
    """Thread-safe. Polls the script, its local modules and `pages/*.py` every `interval` seconds.

    A file stays watched once seen, even after its module left sys.modules (a module with a
    syntax error is not imported, and the save that fixes it must still be noticed).
    """

    def __init__(
        self,
        script_path: str | os.PathLike[str],
        on_change: Callable[[list[Path]], None],
        interval: float = POLL_INTERVAL_SECONDS,
    ) -> None:
        self.script_path = Path(script_path).resolve()
        self.app_dir = self.script_path.parent
        self._on_change = on_change
        self._interval = interval
        self._stamps: dict[Path, FileStamp | None] = {}
        self._last_poll_ns: int | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._main, name="dataapp-file-watcher", daemon=True)

    def start(self) -> None:
        self.poll()
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(self._interval + 1.0)

    def watched_files(self) -> list[Path]:
        files = {self.script_path, *self._stamps}
        files.update(local_modules(self.app_dir).values())
        pages = self.app_dir / "pages"
        if pages.is_dir():
            files.update(p.resolve() for p in pages.glob("*.py"))
        return sorted(files)

    def poll(self) -> list[Path]:
        """Look once; returns the files that changed since the last look (none on the first).

        A module imported since the last look is seen now for the first time: it counts as
        changed when it was saved after that look, since the save may have come after the
        import (at worst the app re-runs once more than needed).
        """
        started_ns = time.time_ns()
        changed: list[Path] = []
        for path in self.watched_files():
            stamp = _stamp(path)
            if path not in self._stamps:
                self._stamps[path] = stamp
                if self._saved_since_last_poll(stamp):
                    changed.append(path)
            elif self._stamps[path] != stamp:
                self._stamps[path] = stamp
                changed.append(path)
        self._last_poll_ns = started_ns
        return changed

    def _saved_since_last_poll(self, stamp: FileStamp | None) -> bool:
        if stamp is None or self._last_poll_ns is None:
            return False
        return stamp.mtime_ns >= self._last_poll_ns - _MTIME_SLACK_NS

    def _main(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                changed = self.poll()
                if changed:
                    self._on_change(changed)
            except Exception:
                log.exception("The file watcher failed to handle a change; it keeps watching")
