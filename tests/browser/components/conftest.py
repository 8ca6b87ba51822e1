"""Component tests run each app twice: under dataapp and under Streamlit 1.67 (installed in the
same environment, as every component package brings it), with the same test body. Under
Streamlit the test proves the harness (the app, the package and the test's reading of the page);
under dataapp, that dataapp runs the package unmodified.

`served` starts the module's `APP` under the engine of the test's parameter and opens a page;
a missing Streamlit fails the tests under DATAAPP_REQUIRE_ALL=1 (CI), as any missing part does.
"""

from __future__ import annotations

import importlib.metadata
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import missing, start_server

APPS = Path(__file__).resolve().parent / "apps"
START_TIMEOUT_S = 60


@dataclass
class Served:
    engine: str
    page: Any

    def frame(self, title: str) -> Any:
        """The frame of the component (or st.iframe) titled `title`."""
        return self.page.frame_locator(f'iframe[title="{title}"]')

    def shows(self, text: str, timeout: float = 20_000) -> None:
        """Waits until the app shows `text` (exactly, as one element's text)."""
        self.page.get_by_text(text, exact=True).first.wait_for(timeout=timeout)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_streamlit(app: Path) -> tuple[str, subprocess.Popen[bytes]]:
    # Read from the installed distribution, never by importing it: in this process (where
    # other tests ran AppTest) `import streamlit` may be dataapp's alias.
    try:
        version = importlib.metadata.version("streamlit")
    except importlib.metadata.PackageNotFoundError:
        missing("Streamlit 1.67 is not installed next to dataapp (tests/run installs it)")
        raise AssertionError("unreachable") from None
    if version != "1.67.0":
        missing(f"Streamlit 1.67.0 is the reference, found {version}")
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(app),
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--browser.gatherUsageStats",
            "false",
            "--server.fileWatcherType",
            "none",
        ],
        cwd=app.parent,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "STREAMLIT_CLIENT_TOOLBAR_MODE": "minimal"},
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as answer:
                if answer.status == 200:
                    return url + "/", process
        except OSError:
            time.sleep(0.2)
    process.kill()
    pytest.fail(f"Streamlit did not start on {url} within {START_TIMEOUT_S}s")


@pytest.fixture(scope="module", params=["dataapp", "streamlit"])
def served_url(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    app = APPS / request.module.APP
    if request.param == "dataapp":
        server = start_server(app)
        try:
            yield "dataapp", server.url
        finally:
            server.stop()
        return
    url, process = _start_streamlit(app)
    try:
        yield "streamlit", url
    finally:
        process.terminate()
        process.wait(timeout=15)


@pytest.fixture
def served(browser: Any, served_url: tuple[str, str]) -> Iterator[Served]:
    engine, url = served_url
    context = browser.new_context(viewport={"width": 1200, "height": 1000})
    page = context.new_page()
    page.goto(url)
    yield Served(engine, page)
    context.close()
