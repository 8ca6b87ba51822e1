from __future__ import annotations

from pathlib import Path

import pytest

from dataapp.runtime.config import ConfigError, load_config


def _app(tmp_path: Path) -> Path:
    app = tmp_path / "app.py"
    app.write_text("import dataapp as st\n")
    return app


def test_no_config_gives_defaults(tmp_path: Path) -> None:
    config = load_config(_app(tmp_path))
    assert config.magic_enabled and config.theme.base == "" and config.sources == []


def test_dataapp_config_overrides_streamlit_config(tmp_path: Path) -> None:
    app = _app(tmp_path)
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(
        '[theme]\nbase = "dark"\nprimaryColor = "#ff0000"\n[runner]\nmagicEnabled = false\n'
    )
    (tmp_path / ".dataapp").mkdir()
    (tmp_path / ".dataapp" / "config.toml").write_text(
        '[theme]\nprimaryColor = "#00ff00"\n[server]\nport = 9000\n'
    )
    config = load_config(app)
    assert config.theme.base == "dark"
    assert config.theme.primary_color == "#00ff00"
    assert config.magic_enabled is False
    assert config.port == 9000
    assert len(config.sources) == 2


def test_a_broken_config_file_names_the_file_and_option(tmp_path: Path) -> None:
    app = _app(tmp_path)
    (tmp_path / ".dataapp").mkdir()
    (tmp_path / ".dataapp" / "config.toml").write_text("[server]\nport = 'high'\n")
    with pytest.raises(ConfigError, match=r"server\.port"):
        load_config(app)
    (tmp_path / ".dataapp" / "config.toml").write_text("[server\n")
    with pytest.raises(ConfigError, match=r"config\.toml"):
        load_config(app)
