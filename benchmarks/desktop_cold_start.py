"""Cold start of the desktop window: `dataapp-desktop examples/hello.py` to first paint.

    python benchmarks/desktop_cold_start.py                 # 5 runs, prints JSON
    python benchmarks/desktop_cold_start.py --runs 9 --app examples/gallery.py

Each run starts a new process with fresh per-user folders (first launch: no saved window,
no web cache) and the Qt backend, and measures from spawn until the page shows the app's
title element, polling the window's page over QtWebEngine's DevTools endpoint (enabled for
the benchmark only). Without a DISPLAY it starts its own Xvfb. The result is one JSON object
on stdout: every run, and the median.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import select
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import tornado.websocket

REPO = Path(__file__).resolve().parents[1]
TITLE_SHOWN = "!!document.querySelector('[data-testid=\"title\"]')"
TIMEOUT_S = 120


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def _display() -> Iterator[str]:
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    if shutil.which("Xvfb") is None:
        raise SystemExit("No DISPLAY and no Xvfb: apt install xvfb, or run on a desktop.")
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    number = b""
    while not number.endswith(b"\n"):
        ready, _, _ = select.select([read_fd], [], [], 20)
        chunk = os.read(read_fd, 16) if ready else b""
        if not chunk:
            xvfb.kill()
            raise SystemExit("Xvfb did not start")
        number += chunk
    os.close(read_fd)
    try:
        yield f":{number.decode().strip()}"
    finally:
        xvfb.terminate()
        xvfb.wait(10)


def _page_ws(devtools_port: int) -> str | None:
    try:
        url = f"http://127.0.0.1:{devtools_port}/json/list"
        with urllib.request.urlopen(url, timeout=1) as reply:
            pages = json.loads(reply.read())
    except (OSError, ValueError):
        return None
    for page in pages:
        if page.get("type") == "page" and "/_dataapp/" not in page.get("url", "/_dataapp/"):
            return str(page["webSocketDebuggerUrl"])
    return None


async def _wait_title(ws_url: str, deadline: float) -> None:
    ws = await tornado.websocket.websocket_connect(ws_url)
    try:
        msg_id = 0
        while time.monotonic() < deadline:
            msg_id += 1
            params = {"expression": TITLE_SHOWN, "returnByValue": True}
            await ws.write_message(
                json.dumps({"id": msg_id, "method": "Runtime.evaluate", "params": params})
            )
            while True:
                raw = await ws.read_message()
                if raw is None:
                    raise RuntimeError("DevTools closed the connection")
                reply = json.loads(raw)
                if reply.get("id") == msg_id:
                    break
            if reply.get("result", {}).get("result", {}).get("value") is True:
                return
            await asyncio.sleep(0.02)
        raise TimeoutError("the title did not appear")
    finally:
        ws.close()


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("dataapp-desktop")
    return [str(script)] if script.exists() else [sys.executable, "-m", "dataapp_desktop"]


def one_run(app: Path, display: str) -> float:
    """Seconds from spawn to the title on screen."""
    with tempfile.TemporaryDirectory(prefix="dcs-", dir="/tmp") as home:
        runtime_dir = Path(home) / "run"
        runtime_dir.mkdir(mode=0o700)
        port = _free_port()
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY",)}
        env.update(
            DISPLAY=display,
            XDG_DATA_HOME=str(Path(home) / "data"),
            XDG_RUNTIME_DIR=str(runtime_dir),
            DATAAPP_DESKTOP_BACKEND="qt",
            QTWEBENGINE_REMOTE_DEBUGGING=f"127.0.0.1:{port}",
        )
        started = time.monotonic()
        process = subprocess.Popen(
            [*_cli(), str(app), "--no-reload"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = started + TIMEOUT_S
            ws_url = None
            while ws_url is None:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"no window page (exit code {process.poll()})")
                ws_url = _page_ws(port)
                if ws_url is None:
                    time.sleep(0.02)
            asyncio.run(_wait_title(ws_url, deadline))
            return time.monotonic() - started
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def measure(app: Path, runs: int) -> dict[str, Any]:
    with _display() as display:
        times = [one_run(app, display) for _ in range(runs)]
    return {
        "benchmark": "desktop_cold_start",
        "app": str(app.relative_to(REPO)) if app.is_relative_to(REPO) else str(app),
        "backend": "qt",
        "first_paint": "title element present (DevTools Runtime.evaluate, polled every 20 ms)",
        "state": "fresh per-user folders each run",
        "runs_s": [round(t, 3) for t in times],
        "median_s": round(statistics.median(times), 3),
        "min_s": round(min(times), 3),
        "max_s": round(max(times), 3),
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "load_average_1m": round(os.getloadavg()[0], 2),
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=REPO / "examples" / "hello.py")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    result = measure(args.app.resolve(), args.runs)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
