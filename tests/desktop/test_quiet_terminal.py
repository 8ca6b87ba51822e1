"""A normal launch: the terminal shows the URL line and the app's own output, nothing else;
Qt's and Chromium's diagnostics are in the per-user log file that `--help` names."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tests.desktop.conftest import (
    APPS,
    Desktop,
    cli_command,
    non_background_share,
    screenshot_path,
    text_of,
)

pytestmark = pytest.mark.desktop

TALKING = APPS / "talking_app.py"
SHOWING = re.compile(r"^Showing talking_app\.py in its window, served at http://127\.0\.0\.1:\d+/$")
DIAGNOSTICS = re.compile(r"^\(window diagnostics: (?P<path>/\S+\.log)\)$")


def test_a_normal_launch_keeps_the_terminal_quiet(desktop: Desktop) -> None:
    app = desktop.launch(TALKING, separate_stderr=True)
    page = app.wait_rendered()
    assert "A talking app" in text_of(page, "title")
    png = screenshot_path("quiet-terminal-window.png")
    page.screenshot(png)
    assert non_background_share(png) > 0.005, "the page looks blank"
    app.close_window()
    code, _ = app.wait_exit(10)
    assert code == 0, app.output() + app.errors()

    out = app.output().splitlines()
    assert SHOWING.match(out[0]), out
    found = DIAGNOSTICS.match(out[1])
    assert found, out
    assert "the app says hello on stdout" in out
    # stderr holds the app's own line and nothing of Qt or Chromium (as root, Chromium would
    # say "Sandboxing disabled by user."; without Vulkan or D-Bus it says so too).
    assert app.errors().splitlines() == ["the app's own warning on stderr"], app.errors()

    log = Path(found["path"])
    assert log.parent == desktop.data_home / "dataapp-desktop" / "logs"
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "dataapp-desktop" in text.splitlines()[0] and str(TALKING) in text.splitlines()[0]
    # Chromium's own lines: its "[pid:tid:date:LEVEL:file]" prefix, or Qt's sandbox notice.
    assert re.search(r"^\[\d+:\d+:|^Sandboxing disabled", text, re.M), text


def test_help_names_the_log_file(desktop: Desktop) -> None:
    result = subprocess.run(
        [*cli_command(), "--help"], capture_output=True, text=True, env=desktop.env(), timeout=30
    )
    assert result.returncode == 0
    expected = desktop.data_home / "dataapp-desktop" / "logs" / "<app key>.log"
    assert str(expected) in result.stdout
    assert "Qt and Chromium messages" in result.stdout
