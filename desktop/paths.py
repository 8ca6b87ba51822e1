"""Where the desktop host keeps per-user files, and the identity of an app.

An app is identified by a hash of its script's resolved path (a frozen executable: of the
executable's path, since its script is unpacked to a new temporary folder on every launch).
Pure functions; any thread.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import warnings
from pathlib import Path

import platformdirs

APP_DIRS_NAME = "dataapp-desktop"
# Unix socket paths are limited to 108 bytes (104 on macOS).
_MAX_SOCKET_PATH = 100


def app_key(app_path: Path) -> str:
    """A short, stable, file-name-safe identity of the app."""
    source = sys.executable if getattr(sys, "frozen", False) else str(app_path.resolve())
    return hashlib.sha256(source.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def data_dir() -> Path:
    """The per-user data folder (window state, web storage)."""
    return Path(platformdirs.user_data_dir(APP_DIRS_NAME, appauthor=False))


def runtime_dir() -> Path:
    """A private (0700) per-user folder for sockets and lock files; made when missing."""
    with warnings.catch_warnings():
        # platformdirs warns when it has to fall back from XDG_RUNTIME_DIR; the fallback is fine.
        warnings.simplefilter("ignore")
        path = Path(platformdirs.user_runtime_dir(APP_DIRS_NAME, appauthor=False))
    if len(str(path)) > _MAX_SOCKET_PATH - 24:
        path = Path(tempfile.gettempdir()) / f"{APP_DIRS_NAME}-{_user_id()}"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def _user_id() -> str:
    getuid = getattr(os, "getuid", None)
    return str(getuid()) if getuid is not None else os.environ.get("USERNAME", "user")
