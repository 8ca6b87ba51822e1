"""One window per app: a second launch raises the first window and exits 0."""

from __future__ import annotations

import os
import signal
import socket
import time

import pytest

from tests.desktop.conftest import APPS, REPO, Desktop, descendants, is_alive

pytestmark = pytest.mark.desktop

HELLO = REPO / "examples" / "hello.py"
OTHER = APPS / "other_app.py"


def _above(order: list[int], upper: int, lower: int) -> bool:
    return order.index(upper) > order.index(lower)


def test_a_second_launch_raises_the_first_window_and_exits_0(desktop: Desktop) -> None:
    first = desktop.launch(HELLO)
    first.wait_rendered()
    first_window = first.window()
    other = desktop.launch(OTHER)
    other.wait_rendered()
    other_window = other.window()
    assert _above(desktop.x.stacking_order(), other_window, first_window)

    started = time.monotonic()
    second = desktop.run(HELLO)
    assert second.returncode == 0, second.stderr
    assert "hello.py is already open; brought its window to the front." in second.stderr
    assert time.monotonic() - started < 10

    deadline = time.monotonic() + 5
    while not _above(desktop.x.stacking_order(), first_window, other_window):
        assert time.monotonic() < deadline, "the first window was not raised"
        time.sleep(0.1)
    assert first.process.poll() is None  # still running, still one window
    assert len(desktop.x.find("^Hello, dataapp$")) == 1


def test_a_crashed_instance_does_not_block_the_next_launch(desktop: Desktop) -> None:
    crashed = desktop.launch(HELLO)
    crashed.wait_rendered()
    helpers = descendants(crashed.pid)
    crashed.process.send_signal(signal.SIGKILL)
    crashed.process.wait(10)
    for pid in helpers:  # the web engine's orphans; a real crash leaves them to die alone
        if is_alive(pid):
            os.kill(pid, signal.SIGKILL)
    sockets = list(desktop.runtime_dir.rglob("*.sock"))
    assert sockets, "the crashed instance should have left its socket file behind"
    with socket.socket(socket.AF_UNIX) as probe, pytest.raises(ConnectionRefusedError):
        probe.connect(str(sockets[0]))

    again = desktop.launch(HELLO)
    again.wait_rendered()
    assert again.process.poll() is None
