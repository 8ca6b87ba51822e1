"""OS notifications over D-Bus: st.desktop.notify always, st.toast only while the window is
not focused; observed with dbus-monitor on a private session bus."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dataapp.testing import AppTest
from tests.desktop.cdp import Page
from tests.desktop.conftest import (
    APPS,
    Desktop,
    run_count,
    screenshot_path,
    text_of,
    wait_run_after,
)

NOTIFY_APP = APPS / "notify_app.py"


class SessionBus:
    """A private D-Bus session bus and a dbus-monitor writing its Notify calls to a file."""

    def __init__(self, tmp_path: Path) -> None:
        self.daemon = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.daemon.stdout is not None
        self.address = self.daemon.stdout.readline().strip()
        self.log = tmp_path / "dbus-monitor.txt"
        with self.log.open("w") as out:
            self.monitor = subprocess.Popen(
                [
                    "dbus-monitor",
                    "--address",
                    self.address,
                    "interface='org.freedesktop.Notifications',member='Notify'",
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        time.sleep(0.5)  # the monitor subscribes before anything is sent

    def notify_calls(self) -> list[list[str]]:
        """The string arguments of each Notify call seen so far."""
        calls: list[list[str]] = []
        for line in self.log.read_text().splitlines():
            if "member=Notify" in line:
                calls.append([])
            elif calls and line.strip().startswith("string "):
                calls[-1].append(line.strip()[len("string ") :].strip('"'))
        return calls

    def stop(self) -> None:
        for process in (self.monitor, self.daemon):
            process.terminate()
            process.wait(10)


@pytest.fixture
def session_bus(tmp_path: Path) -> Iterator[SessionBus]:
    if shutil.which("dbus-daemon") is None or shutil.which("dbus-monitor") is None:
        pytest.skip("dbus-daemon and dbus-monitor are not installed (apt install dbus)")
    bus = SessionBus(tmp_path)
    try:
        yield bus
    finally:
        bus.stop()


def _press(page: Page, key: str) -> None:
    before = run_count(page)
    page.evaluate(
        f'document.querySelector(\'[data-testid="button"][data-key="{key}"] button\').click()'
    )
    wait_run_after(page, before)


def _wait_calls(bus: SessionBus, count: int, timeout: float = 10) -> list[list[str]]:
    deadline = time.monotonic() + timeout
    while len(bus.notify_calls()) < count and time.monotonic() < deadline:
        time.sleep(0.1)
    return bus.notify_calls()


@pytest.mark.desktop
def test_notify_and_unfocused_toasts_reach_the_session_bus(
    desktop: Desktop, session_bus: SessionBus
) -> None:
    if shutil.which("xmessage") is None:
        pytest.skip("xmessage is not installed (apt install x11-utils)")
    app = desktop.launch(NOTIFY_APP, env={"DBUS_SESSION_BUS_ADDRESS": session_bus.address})
    page = app.wait_rendered()
    window = app.window()
    desktop.x.run("xdotool", "windowfocus", "--sync", str(window))
    time.sleep(0.3)

    # The window has the focus: the toast is in the page only.
    _press(page, "toast")
    assert "toast shown" in text_of(page, "markdown")
    time.sleep(1.0)
    assert session_bus.notify_calls() == []

    # st.desktop.notify always asks the OS.
    _press(page, "notify")
    assert "notify returned True" in text_of(page, "markdown")
    calls = _wait_calls(session_bus, 1)
    assert calls[0] == ["Notify App", "", "Report ready", "The quarterly report is done."]

    # Another window has the focus: the toast goes to the OS too, titled as the window is.
    other = subprocess.Popen(
        ["xmessage", "-geometry", "+0+0", "another program"], env=desktop.env()
    )
    try:
        deadline = time.monotonic() + 10
        found: list[int] = []
        while not found and time.monotonic() < deadline:
            found = desktop.x.find("xmessage", pid=other.pid)
            time.sleep(0.1)
        assert found, "xmessage did not show"
        desktop.x.run("xdotool", "windowfocus", "--sync", str(found[-1]))
        time.sleep(0.5)
        _press(page, "toast")
        calls = _wait_calls(session_bus, 2)
        assert calls[1] == ["Notify App", "", "Notify app", "💾 Saved 3 rows"]
        png = screenshot_path("notification-toast-unfocused.png")
        subprocess.run(
            ["import", "-window", "root", str(png)], env=desktop.env(), check=True, timeout=30
        )
    finally:
        other.terminate()
        other.wait(10)
    app.close_window()
    code, _ = app.wait_exit(10)
    assert code == 0, app.output()


def test_notify_without_a_window_returns_false() -> None:
    at = AppTest.from_string(
        "import dataapp as st\n"
        "st.write('sent: ' + repr(st.desktop.notify('Title', 'Body')))\n"
        "st.toast('still a toast')\n"
    ).run()
    assert not at.exception
    assert at.markdown[0].value == "sent: False"
    assert at.toast[0].body == "still a toast"
