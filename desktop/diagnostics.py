"""The window's diagnostics go to a log file, so that the terminal shows only what matters.

Qt and Chromium (QtWebEngine) write their diagnostics — sandbox, Vulkan, GPU, D-Bus — straight
to the process's file descriptor 2, from C++ threads and from helper processes that inherit it;
none of it passes through Python. `redirect_diagnostics` points descriptor 2 at
`<user data dir>/logs/<app key>.log` and gives Python a new `sys.stderr` on the terminal, so
that the app's own messages, tracebacks and dataapp's log lines still show there (and are also
written to the log file). Called once, on the main thread, before the web engine starts.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
import time
from pathlib import Path

from dataapp.version import __version__
from dataapp_desktop import paths

_LOG_FORMAT = "%(asctime)s %(name)s %(levelname)s: %(message)s"


def log_file(key: str) -> Path:
    """Where the app's diagnostics go: one file per app, rewritten at each launch."""
    return paths.data_dir() / "logs" / f"{key}.log"


def log_file_pattern() -> str:
    """The log files' place, for `--help`."""
    return str(paths.data_dir() / "logs" / "<app key>.log")


def redirect_diagnostics(path: Path, app: str) -> None:
    """Send descriptor 2 (Qt, Chromium and their helper processes) to `path`; keep Python's
    stderr on the terminal. Main thread, before the web engine starts."""
    path.parent.mkdir(parents=True, exist_ok=True)
    log_fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND, 0o600)
    os.write(
        log_fd,
        f"{time.strftime('%Y-%m-%d %H:%M:%S')} dataapp-desktop {__version__}: {app} "
        f"(pid {os.getpid()})\n".encode(errors="replace"),
    )
    old_stderr = sys.stderr
    with contextlib.suppress(Exception):
        old_stderr.flush()
    terminal_fd = os.dup(2)
    os.set_inheritable(terminal_fd, False)
    os.dup2(log_fd, 2)
    os.close(log_fd)
    encoding = getattr(old_stderr, "encoding", None) or "utf-8"
    terminal = io.TextIOWrapper(
        io.FileIO(terminal_fd, "w"),
        encoding=encoding,
        errors="backslashreplace",
        line_buffering=True,
    )
    sys.stderr = terminal
    # Handlers made earlier (logging.basicConfig's, pywebview's) hold the old stream, which now
    # writes to the log file: they follow Python's stderr to the terminal.
    for logger in [logging.getLogger(), *_loggers()]:
        for handler in logger.handlers:
            if isinstance(handler, logging.StreamHandler) and handler.stream is old_stderr:
                handler.setStream(terminal)
    mirror = logging.FileHandler(path, encoding="utf-8")
    mirror.setFormatter(logging.Formatter(_LOG_FORMAT))
    logging.getLogger().addHandler(mirror)
    logging.getLogger("pywebview").addHandler(mirror)


def _loggers() -> list[logging.Logger]:
    return [
        logger
        for logger in logging.Logger.manager.loggerDict.values()
        if isinstance(logger, logging.Logger)
    ]
