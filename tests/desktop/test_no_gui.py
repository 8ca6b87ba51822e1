"""Where no window can open, the app says why and serves itself to a browser instead.

Qt would abort the process (exit 134) with a misleading message; these checks happen first.
"""

from __future__ import annotations

import importlib.util
import os
import re
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from tests.desktop.conftest import REPO, Desktop, cli_command

HELLO = REPO / "examples" / "hello.py"
URL_LINE = re.compile(r"^http://127\.0\.0\.1:\d+/\?token=\S+$")


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_RUNTIME_DIR=str(tmp_path / "run"))
    env.update(extra)
    return env


def _serve_until_url(env: dict[str, str], *args: str) -> tuple[int, str, str]:
    """Launch, wait for the URL line, stop with SIGTERM: exit code, stdout, stderr."""
    process = subprocess.Popen(
        [*cli_command(), str(HELLO), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    stderr: list[str] = []
    pump = threading.Thread(target=lambda: stderr.extend(process.stderr or []), daemon=True)
    pump.start()
    stdout: list[str] = []
    assert process.stdout is not None
    deadline = time.monotonic() + 30
    try:
        for line in process.stdout:
            stdout.append(line)
            if URL_LINE.match(line.strip()) or time.monotonic() > deadline:
                break
        process.send_signal(signal.SIGTERM)
        code = process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    pump.join(5)
    return code, "".join(stdout), "".join(stderr)


def test_without_a_display_it_explains_and_serves_for_a_browser(tmp_path: Path) -> None:
    (tmp_path / "run").mkdir(mode=0o700)
    code, out, err = _serve_until_url(_env(tmp_path))
    assert code == 0, err
    assert "cannot open a window: There is no display" in err
    assert "open the URL below in a browser" in err
    assert any(URL_LINE.match(line) for line in out.splitlines()), out
    assert "Traceback" not in err


def test_an_unreachable_x_display_is_reported_not_aborted(tmp_path: Path) -> None:
    (tmp_path / "run").mkdir(mode=0o700)
    code, out, err = _serve_until_url(_env(tmp_path, DISPLAY=":987"))
    assert code == 0, err  # never 134 (SIGABRT)
    assert "Cannot connect to the X display ':987'" in err
    assert any(URL_LINE.match(line) for line in out.splitlines()), out


@pytest.mark.desktop
def test_a_missing_backend_says_what_to_install_and_opens_the_browser(
    desktop: Desktop, tmp_path: Path
) -> None:
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\necho "$1" >> {opened}\n')
    browser.chmod(0o755)
    # No GTK bindings in this environment: --backend gtk cannot load.
    pytest.importorskip("webview")
    if importlib.util.find_spec("gi") is not None:
        pytest.skip("GTK bindings are installed here")
    code, out, err = _serve_until_url(desktop.env(BROWSER=str(browser)), "--backend", "gtk")
    assert code == 0, err
    assert "The GTK window backend cannot be loaded" in err
    assert "pip install 'pywebview[gtk]'" in err
    assert "--browser" in err
    url = next(line for line in out.splitlines() if URL_LINE.match(line))
    deadline = time.monotonic() + 10
    while not opened.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert opened.read_text().strip() == url


def test_an_unknown_backend_is_a_usage_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [*cli_command(), str(HELLO)],
        capture_output=True,
        text=True,
        env=_env(tmp_path, DATAAPP_DESKTOP_BACKEND="tk"),
        timeout=30,
    )
    assert result.returncode == 2
    assert "Unknown window backend 'tk'" in result.stderr
