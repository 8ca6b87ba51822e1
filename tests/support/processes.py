"""Start `dataapp-desktop` as a real process and read the URL it prints; run code in a fresh
interpreter."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

URL_LINE = re.compile(r"^http://127\.0\.0\.1:(\d+)/\?token=(\S+)$")


def fresh_python_output(code: str) -> str:
    """What `code` prints, run by a new interpreter (nothing imported by the tests leaks in)."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def cli_command() -> list[str]:
    """The installed console script, or the module when the script is not on PATH."""
    script = Path(sys.executable).with_name("dataapp-desktop")
    if script.exists():
        return [str(script)]
    found = shutil.which("dataapp-desktop")
    return [found] if found else [sys.executable, "-m", "dataapp_desktop"]


@dataclass
class ServedApp:
    process: subprocess.Popen[str]
    url: str
    port: int
    token: str
    output: list[str]

    def stop(self, timeout: float = 5.0) -> int:
        if self.process.poll() is None:
            self.process.terminate()
        return self.process.wait(timeout)


def serve_app(
    app: Path, *extra: str, token: str = "test-token", env: dict[str, str] | None = None
) -> ServedApp:
    environment = {**os.environ, "DATAAPP_TOKEN": token, **(env or {})}
    process = subprocess.Popen(
        [*cli_command(), str(app), "--headless", "--port", "0", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=environment,
    )
    output: list[str] = []
    deadline = time.monotonic() + 30
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        output.append(line.rstrip("\n"))
        match = URL_LINE.match(line.strip())
        if match:
            return ServedApp(process, line.strip(), int(match.group(1)), match.group(2), output)
    process.kill()
    raise RuntimeError("dataapp-desktop did not print its URL:\n" + "\n".join(output))
