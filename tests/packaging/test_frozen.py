"""The packaged app's entry point: identity from the build, no hot reload, relative paths work."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from dataapp_desktop import frozen


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    app = tmp_path / "app"
    (app / "data").mkdir(parents=True)
    (app / "app.py").write_text("import dataapp as st\n")
    (app / "data" / "x.csv").write_text("a\n1\n")
    (tmp_path / frozen.BUNDLE_INFO).write_text(
        json.dumps(
            {
                "name": "Sales Explorer",
                "app_id": "Sales Explorer",
                "script": "app/app.py",
                "version": "1.0",
            }
        )
    )
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.chdir(tmp_path.parent)
    monkeypatch.delenv(frozen.LAUNCH_DIR_ENV, raising=False)
    return tmp_path


def test_the_bundled_script_runs_in_a_window_under_the_apps_name_without_hot_reload(
    bundle: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started_in = os.getcwd()
    calls: list[dict[str, Any]] = []

    def run_in_window(app_path: Path, config: Any, **options: Any) -> int:
        calls.append({"app": app_path, "config": config, "cwd": os.getcwd(), **options})
        return 0

    monkeypatch.setattr("dataapp_desktop.launch.run_in_window", run_in_window)
    assert frozen.main([]) == 0
    (call,) = calls
    assert call["app"] == bundle / "app" / "app.py"
    assert call["hot_reload"] is False and call["debug"] is False
    assert call["config"].app_id == "Sales Explorer"
    assert call["config"].app_name == "Sales Explorer"
    # Relative paths in the app ("data/x.csv") resolve as they did for the developer.
    assert call["cwd"] == str(bundle / "app")
    assert os.environ[frozen.LAUNCH_DIR_ENV] == started_in


def test_a_configured_app_name_wins_for_the_title(
    bundle: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (bundle / "app" / ".dataapp").mkdir()
    (bundle / "app" / ".dataapp" / "config.toml").write_text('[app]\nname = "Sales"\n')
    seen: list[Any] = []

    def run_in_window(app_path: Path, config: Any, **options: Any) -> int:
        seen.append(config)
        return 0

    monkeypatch.setattr("dataapp_desktop.launch.run_in_window", run_in_window)
    assert frozen.main([]) == 0
    assert seen[0].app_name == "Sales"
    assert seen[0].app_id == "Sales Explorer"


def test_headless_serves_without_hot_reload(bundle: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[dict[str, Any]] = []

    def serve(app_path: Path, config: Any, **options: Any) -> int:
        seen.append({"port": config.port, **options})
        return 0

    monkeypatch.setattr("dataapp_desktop.headless.serve", serve)
    assert frozen.main(["--headless", "--port", "8123"]) == 0
    assert seen == [{"port": 8123, "open_browser": False, "hot_reload": False}]


def test_a_damaged_bundle_says_so(bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (bundle / frozen.BUNDLE_INFO).unlink()
    assert frozen.main([]) == 1
    assert "damaged" in capsys.readouterr().err


def test_version(bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert frozen.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == "Sales Explorer 1.0"


def test_reset_state_forgets_what_the_app_kept(
    bundle: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    forgotten: list[str] = []

    def forget_saved_state(identity: str) -> Path | None:
        forgotten.append(identity)
        return None

    monkeypatch.setattr("dataapp.runtime.persistence.forget_saved_state", forget_saved_state)
    monkeypatch.setattr("dataapp_desktop.launch.run_in_window", lambda *a, **k: 0)
    assert frozen.main(["--reset-state"]) == 0
    assert forgotten == ["Sales Explorer"]
    assert "no saved state to forget" in capsys.readouterr().out
