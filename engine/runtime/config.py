"""App configuration: `.dataapp/config.toml` next to the app, then command-line flags.

Options shared with Streamlit are also read from `.streamlit/config.toml` (theme, magic,
server port), so an existing app keeps its look. Read once at start-up, on the main thread.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found, no-redef, unused-ignore]

from dataapp.errors import DataappError


class ConfigError(DataappError):
    """The configuration file could not be read; the message names the file and the option."""


@dataclass
class ThemeConfig:
    # "light", "dark", or "" to follow the operating system.
    base: str = ""
    primary_color: str = ""
    background_color: str = ""
    secondary_background_color: str = ""
    text_color: str = ""
    font: str = ""
    code_font: str = ""


@dataclass
class PersistenceConfig:
    # None: the host decides (on in a desktop window, off when serving headless).
    enabled: bool | None = None
    exclude: list[str] = field(default_factory=lambda: ["_*"])
    max_value_mb: float = 50.0


@dataclass
class AppConfig:
    app_name: str = ""
    port: int = 0
    # Largest file st.file_uploader accepts, in megabytes (server.maxUploadSize, as in Streamlit).
    max_upload_size_mb: float = 200.0
    # What one session's uploads may hold in all, in megabytes (server.maxSessionUploadSize;
    # Streamlit has no such bound).
    max_session_upload_size_mb: float = 1024.0
    magic_enabled: bool = True
    # Inspect every session's runs from the start (`dataapp-desktop --inspect`;
    # docs/inspector.md); the page's menu turns it on and off per session too.
    inspect_runs: bool = False
    theme: ThemeConfig = field(default_factory=ThemeConfig)
    persistence: PersistenceConfig = field(default_factory=PersistenceConfig)
    # Who the app is, for its saved state: the script's path unless set (packaged apps set it).
    app_id: str = ""
    # Files the options came from, first to last, for messages.
    sources: list[str] = field(default_factory=list)


# (section, option in the file) → attribute; theme options map onto ThemeConfig.
_THEME_OPTIONS = {
    "base": "base",
    "primaryColor": "primary_color",
    "backgroundColor": "background_color",
    "secondaryBackgroundColor": "secondary_background_color",
    "textColor": "text_color",
    "font": "font",
    "codeFont": "code_font",
}


def load_config(script_path: str | Path) -> AppConfig:
    """Read the config files next to the app: `.streamlit/` first, `.dataapp/` wins."""
    app_dir = Path(script_path).resolve().parent
    config = AppConfig()
    for candidate in (app_dir / ".streamlit" / "config.toml", app_dir / ".dataapp" / "config.toml"):
        if candidate.is_file():
            _apply_file(config, candidate)
    return config


def _apply_file(config: AppConfig, path: Path) -> None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"Could not read {path}: {error}") from error
    config.sources.append(str(path))
    theme = data.get("theme", {})
    for option, attribute in _THEME_OPTIONS.items():
        if option in theme:
            setattr(config.theme, attribute, _expect(path, f"theme.{option}", theme[option], str))
    runner = data.get("runner", {})
    if "magicEnabled" in runner:
        config.magic_enabled = _expect(path, "runner.magicEnabled", runner["magicEnabled"], bool)
    server = data.get("server", {})
    if "port" in server:
        config.port = _expect(path, "server.port", server["port"], int)
    if "maxUploadSize" in server:
        limit = server["maxUploadSize"]
        if isinstance(limit, bool) or not isinstance(limit, (int, float)) or limit <= 0:
            raise ConfigError(
                f"{path}: `server.maxUploadSize` must be a positive number of megabytes, "
                f"not {limit!r}."
            )
        config.max_upload_size_mb = float(limit)
    if "maxSessionUploadSize" in server:
        limit = server["maxSessionUploadSize"]
        if isinstance(limit, bool) or not isinstance(limit, (int, float)) or limit <= 0:
            raise ConfigError(
                f"{path}: `server.maxSessionUploadSize` must be a positive number of megabytes, "
                f"not {limit!r}."
            )
        config.max_session_upload_size_mb = float(limit)
    app = data.get("app", {})
    if "name" in app:
        config.app_name = _expect(path, "app.name", app["name"], str)
    if "id" in app:
        config.app_id = _expect(path, "app.id", app["id"], str)
    persistence = data.get("persistence", {})
    if "enabled" in persistence:
        config.persistence.enabled = _expect(
            path, "persistence.enabled", persistence["enabled"], bool
        )
    if "exclude" in persistence:
        patterns = _expect(path, "persistence.exclude", persistence["exclude"], list)
        if not all(isinstance(p, str) for p in patterns):
            raise ConfigError(f"{path}: `persistence.exclude` must be a list of strings.")
        config.persistence.exclude = patterns
    if "max_value_mb" in persistence:
        limit = persistence["max_value_mb"]
        if isinstance(limit, bool) or not isinstance(limit, (int, float)) or limit <= 0:
            raise ConfigError(
                f"{path}: `persistence.max_value_mb` must be a positive number, not {limit!r}."
            )
        config.persistence.max_value_mb = float(limit)


def _expect(path: Path, option: str, value: Any, kind: type) -> Any:
    if not isinstance(value, kind):
        raise ConfigError(f"{path}: `{option}` must be a {kind.__name__}, not {value!r}.")
    return value


def theme_option_names() -> list[str]:
    return [f.name for f in fields(ThemeConfig)]
