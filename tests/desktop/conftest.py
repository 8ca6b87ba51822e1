"""Desktop end-to-end fixtures: a private Xvfb, and `dataapp-desktop` launched into it.

`display` starts one Xvfb for the session (a free display number, chosen by Xvfb itself);
DISPLAY is set only in the environment of the processes the tests start. `desktop` launches
the real command with the Qt backend and QtWebEngine's DevTools on a free port (tests only),
with its own per-user folders, and ends whatever it started. A missing component skips the
tests (tests/conftest.py turns skips into failures under DATAAPP_REQUIRE_ALL=1).
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.desktop.cdp import Page, list_pages
from tests.desktop.x11 import X
from tests.support.xvfb import private_display

REPO = Path(__file__).resolve().parents[2]
APPS = Path(__file__).resolve().parent / "apps"
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
START_TIMEOUT_S = 120
RENDERED = (
    "!!document.querySelector('[data-testid=\"title\"]') && "
    "document.getElementById('root').dataset.runState === 'idle'"
)


def cli_command() -> list[str]:
    script = Path(sys.executable).parent / "dataapp-desktop"
    if script.exists():
        return [str(script)]
    found = shutil.which("dataapp-desktop")
    return [found] if found else [sys.executable, "-m", "dataapp_desktop"]


def missing_component() -> str | None:
    for tool in ("Xvfb", "xdotool", "xwininfo"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt install xvfb xdotool x11-utils)"
    if importlib.util.find_spec("webview") is None:
        return "pywebview is not installed (pip install 'dataapp-desktop[desktop]')"
    if importlib.util.find_spec("PyQt6.QtWebEngineWidgets") is None:
        return "PyQt6-WebEngine is not installed (pip install 'pywebview[qt]')"
    if not (REPO / "engine" / "static" / "index.html").is_file():
        return "the frontend is not built (cd assets && npm ci && npm run build)"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def display() -> Iterator[str]:
    reason = missing_component()
    if reason:
        pytest.skip(reason)
    with private_display("1280x800x24") as display_name:
        yield display_name


def process_state(pid: int) -> str | None:
    """The state letter of a process, None when it is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return None


def is_alive(pid: int) -> bool:
    # A zombie has ended; only its parent (or a slow init) has not collected it yet.
    return process_state(pid) not in (None, "Z", "X")


def descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found: list[int] = []
    todo = [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


@dataclass
class DesktopApp:
    """One launched `dataapp-desktop` process."""

    process: subprocess.Popen[bytes]
    log: Path
    devtools_port: int
    x: X
    err_log: Path | None = None
    _page: Page | None = None
    known_children: set[int] = field(default_factory=set)

    @property
    def pid(self) -> int:
        return self.process.pid

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def errors(self) -> str:
        """What the app wrote to stderr (launched with `separate_stderr`)."""
        assert self.err_log is not None
        return self.err_log.read_text(errors="replace")

    def page(self, timeout: float = START_TIMEOUT_S) -> Page:
        """The window's page, once it shows the app (not the one-time login URL)."""
        if self._page is not None:
            return self._page
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(
                    f"dataapp-desktop exited ({self.process.returncode}):\n{self.output()}"
                )
            with contextlib.suppress(OSError, ValueError):
                for info in list_pages(self.devtools_port):
                    if (
                        info.get("url", "").startswith("http://127.0.0.1:")
                        and "/_dataapp/" not in info["url"]
                    ):
                        self._page = Page(info["webSocketDebuggerUrl"])
                        return self._page
            time.sleep(0.1)
        raise AssertionError(f"no app page within {timeout}s:\n{self.output()}")

    def wait_rendered(self, timeout: float = START_TIMEOUT_S) -> Page:
        page = self.page(timeout)
        page.wait_for(RENDERED, timeout=timeout)
        self.known_children.update(descendants(self.pid))
        return page

    def window(self, timeout: float = 20) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            windows = self.x.find(".", pid=self.pid)
            if windows:
                return windows[-1]
            time.sleep(0.1)
        raise AssertionError("the app's window did not appear")

    def close_window(self) -> None:
        """As the window manager's close button does."""
        self.known_children.update(descendants(self.pid))
        self.x.close(self.window())

    def wait_exit(self, timeout: float) -> tuple[int, float]:
        """Exit code and how long it took."""
        started = time.monotonic()
        code = self.process.wait(timeout)
        return code, time.monotonic() - started

    def leftover_children(self, grace: float = 0.0) -> list[int]:
        deadline = time.monotonic() + grace
        while True:
            left = [pid for pid in self.known_children if is_alive(pid)]
            if not left or time.monotonic() >= deadline:
                return left
            time.sleep(0.02)

    def stop(self) -> None:
        if self._page is not None:
            with contextlib.suppress(Exception):
                self._page.close()
            self._page = None
        self.known_children.update(descendants(self.pid) if self.process.poll() is None else [])
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for pid in self.known_children:
            if is_alive(pid):
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)


