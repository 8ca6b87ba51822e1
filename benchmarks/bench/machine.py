"""The machine and software a report was measured on (Linux: /proc, /etc/os-release)."""

from __future__ import annotations

import os
import platform
import socket
import subprocess
import sys
from pathlib import Path


def _first(path: str, prefix: str) -> str:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(prefix):
                return line.split(":", 1)[1].strip() if ":" in line else line[len(prefix) :]
    except OSError:
        pass
    return "unknown"


def _os_name() -> str:
    pretty = _first("/etc/os-release", "PRETTY_NAME=").strip('"')
    return f"{pretty}, kernel {platform.release()}"


def _commit(repo: Path) -> str:
    # rev-parse only reads; nothing here may touch the git index.
    done = subprocess.run(
        ["git", "-C", str(repo), "rev-parse", "--short=12", "HEAD"], capture_output=True, text=True
    )
    return done.stdout.strip() or "unknown"


def describe(
    repo: Path, dataapp_version: str, streamlit_version: str, chromium: str
) -> dict[str, str]:
    mem_kib = _first("/proc/meminfo", "MemTotal:").split()[0]
    ram = f"{int(mem_kib) / 1024 / 1024:.1f} GiB" if mem_kib.isdigit() else "unknown"
    return {
        "host": socket.gethostname(),
        "cpu": _first("/proc/cpuinfo", "model name"),
        "cores": str(os.cpu_count()),
        "ram": ram,
        "os": _os_name(),
        "python": sys.version.split()[0],
        "dataapp": f"{dataapp_version} (commit {_commit(repo)}, working tree as found)",
        "streamlit": streamlit_version,
        "chromium": chromium,
    }
