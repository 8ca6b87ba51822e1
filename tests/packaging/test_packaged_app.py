"""End to end: build examples/packaged_app into one executable, then use it as an analyst would.

Builds once per session (several minutes: PyInstaller and LZMA), then, on a private Xvfb, in a
clean environment (`env -i` style: only DISPLAY, HOME, XDG folders, a PATH without the venv;
a different working folder): first launch → the app shows (DOM over DevTools, pixels in an X
screenshot) → visit its second page → pick a region → close the window like a window manager →
relaunch → the region is still picked, nothing was unpacked again → close → no process of
ours is left (read from /proc). Screenshots go to tests/packaging/screenshots/.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.desktop.cdp import CdpError, Page, list_pages
from tests.desktop.x11 import Geometry, X

from .conftest import REPO, SCREENSHOTS, build_app, need_tools

# The first test waits for the session's build (minutes; LZMA on a loaded 2-core machine: more).
pytestmark = [pytest.mark.packaging, pytest.mark.timeout(5400)]

APP = REPO / "examples" / "packaged_app" / "app.py"
NAME = "Sales Explorer"
EXE_NAME = "Sales-Explorer"
BUILD_TIMEOUT_S = 3600
START_TIMEOUT_S = 180
RENDERED = (
    "!!document.querySelector('[data-testid=\"title\"]') && "
    "document.getElementById('root').dataset.runState === 'idle'"
)
REGION_SELECT = 'document.querySelector(\'[data-testid="selectbox"][data-key="region"] select\')'


def offline() -> list[str]:
    """A command prefix that runs a command with no network at all, when this user may.

    `unshare -n` gives the command a network namespace of its own with every interface down
    (root only): a build or an app that tried to reach the network would fail.
    """
    if shutil.which("unshare") is None:
        return []
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    return ["unshare", "-n"] if probe.returncode == 0 else []


def _missing() -> str | None:
    if importlib.util.find_spec("PyInstaller") is None:
        return "PyInstaller is not installed (pip install 'dataapp-desktop[build]')"
    if importlib.util.find_spec("PyQt6.QtWebEngineWidgets") is None:
        return "PyQt6-WebEngine is not installed (pip install 'dataapp-desktop[desktop]')"
    if not (REPO / "engine" / "static" / "index.html").is_file():
        return "the frontend is not built (cd assets && npm ci && npm run build)"
    if not sys.platform.startswith("linux"):
        return "the one-file launcher is Linux-only; see docs/packaging.md for Windows/macOS"
    return None


# Developers: DATAAPP_PACKAGED_EXE=<dist>/Sales-Explorer reuses an executable built from the
# example (with its work folder at <dist>/../work) instead of building one.
REUSE_ENV = "DATAAPP_PACKAGED_EXE"


@pytest.fixture(scope="session")
def executable(tmp_path_factory: pytest.TempPathFactory) -> Path:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    need_tools("objcopy", "strip")
    if os.environ.get(REUSE_ENV):
        return Path(os.environ[REUSE_ENV]).resolve()
    root = tmp_path_factory.mktemp("packaged")
    result = build_app(APP, NAME, root, prefix=tuple(offline()), timeout=BUILD_TIMEOUT_S)
    exe = root / "dist" / EXE_NAME
    assert exe.is_file() and os.access(exe, os.X_OK), result.stdout
    assert f"Built {exe}" in result.stdout
    print(result.stdout)
    return exe


@dataclass
class Home:
    """A user's folders, fresh for the test; the executable runs with only these set."""

    root: Path
    display: str
    devtools_port: int
    marker: str

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    @property
    def data(self) -> Path:
        return self.root / "data"

    def environment(self) -> dict[str, str]:
        runtime = self.root / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        return {
            "DISPLAY": self.display,
            "HOME": str(self.root / "home"),
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CACHE_HOME": str(self.cache),
            "DATAAPP_DATA_DIR": str(self.data),
            # Test-only: DevTools for reading the page (the packaged app ignores the first
            # variable unless the second is set too).
            "QTWEBENGINE_REMOTE_DEBUGGING": f"127.0.0.1:{self.devtools_port}",
            "DATAAPP_ALLOW_REMOTE_DEBUGGING": "1",
            "DATAAPP_TEST_MARKER": self.marker,
        }


def our_processes(marker: str) -> list[tuple[int, str]]:
    """Every live process whose environment carries the test's marker (pid, command line)."""
    found = []
    needle = f"DATAAPP_TEST_MARKER={marker}".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            if needle in (entry / "environ").read_bytes().split(b"\0"):
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
                if state not in ("Z", "X"):
                    command = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
                    found.append((int(entry.name), command.decode(errors="replace")))
    return found


