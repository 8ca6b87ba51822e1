"""Where the desktop host keeps per-user files, and the key of an app's files there.

An app's key is a hash of its identity, as `Runtime.app_identity` defines it: the `[app] id`
of its configuration (a packaged app gets one from the build), else its script's resolved
path. Pure functions; any thread.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import warnings
from pathlib import Path

import platformdirs

from dataapp.runtime.config import AppConfig

APP_DIRS_NAME = "dataapp-desktop"
# Unix socket paths are limited to 108 bytes (104 on macOS).
_MAX_SOCKET_PATH = 100


def app_identity(app_path: Path, config: AppConfig) -> str:
    """The same identity as `Runtime.app_identity`, known before the runtime starts."""
    return config.app_id or str(app_path.resolve())


def app_key(identity: str) -> str:
    """A short, stable, file-name-safe key for the app's files."""
    return hashlib.sha256(identity.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def data_dir() -> Path:
    """The per-user data folder (window state)."""
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