class Desktop:
    """Launches apps into the test display with this test's own per-user folders."""

    def __init__(self, display: str, tmp_path: Path) -> None:
        self.display = display
        self.x = X(display)
        self.tmp_path = tmp_path
        self.data_home = tmp_path / "data"
        # Short: a Unix socket path must fit in 108 bytes.
        self.runtime_dir = Path(tempfile.mkdtemp(prefix="dd-", dir="/tmp"))
        self.runtime_dir.chmod(0o700)
        self.launched: list[DesktopApp] = []

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DATAAPP_TOKEN", "PYWEBVIEW_GUI")
        }
        env.update(
            DISPLAY=self.display,
            XDG_DATA_HOME=str(self.data_home),
            XDG_RUNTIME_DIR=str(self.runtime_dir),
            DATAAPP_DESKTOP_BACKEND="qt",
        )
        env.update(extra)
        return env

    def launch(
        self,
        app: Path,
        *args: str,
        devtools: bool = True,
        env: dict[str, str] | None = None,
        separate_stderr: bool = False,
    ) -> DesktopApp:
        """Start the app; its stdout (and stderr, unless `separate_stderr`) go to `app.log`,
        its stderr then to `app.err_log`."""
        port = free_port()
        extra = {"QTWEBENGINE_REMOTE_DEBUGGING": f"127.0.0.1:{port}"} if devtools else {}
        log = self.tmp_path / f"desktop-{len(self.launched)}.log"
        err_log = self.tmp_path / f"desktop-{len(self.launched)}.err" if separate_stderr else None
        with log.open("wb") as out, (err_log or log).open("ab") as err:
            process = subprocess.Popen(
                [*cli_command(), str(app), *args],
                stdout=out,
                stderr=err if separate_stderr else subprocess.STDOUT,
                env=self.env(**extra, **(env or {})),
                cwd=str(self.tmp_path),
            )
        launched = DesktopApp(process, log, port, self.x, err_log=err_log)
        self.launched.append(launched)
        return launched

    def run(
        self, app: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 60
    ) -> subprocess.CompletedProcess[str]:
        """Launch and wait for the exit (a second launch, a failing start)."""
        return subprocess.run(
            [*cli_command(), str(app), *args],
            capture_output=True,
            text=True,
            env=env if env is not None else self.env(),
            cwd=str(self.tmp_path),
            timeout=timeout,
        )

    def cleanup(self) -> None:
        for app in self.launched:
            app.stop()
        shutil.rmtree(self.runtime_dir, ignore_errors=True)


@pytest.fixture
def desktop(display: str, tmp_path: Path) -> Iterator[Desktop]:
    launcher = Desktop(display, tmp_path)
    try:
        yield launcher
    finally:
        launcher.cleanup()


def screenshot_path(name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS / name


def non_background_share(png: Path) -> float:
    """Share of pixels that differ from the most common colour (ImageMagick decodes the PNG)."""
    raw = subprocess.run(
        ["convert", str(png), "-depth", "8", "rgb:-"], capture_output=True, check=True
    ).stdout
    pixels = [raw[i : i + 3] for i in range(0, len(raw) - 2, 3)]
    counts: dict[bytes, int] = {}
    for pixel in pixels:
        counts[pixel] = counts.get(pixel, 0) + 1
    background = max(counts.values())
    return 1 - background / len(pixels)


def set_text(page: Page, selector: str, text: str) -> None:
    """Type into an input as a user would (focus, select all, insert text, Enter)."""
    page.evaluate(f"document.querySelector({selector!r}).focus()")
    page.evaluate(f"document.querySelector({selector!r}).select()")
    page.call("Input.insertText", text=text)
    press_enter(page)


def press_enter(page: Page) -> None:
    for kind in ("keyDown", "keyUp"):
        event: dict[str, Any] = {
            "type": kind,
            "key": "Enter",
            "code": "Enter",
            "windowsVirtualKeyCode": 13,
            "nativeVirtualKeyCode": 13,
        }
        if kind == "keyDown":
            event["text"] = "\r"
        page.call("Input.dispatchKeyEvent", **event)


def run_count(page: Page) -> int:
    return int(page.evaluate("Number(document.getElementById('root').dataset.runCount)"))


def wait_run_after(page: Page, before: int, timeout: float = 30) -> None:
    page.wait_for(
        "document.getElementById('root').dataset.runState === 'idle' && "
        f"Number(document.getElementById('root').dataset.runCount) > {before}",
        timeout=timeout,
    )


def text_of(page: Page, testid: str) -> str:
    value: Any = page.evaluate(
        f"Array.from(document.querySelectorAll('[data-testid=\"{testid}\"]'))"
        ".map(e => e.innerText).join('\\n')"
    )
    return str(value)


def wait_dialog(desktop: Desktop, app: DesktopApp, title: str) -> int:
    """The X window id of the app's dialog titled `title` ("Open file", "Save file")."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        # xdotool's --name also matches other properties: check the title itself.
        found = [w for w in desktop.x.find(f"^{title}$", pid=app.pid) if desktop.x.name(w) == title]
        if found:
            return found[-1]
        time.sleep(0.1)
    raise AssertionError(f"no {title!r} dialog appeared:\n{app.output()}")


def answer_dialog(desktop: Desktop, dialog: int, text: str | None) -> None:
    """Answer a Qt file dialog as a user: type a path and press Enter, or Escape (text None)."""
    desktop.x.run("xdotool", "windowfocus", "--sync", str(dialog))
    time.sleep(0.3)
    if text is None:
        # To the focused window (the dialog, just focused): like a user's key press, and immune
        # to the dialog's X window being replaced while it settles.
        desktop.x.run("xdotool", "key", "Escape")
        return
    desktop.x.run("xdotool", "key", "ctrl+a")
    desktop.x.run("xdotool", "type", "--delay", "20", text)
    time.sleep(0.2)
    desktop.x.run("xdotool", "key", "Return")
