"""Where no window can open, the app says why and serves itself to a browser instead.

Qt would abort the process (exit 134) with a misleading message; these checks happen first.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.desktop.conftest import REPO, Desktop, cli_command, non_background_share, screenshot_path
from tests.desktop.namespaces import cannot_hide_libraries, with_hidden_libraries

HELLO = REPO / "examples" / "hello.py"
URL_LINE = re.compile(r"^http://127\.0\.0\.1:\d+/\?token=\S+$")


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_RUNTIME_DIR=str(tmp_path / "run"))
    env.update(extra)
    return env


def _serve_until_url(
    env: dict[str, str],
    *args: str,
    command: list[str] | None = None,
    while_serving: Callable[[str], None] | None = None,
) -> tuple[int, str, str]:
    """Launch, wait for the URL line (call `while_serving` with it), stop with SIGTERM: exit
    code, stdout, stderr."""
    process = subprocess.Popen(
        command or [*cli_command(), str(HELLO), *args],
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
            if URL_LINE.match(line.strip()):
                if while_serving is not None:
                    while_serving(line.strip())
                break
            if time.monotonic() > deadline:
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


def _recording_browser(tmp_path: Path) -> tuple[Path, Path]:
    """A $BROWSER that writes down the URLs it is asked to open: (the list, the program)."""
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\necho "$1" >> {opened}\n')
    browser.chmod(0o755)
    return opened, browser


def _wait_opened(opened: Path) -> str:
    deadline = time.monotonic() + 10
    while not opened.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    return opened.read_text().strip()


@pytest.mark.desktop
def test_missing_qt_libraries_are_named_and_the_app_opens_in_the_browser(
    desktop: Desktop, tmp_path: Path
) -> None:
    """Debian 12 without libxcb-cursor0 and libxcb-icccm4: Qt would abort (exit 134)."""
    reason = cannot_hide_libraries()
    if reason:
        pytest.skip(reason)
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("chromium is not installed (apt install chromium)")
    opened, browser = _recording_browser(tmp_path)
    hidden = ["libxcb-cursor.so.0", "libxcb-icccm.so.4"]
    command = with_hidden_libraries(hidden, [*cli_command(), str(HELLO)], tmp_path / "hidden")
    png = screenshot_path("missing-libraries-browser-fallback.png")
    png.unlink(missing_ok=True)

    def look_in_a_browser(url: str) -> None:
        # What the user's browser shows: the app, served by the process that could not open
        # its window.
        subprocess.run(
            [
                *(chromium, "--headless", "--no-sandbox", "--disable-gpu"),
                *("--window-size=1100,700", "--virtual-time-budget=15000"),
                f"--screenshot={png}",
                url,
            ],
            capture_output=True,
            timeout=90,
        )

    code, out, err = _serve_until_url(
        desktop.env(BROWSER=str(browser)), command=command, while_serving=look_in_a_browser
    )
    assert code == 0, err  # never 134 (SIGABRT)
    assert "Aborted" not in err and "qt.qpa" not in err and "Traceback" not in err
    assert (
        "cannot open a window: Qt's xcb platform plugin cannot load: these system libraries "
        "are missing: libxcb-cursor.so.0, libxcb-icccm.so.4." in err
    )
    assert "Debian/Ubuntu: sudo apt install libxcb-cursor0 libxcb-icccm4" in err
    assert "Fedora:        sudo dnf install xcb-util-cursor xcb-util-wm" in err
    assert "Opening the app in your web browser instead" in err
    url = next(line for line in out.splitlines() if URL_LINE.match(line))
    assert _wait_opened(opened) == url
    assert png.is_file() and non_background_share(png) > 0.02, "the browser showed no app"


@pytest.mark.desktop
def test_a_missing_backend_says_what_to_install_and_opens_the_browser(
    desktop: Desktop, tmp_path: Path
) -> None:
    opened, browser = _recording_browser(tmp_path)
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
    assert _wait_opened(opened) == url


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