@dataclass
class Launch:
    process: subprocess.Popen[bytes]
    started: float
    log: Path
    home: Home

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def page(self) -> Page:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"exited ({self.process.returncode}):\n{self.output()}")
            with contextlib.suppress(OSError, ValueError):
                for info in list_pages(self.home.devtools_port):
                    url = info.get("url", "")
                    if url.startswith("http://127.0.0.1:") and "/_dataapp/" not in url:
                        return Page(info["webSocketDebuggerUrl"])
            time.sleep(0.05)
        raise AssertionError(f"no app page within {START_TIMEOUT_S}s:\n{self.output()}")


def launch(exe: Path, home: Home, name: str) -> Launch:
    cwd = home.root / "elsewhere"
    cwd.mkdir(exist_ok=True)
    log = home.root / f"{name}.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            ["env", "-i", *[f"{k}={v}" for k, v in home.environment().items()], str(exe)],
            cwd=cwd,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return Launch(process, time.monotonic(), log, home)


def wait_rendered(page: Page, text: str) -> None:
    page.wait_for(RENDERED, timeout=START_TIMEOUT_S)
    page.wait_for(f"document.body.innerText.includes({text!r})", timeout=60)


def x_screenshot(display: str, path: Path) -> None:
    subprocess.run(
        ["import", "-display", display, "-window", "root", str(path)], check=True, timeout=30
    )


def colours(path: Path) -> int:
    out = subprocess.run(
        ["identify", "-format", "%k", str(path)], capture_output=True, text=True, check=True
    )
    return int(out.stdout.strip())


def ink(path: Path, area: Geometry) -> float:
    """The share of dark pixels inside `area` of a screenshot: ~0 for an empty page, ~1 for a
    window not painted yet (black), about 0.5-5 % for the app's light page with its text."""
    crop = f"{area.width}x{area.height}+{area.x}+{area.y}"
    command = ["convert", str(path), "-crop", crop, "-colorspace", "Gray", "-threshold", "50%"]
    out = subprocess.run(
        [*command, "-format", "%[fx:1-mean]", "info:"],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.strip())


def app_window(x: X) -> int:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        windows = x.find(f"^{NAME}$")
        if windows:
            return windows[-1]
        time.sleep(0.1)
    raise AssertionError("the app's window did not appear")


def close_and_wait(launched: Launch, x: X) -> int:
    x.close(app_window(x))
    code = launched.process.wait(60)
    deadline = time.monotonic() + 10
    while our_processes(launched.home.marker) and time.monotonic() < deadline:
        time.sleep(0.2)
    return code


@pytest.fixture
def home(tmp_path: Path, display: str) -> Iterator[Home]:
    need_tools("xdotool", "import", "identify", "env")
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    (tmp_path / "home").mkdir()
    made = Home(tmp_path, display, port, uuid.uuid4().hex)
    yield made
    for pid, _ in our_processes(made.marker):
        with contextlib.suppress(OSError):
            os.kill(pid, 9)


