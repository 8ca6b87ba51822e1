"""One server process of a system under test: start it, know when it listens, stop it.

Called from the benchmark's (single) main thread; a daemon thread only copies the server's
output into a queue. `spawned_at` is the wall clock just before the process was created, the
zero of "spawn → first paint".
"""

from __future__ import annotations

import os
import queue
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path
from types import TracebackType

from bench.errors import MeasurementError
from bench.procmem import tree_peak_bytes, tree_rss_bytes
from bench.systems import System

READY_TIMEOUT_S = 60
STOP_TIMEOUT_S = 15


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    def __init__(self, system: System, app: Path, env: dict[str, str] | None = None) -> None:
        self.system = system
        self.app = app.resolve()
        self.env = {**system.launch_env(), **(env or {})}
        self.port = free_port()
        self.output: list[str] = []
        self.url = ""
        self.spawned_at = 0.0
        self.ready_at = 0.0
        self._process: subprocess.Popen[str] | None = None

    @property
    def pid(self) -> int:
        assert self._process is not None
        return self._process.pid

    def start(self) -> Server:
        lines: queue.Queue[str | None] = queue.Queue()
        environment = {**os.environ, **self.env}
        self.spawned_at = time.time()
        self._process = subprocess.Popen(
            self.system.command(self.app, self.port),
            cwd=self.app.parent,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            # Its own process group, so a hung server can be stopped with all it started.
            start_new_session=True,
        )
        process = self._process

        def pump() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                self.output.append(line.rstrip("\n"))
                lines.put(line)
            lines.put(None)

        threading.Thread(target=pump, daemon=True).start()
        deadline = time.monotonic() + READY_TIMEOUT_S
        while True:
            try:
                line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                self.stop()
                raise MeasurementError(
                    f"{self.system.name} printed no URL within {READY_TIMEOUT_S}s: {self.tail()}"
                ) from None
            if line is None:
                code = process.wait()
                raise MeasurementError(
                    f"{self.system.name} exited ({code}) before it was ready: {self.tail()}"
                )
            url = self.system.url_from_line(line, self.port, self.env)
            if url is not None:
                self.ready_at = time.time()
                self.url = url
                return self

    def rss_bytes(self) -> int:
        self._check_running()
        return tree_rss_bytes(self.pid)

    def peak_bytes(self) -> int:
        """The process tree's peak resident memory so far (VmHWM; bench/procmem.py)."""
        self._check_running()
        return tree_peak_bytes(self.pid)

    def _check_running(self) -> None:
        if self._process is None or self._process.poll() is not None:
            raise MeasurementError(f"{self.system.name} is not running: {self.tail()}")

    def tail(self, lines: int = 12) -> str:
        return " | ".join(self.output[-lines:]) or "(no output)"

    def stop(self) -> None:
        process = self._process
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
