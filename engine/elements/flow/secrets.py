"""`st.secrets`: values from secrets.toml files that stay out of the app's code.

Read lazily on first use, from (later files win): the user-level file, then the app's
`.streamlit/secrets.toml` (for compatibility), then the app's `.dataapp/secrets.toml`.
Thread-safe: the files are parsed once under a lock.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found, no-redef, unused-ignore]

from dataapp.errors import APIError
from dataapp.runtime.context import get_run_context

USER_SECRETS_ENV = "DATAAPP_USER_SECRETS"


class SecretsFileError(APIError):
    """A secrets file exists but cannot be parsed; the message names it."""


def user_secrets_file() -> Path:
    override = os.environ.get(USER_SECRETS_ENV)
    if override:
        return Path(override)
    return Path.home() / ".dataapp" / "secrets.toml"


def secrets_files(app_dir: Path) -> list[Path]:
    """Candidate files, lowest priority first."""
    return [
        user_secrets_file(),
        app_dir / ".streamlit" / "secrets.toml",
        app_dir / ".dataapp" / "secrets.toml",
    ]


class AttrDict(Mapping[str, Any]):
    """A read-only section of secrets: item and attribute access."""

    def __init__(self, values: dict[str, Any], where: str) -> None:
        self._values = values
        self._where = where

    def __getitem__(self, key: str) -> Any:
        try:
            value = self._values[key]
        except KeyError:
            raise KeyError(f'st.secrets has no key "{key}". {self._where}') from None
        return AttrDict(value, self._where) if isinstance(value, dict) else value

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return self[key]
        except KeyError as error:
            raise AttributeError(error.args[0]) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def to_dict(self) -> dict[str, Any]:
        return dict(self._values)

    def __repr__(self) -> str:
        return f"{{{', '.join(repr(k) for k in self._values)}}}"  # keys only: values are secret


class Secrets(Mapping[str, Any]):
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loaded: tuple[Path, AttrDict] | None = None

    def _section(self) -> AttrDict:
        ctx = get_run_context()
        if ctx is not None and ctx.host.secrets is not None:
            # Set by the host (AppTest's `at.secrets`) instead of files.
            return AttrDict(ctx.host.secrets, "Secrets were given by the test (AppTest.secrets).")
        app_dir = self._app_dir()
        with self._lock:
            if self._loaded is None or self._loaded[0] != app_dir:
                self._loaded = (app_dir, _load(app_dir))
            return self._loaded[1]

    @staticmethod
    def _app_dir() -> Path:
        ctx = get_run_context()
        script = ctx.script_path if ctx is not None else sys.argv[0]
        return Path(script).resolve().parent

    def reload(self) -> None:
        with self._lock:
            self._loaded = None

    def __getitem__(self, key: str) -> Any:
        return self._section()[key]

    def __getattr__(self, key: str) -> Any:
        if key.startswith("_"):
            raise AttributeError(key)
        return getattr(self._section(), key)

    def has_key(self, k: str) -> bool:
        """Whether the secrets have a top-level key `k` (as `k in st.secrets`)."""
        return k in self._section()

    def __iter__(self) -> Iterator[str]:
        return iter(self._section())

    def __len__(self) -> int:
        return len(self._section())

    def to_dict(self) -> dict[str, Any]:
        return self._section().to_dict()

    def __repr__(self) -> str:
        return repr(self._section())


def _load(app_dir: Path) -> AttrDict:
    merged: dict[str, Any] = {}
    read: list[str] = []
    for path in secrets_files(app_dir):
        if not path.is_file():
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise SecretsFileError(f"Could not read secrets from {path}: {error}") from error
        _merge(merged, data)
        read.append(str(path))
    for key, value in merged.items():
        # Root-level strings are also environment variables, as in Streamlit.
        if isinstance(value, str) and key not in os.environ:
            os.environ[key] = value
    if read:
        where = "Secrets were read from: " + ", ".join(read) + "."
    else:
        where = (
            "No secrets file was found; looked for: "
            + ", ".join(str(p) for p in secrets_files(app_dir))
            + "."
        )
    return AttrDict(merged, where)


def _merge(into: dict[str, Any], data: dict[str, Any]) -> None:
    for key, value in data.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value