def test_the_executable_runs_offline_keeps_state_and_leaves_nothing_behind(
    executable: Path, home: Home
) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    x = X(home.display)
    size_mb = executable.stat().st_size / 1e6
    print(f"executable: {size_mb:.0f} MB")

    # -- first launch: unpacks, shows the app ------------------------------------------------
    first = launch(executable, home, "first")
    page = first.page()
    wait_rendered(page, "Revenue")
    first_paint = time.monotonic() - first.started
    assert page.evaluate(f"{REGION_SELECT}.selectedOptions[0].textContent") == "All"
    page.screenshot(SCREENSHOTS / "packaged-first-launch-page.png")
    x_screenshot(home.display, SCREENSHOTS / "packaged-first-launch-screen.png")
    assert colours(SCREENSHOTS / "packaged-first-launch-page.png") > 50
    window_area = X(home.display).geometry(app_window(X(home.display)))
    assert 0.003 < ink(SCREENSHOTS / "packaged-first-launch-screen.png", window_area) < 0.2

    (unpacked,) = [p for p in (home.cache / "dataapp-desktop" / "apps").iterdir() if p.is_dir()]
    assert unpacked.name.startswith(f"{EXE_NAME}-")
    marker = (unpacked / ".complete").stat()
    for shipped in ("app/app.py", "app/sales.py", "app/pages/2_Trend.py", "app/data/sales.csv"):
        assert (unpacked / "_internal" / shipped).is_file(), shipped

    # The second page (pages/, `import streamlit` inside the app) works frozen.
    page.evaluate(
        "[...document.querySelectorAll('[data-testid=\"page-link\"]')]"
        ".find(a => a.textContent.includes('Trend')).click()"
    )
    wait_rendered(page, "Monthly trend")
    assert "Best month" in page.evaluate("document.body.innerText")
    page.screenshot(SCREENSHOTS / "packaged-second-page.png")
    page.evaluate(
        "[...document.querySelectorAll('[data-testid=\"page-link\"]')]"
        ".find(a => !a.textContent.includes('Trend')).click()"
    )
    wait_rendered(page, "Revenue")

    # -- one interaction ---------------------------------------------------------------------
    pick_east = (
        "(() => { const s = " + REGION_SELECT + ";"
        " s.value = [...s.options].find(o => o.textContent.trim() === 'East').value;"
        " s.dispatchEvent(new Event('change', {bubbles: true})); })()"
    )
    page.evaluate(pick_east)
    wait_rendered(page, "region: East")
    time.sleep(1.5)  # the session store writes at most about once a second
    page.screenshot(SCREENSHOTS / "packaged-after-interaction.png")
    with contextlib.suppress(CdpError):
        page.close()

    assert close_and_wait(first, x) == 0, first.output()
    assert our_processes(home.marker) == [], "processes left after the first launch"

    # -- second launch: from the cache, state restored -----------------------------------------
    second = launch(executable, home, "second")
    page = second.page()
    wait_rendered(page, "region: East")
    repeat_paint = time.monotonic() - second.started
    assert page.evaluate(f"{REGION_SELECT}.selectedOptions[0].textContent") == "East"
    page.screenshot(SCREENSHOTS / "packaged-relaunch-restored-page.png")
    x_screenshot(home.display, SCREENSHOTS / "packaged-relaunch-restored-screen.png")
    assert 0.003 < ink(SCREENSHOTS / "packaged-relaunch-restored-screen.png", window_area) < 0.2
    after = (unpacked / ".complete").stat()
    assert (after.st_ino, after.st_mtime_ns) == (marker.st_ino, marker.st_mtime_ns), (
        "unpacked again"
    )
    # The state lives under the app's name, not under a temporary or cache path.
    assert [p.name for p in (home.data / "apps").iterdir() if p.name.startswith(EXE_NAME)]
    with contextlib.suppress(CdpError):
        page.close()

    assert close_and_wait(second, x) == 0, second.output()
    left = our_processes(home.marker)
    assert left == [], f"processes left after the second launch: {left}"
    print(f"first launch to first paint {first_paint:.1f}s, repeat {repeat_paint:.1f}s")


def test_a_second_launch_focuses_the_running_one(executable: Path, home: Home) -> None:
    x = X(home.display)
    first = launch(executable, home, "first")
    wait_rendered(first.page(), "Revenue")
    second = launch(executable, home, "second")
    assert second.process.wait(60) == 0, second.output()
    assert "already open" in second.output()
    assert first.process.poll() is None
    assert close_and_wait(first, x) == 0
    assert our_processes(home.marker) == []


def test_the_build_says_what_it_bundled_and_left_out(executable: Path) -> None:
    work = executable.parent.parent / "work"
    left_out = (work / "left-out.txt").read_text()
    assert "qtwebengine_devtools_resources.pak" in left_out
    assert "/qml/" in left_out
    plan = (work / "plan.json").read_text()
    assert '"tkinter"' in plan


def test_the_window_shows_the_app_with_no_network(executable: Path, home: Home) -> None:
    """In a network namespace with only loopback up; checked through X only (pixels, title)."""
    prefix = offline()
    if not prefix:
        pytest.skip("cannot make a network namespace here (unshare -n needs root)")
    x = X(home.display)
    env = " ".join(f"{k}={v}" for k, v in home.environment().items() if "DEVTOOLS" not in k)
    log = home.root / "offline.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [*prefix, "sh", "-c", f"ip link set lo up && exec env -i {env} {executable}"],
            cwd=home.root,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    window = app_window(x)
    area = x.geometry(window)
    shot = SCREENSHOTS / "packaged-offline-screen.png"
    deadline = time.monotonic() + START_TIMEOUT_S
    # The page's text, not just its loading bar (which alone has hundreds of colours).
    while True:
        x_screenshot(home.display, shot)
        if 0.003 < ink(shot, area) < 0.2:
            break
        assert time.monotonic() < deadline, log.read_text(errors="replace")
        time.sleep(0.5)
    x.close(window)
    assert process.wait(60) == 0, log.read_text(errors="replace")
