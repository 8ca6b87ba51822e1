"""`dataapp-desktop build`: its progress line, its diagnoses, and its answers to wrong options."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from dataapp_desktop.build import main
from dataapp_desktop.build.plan import ExtraData, default_name, file_name
from dataapp_desktop.build.progress import BuildFailed, ProgressLine, diagnose, run_logged


def test_the_progress_line_follows_pyinstallers_phases_without_going_back() -> None:
    out = io.StringIO()
    line = ProgressLine(out, started=0.0)
    line.update("Analyzing modules for base_library.zip ...", "INFO")
    assert line.phase == "analysing the standard library"
    line.update("Processing module hooks (post-graph stage)...", "INFO")
    line.update("Loading module hook 'hook-pandas.py' from '...'", "INFO")
    assert (line.phase, line.detail) == ("running hooks", "hook-pandas.py")
    line.update("Analyzing run-time hooks ...", "INFO")
    assert line.phase == "running hooks"
    line.update("Building COLLECT COLLECT-00.toc", "INFO")
    assert line.phase == "copying files into the app folder"
    # Not a terminal: one line per phase, no carriage returns.
    assert "\r" not in out.getvalue()
    assert out.getvalue().count("running hooks") == 1


@pytest.mark.parametrize(
    ("log", "cause"),
    [
        ("OSError: [Errno 28] No space left on device", "disk is full"),
        ("FileNotFoundError: [Errno 2] No such file or directory: 'objcopy'", "binutils"),
        ("ModuleNotFoundError: No module named 'scipy'", "dependencies"),
        ("PermissionError: [Errno 13] Permission denied: 'dist/App'", "permissions"),
    ],
)
def test_a_failure_names_its_likely_cause(log: str, cause: str) -> None:
    (advice,) = diagnose(["123 INFO: something", log])
    assert cause in advice


def test_a_failed_step_shows_the_end_of_its_log_and_the_cause(tmp_path: Path) -> None:
    script = "print('10 INFO: PyInstaller: 6.22'); print('20 ERROR: No space left on device'); raise SystemExit(1)"
    with pytest.raises(BuildFailed) as failure:
        run_logged(
            [sys.executable, "-c", script], tmp_path / "log.txt", label="step", out=io.StringIO()
        )
    message = str(failure.value)
    assert "No space left on device" in message
    assert "likely cause: The disk is full" in message
    assert (tmp_path / "log.txt").read_text().count("INFO") == 1


def test_names_are_derived_and_made_file_safe(tmp_path: Path) -> None:
    assert default_name(tmp_path / "sales_report.py", "") == "Sales Report"
    assert default_name(Path("/x/my_dashboard/app.py"), "") == "My Dashboard"
    assert default_name(Path("/x/y/app.py"), "Configured") == "Configured"
    assert file_name("Sales Explorer (2026)") == "Sales-Explorer-2026"
    assert file_name("...") == "app"


def test_add_data_resolves_against_the_app_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "reports").mkdir()
    monkeypatch.chdir(tmp_path.parent)
    extra = ExtraData.parse("reports:out/reports", tmp_path)
    assert (extra.source, extra.dest) == (tmp_path / "reports", "out/reports")
    assert ExtraData.parse("reports", tmp_path).dest == "."


def test_wrong_options_exit_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "missing.py")]) == 2
    assert "is not a Python script" in capsys.readouterr().err
    app = tmp_path / "app.py"
    app.write_text("import dataapp as st\n")
    assert main([str(app), "--add-data", "nowhere.csv:data"]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert main([str(app), "--add-data", f"{app}:../outside"]) == 2
    assert "inside the app's folder" in capsys.readouterr().err
    assert main([str(app), "--icon", str(tmp_path / "none.ico")]) == 2
    assert "no such file" in capsys.readouterr().err
