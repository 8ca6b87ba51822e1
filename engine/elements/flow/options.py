"""`st.get_option` and `st.set_option`: the configuration options dataapp has, by Streamlit's
names (docs/compatibility.md lists them). Runs on the script thread; reads the run's config.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dataapp.errors import APIError, NoRunContextError
from dataapp.runtime.config import AppConfig
from dataapp.runtime.context import get_run_context


def _text(value: str) -> str | None:
    # Streamlit reports an option that is not set as None.
    return value or None


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


# Streamlit's option name → how to read it from the app's configuration.
OPTIONS: dict[str, Callable[[AppConfig], Any]] = {
    "theme.base": lambda c: _text(c.theme.base),
    "theme.primaryColor": lambda c: _text(c.theme.primary_color),
    "theme.backgroundColor": lambda c: _text(c.theme.background_color),
    "theme.secondaryBackgroundColor": lambda c: _text(c.theme.secondary_background_color),
    "theme.textColor": lambda c: _text(c.theme.text_color),
    "theme.font": lambda c: _text(c.theme.font),
    "theme.codeFont": lambda c: _text(c.theme.code_font),
    "runner.magicEnabled": lambda c: c.magic_enabled,
    # 0: the server takes a free port at launch (the desktop default).
    "server.port": lambda c: c.port,
    "server.maxUploadSize": lambda c: _number(c.max_upload_size_mb),
    "server.maxSessionUploadSize": lambda c: _number(c.max_session_upload_size_mb),
}


def get_option(key: str) -> Any:
    """The value of a configuration option ("theme.primaryColor"); None when it is not set."""
    ctx = get_run_context()
    if ctx is None:
        raise NoRunContextError("st.get_option can only be used while an app runs.")
    read = OPTIONS.get(key)
    if read is None:
        raise APIError(f'Config key "{key}" not defined. {_known()}')
    return read(ctx.config)


def set_option(key: str, value: Any) -> None:
    """Streamlit sets only some `client.*` options from a script; dataapp has none of those, so
    every option is set in the config file instead."""
    if key not in OPTIONS:
        raise APIError(f"Unrecognized config option: {key}. {_known()}")
    raise APIError(
        f"{key} cannot be set on the fly. Set it in .dataapp/config.toml or "
        ".streamlit/config.toml next to the app instead."
    )


def _known() -> str:
    return "The options dataapp has: " + ", ".join(OPTIONS) + "."
