"""The real server of a protocol test: the test module's `APP` source, served on a background
thread for the test and stopped after it. A module that needs another server (its own config,
a runtime to reach into) defines its own `server` fixture, which takes precedence."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.ws_client import RunningServer, start_server


@pytest.fixture
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RunningServer]:
    app = tmp_path / "app.py"
    app.write_text(textwrap.dedent(request.module.APP))
    running = start_server(app)
    yield running
    running.stop()
