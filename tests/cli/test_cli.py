"""The command line, as a user types it."""

from __future__ import annotations

import signal
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from dataapp.version import __version__
from tests.support.processes import cli_command, serve_app


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*cli_command(), *args], capture_output=True, text=True, timeout=60)


def test_version() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"dataapp-desktop {__version__}"


def test_help_shows_examples() -> None:
    result = _run("--help")
    assert result.returncode == 0
    assert "--headless" in result.stdout and "examples:" in result.stdout


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [("missing.py", None, "No such file"), ("notes.txt", "x", "not a Python script")],
)
def test_a_bad_app_path_is_a_one_line_error(
    tmp_path: Path, name: str, content: str | None, message: str
) -> None:
    if content is not None:
        (tmp_path / name).write_text(content)
    result = _run(str(tmp_path / name), "--headless")
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_headless_prints_its_url_and_stops_cleanly_on_a_signal(tmp_path: Path, signum: int) -> None:
    app = tmp_path / "app.py"
    app.write_text("import dataapp as st\nst.write('hi')\n")
    served = serve_app(app)
    with urllib.request.urlopen(
        f"http://127.0.0.1:{served.port}/_dataapp/health?token={served.token}"
    ) as reply:
        assert reply.read() == b"ok"
    started = time.monotonic()
    served.process.send_signal(signum)
    assert served.process.wait(5) == 0
    assert time.monotonic() - started < 2.0


def test_a_script_stuck_in_a_loop_does_not_block_shutdown(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("import time\nwhile True:\n    time.sleep(0.1)\n")
    served = serve_app(app)
    # The page would start the run; open a session over the WebSocket to start the stuck script.
    import asyncio

    import tornado.websocket

    async def open_session() -> None:
        ws = await tornado.websocket.websocket_connect(
            f"ws://127.0.0.1:{served.port}/_dataapp/stream?token={served.token}"
        )
        await ws.read_message()
        ws.close()

    asyncio.run(open_session())
    started = time.monotonic()
    served.process.terminate()
    assert served.process.wait(5) == 0
    assert time.monotonic() - started < 2.5


def test_the_token_can_be_fixed_by_the_environment(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("import dataapp as st\n")
    served = serve_app(app, token="chosen-by-test")
    try:
        assert served.url.endswith("?token=chosen-by-test")
    finally:
        assert served.stop() == 0
