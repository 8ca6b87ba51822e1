"""Browser end-to-end fixtures: the real server on a test app, and Debian's Chromium.

`app_url` starts `dataapp-desktop <app> --headless --port 0` once per test module (the module
names its app in `APP`), reads the URL line it prints, and stops it with SIGTERM at the end,
asserting that it exits. `page` opens a fresh browser context (a new session) on it.
A missing component (Chromium, Playwright, the built frontend, the CLI) skips the tests,
except under DATAAPP_REQUIRE_ALL=1 (CI), where it fails them.
"""

from __future__ import annotations

import os
import queue
import re
import secrets
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
APPS = Path(__file__).resolve().parent / "apps"
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM = os.environ.get("DATAAPP_CHROMIUM", "/usr/bin/chromium")
REQUIRE_ALL = os.environ.get("DATAAPP_REQUIRE_ALL") == "1"
URL_LINE = re.compile(r"^http://127\.0\.0\.1:\d+/\?token=\S+$")
START_TIMEOUT_S = 30
STOP_TIMEOUT_S = 15

pytestmark = pytest.mark.browser


def missing(reason: str) -> None:
    """Skip, or fail under DATAAPP_REQUIRE_ALL=1: CI must run every browser test."""
    if REQUIRE_ALL:
        pytest.fail(f"{reason} (DATAAPP_REQUIRE_ALL=1 forbids skipping)", pytrace=False)
    pytest.skip(reason)


def cli_command() -> list[str]:
    script = Path(sys.executable).parent / "dataapp-desktop"
    if script.exists():
        return [str(script)]
    found = shutil.which("dataapp-desktop")
    if found:
        return [found]
    missing("the dataapp-desktop command is not installed (pip install -e .)")
    raise AssertionError("unreachable")


# Addresses inside the machine: the app, data/blob URLs, and the browser's own pages
# (chrome:// and chrome-extension://: its PDF viewer, which st.pdf shows).
_INSIDE = ("data:", "blob:", "chrome:", "chrome-extension:")


def offline_guard(blocked: list[str]) -> Callable[[Any], None]:
    """A Playwright route handler that lets through only what stays on this machine and
    records (and aborts) every other request in `blocked`."""
    from urllib.parse import urlparse

    def guard(route: Any) -> None:
        url = route.request.url
        if url.startswith(_INSIDE) or urlparse(url).hostname == "127.0.0.1":
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    return guard


@dataclass
class AppServer:
    url: str
    process: subprocess.Popen[str]
    output: list[str] = field(default_factory=list)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            pytest.fail(f"the server did not exit within {STOP_TIMEOUT_S}s of SIGTERM")


def start_server(app: Path, env: dict[str, str] | None = None) -> AppServer:
    if not (REPO / "engine" / "static" / "index.html").is_file():
        missing("the frontend is not built (cd assets && npm ci && npm run build)")
    token = secrets.token_urlsafe(16)
    process = subprocess.Popen(
        [*cli_command(), str(app), "--headless", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=app.parent,
        env={**os.environ, "DATAAPP_TOKEN": token, **(env or {})},
    )
    lines: queue.Queue[str | None] = queue.Queue()
    output: list[str] = []

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            output.append(line)
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    while True:
        try:
            line = lines.get(timeout=START_TIMEOUT_S)
        except queue.Empty:
            process.kill()
            pytest.fail(f"no URL line within {START_TIMEOUT_S}s; output:\n{''.join(output)}")
        if line is None:
            pytest.fail(
                f"the server exited ({process.wait()}) before printing its URL:\n{''.join(output)}"
            )
        if URL_LINE.match(line):
            assert line.endswith(f"?token={token}"), line
            return AppServer(url=line, process=process, output=output)


@pytest.fixture(scope="module")
def app_url(request: pytest.FixtureRequest) -> Iterator[str]:
    app = (
        APPS / request.module.APP
        if not str(request.module.APP).startswith("/")
        else Path(request.module.APP)
    )
    server = start_server(app)
    try:
        yield server.url
    finally:
        server.stop()
        assert server.process.returncode is not None


# Package scope: Playwright's sync API keeps an asyncio loop running on this thread while it
# lives, which would break later tests (desktop, protocol) that run their own loops.
@pytest.fixture(scope="package")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        missing(f"Chromium not found at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("Playwright for Python is not installed")
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-gpu",
            ],
        )
        yield browser
        browser.close()


class AppPage:
    """A page showing the app, with waits on the frontend's run-state hooks."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.console_errors: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        page.on("pageerror", lambda e: self.console_errors.append(f"pageerror: {e}"))

    def run_count(self) -> int:
        return int(self.page.evaluate("Number(document.getElementById('root').dataset.runCount)"))

    def wait_idle(self, after: int = -1, timeout: float = 15_000) -> None:
        """Waits until a run later than `after` finished and its last update is shown."""
        self.page.wait_for_function(
            """n => { const r = document.getElementById('root');
                      return r.dataset.runState === 'idle' && Number(r.dataset.runCount) > n; }""",
            arg=after,
            timeout=timeout,
        )

    def rerun_after(self, action: Callable[[], object]) -> None:
        """Does `action` (which makes the app rerun) and waits until that run is shown."""
        before = self.run_count()
        action()
        self.wait_idle(after=before)

    def el(self, testid: str, key: str | None = None) -> Any:
        selector = f'[data-testid="{testid}"]' + (f'[data-key="{key}"]' if key else "")
        return self.page.locator(selector)

    def text_of(self, prefix: str) -> str:
        """The text element whose text starts with `prefix` (test apps print "name: value")."""
        loc = self.page.locator('[data-testid="text"]').filter(has_text=prefix)
        return str(loc.first.text_content())


@pytest.fixture
def app_page(browser: Any, app_url: str) -> Iterator[AppPage]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    app = AppPage(page)
    page.goto(app_url)
    app.wait_idle()
    yield app
    context.close()
