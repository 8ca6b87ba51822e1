"""One window per app: a second launch asks the running one to come to the front, then exits.

The running instance holds an exclusive lock on `<runtime dir>/<app key>.lock` (the OS drops
it when the process dies, so a crash never blocks the next launch) and listens on
`<app key>.sock`, a Unix socket in the private runtime folder. On Windows it listens on a
localhost TCP port instead, written with a secret into `<app key>.port`.
The listener runs on a daemon thread and calls `on_activate` there.

Wire format: one JSON line each way. Request `{"command": "activate", "secret": ...}`,
reply `{"ok": true, ...}` with what `on_activate` returned.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

log = logging.getLogger("dataapp_desktop")

IS_WINDOWS = sys.platform == "win32"
# How long a second launch waits for a running instance that is still starting up.
ASK_TIMEOUT_SECONDS = 5.0
_MAX_MESSAGE = 4096

Activate = Callable[[], dict[str, Any]]


class InstanceError(Exception):
    """Another instance holds the lock but does not answer; the message says what to do."""


def _lock_file(handle: IO[bytes]) -> bool:
    if IS_WINDOWS:
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


@dataclass
class InstanceLock:
    """Held by the running instance for its whole life."""

    folder: Path
    key: str
    _handle: IO[bytes] | None = None
    _server: socket.socket | None = None
    _secret: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    _thread: threading.Thread | None = None
    _closed: bool = False

    @property
    def lock_path(self) -> Path:
        return self.folder / f"{self.key}.lock"

    @property
    def socket_path(self) -> Path:
        return self.folder / f"{self.key}.sock"

    @property
    def port_path(self) -> Path:
        return self.folder / f"{self.key}.port"

    def acquire(self) -> bool:
        """True when this process is now the app's one instance."""
        handle = open(self.lock_path, "a+b")  # noqa: SIM115 - held until release()
        if not _lock_file(handle):
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
        self._handle = handle
        return True

    def listen(self, on_activate: Activate) -> None:
        """Answer later launches on a daemon thread."""
        if IS_WINDOWS:
            server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            server.bind(("127.0.0.1", 0))
            port = server.getsockname()[1]
            self.port_path.write_text(json.dumps({"port": port, "secret": self._secret}))
        else:
            # A socket file left by a crashed instance: we hold the lock, so it is stale.
            with contextlib.suppress(FileNotFoundError):
                self.socket_path.unlink()
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            server.bind(str(self.socket_path))
            os.chmod(self.socket_path, 0o600)
        server.listen(4)
        self._server = server
        self._thread = threading.Thread(
            target=self._serve, args=(server, on_activate), name="dataapp-instance", daemon=True
        )
        self._thread.start()

    def _serve(self, server: socket.socket, on_activate: Activate) -> None:
        while not self._closed:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(2.0)
                try:
                    request = _read_json_line(conn)
                    if IS_WINDOWS and request.get("secret") != self._secret:
                        reply: dict[str, Any] = {"ok": False, "error": "wrong secret"}
                    elif request.get("command") == "activate":
                        reply = {"ok": True, **on_activate()}
                    else:
                        reply = {
                            "ok": False,
                            "error": f"unknown command {request.get('command')!r}",
                        }
                    conn.sendall(json.dumps(reply).encode() + b"\n")
                except Exception:
                    log.exception("A second launch sent a request that could not be answered")

    def release(self) -> None:
        self._closed = True
        if self._server is not None:
            with contextlib.suppress(OSError):
                # Wakes the listener thread blocked in accept(); close() alone would not.
                self._server.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                self._server.close()
            path = self.port_path if IS_WINDOWS else self.socket_path
            with contextlib.suppress(OSError):
                path.unlink()
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def _read_json_line(conn: socket.socket) -> dict[str, Any]:
    data = b""
    while not data.endswith(b"\n") and len(data) < _MAX_MESSAGE:
        chunk = conn.recv(1024)
        if not chunk:
            break
        data += chunk
    message = json.loads(data.decode() or "{}")
    return message if isinstance(message, dict) else {}


def _connect(folder: Path, key: str) -> tuple[socket.socket, str]:
    if IS_WINDOWS:
        info = json.loads((folder / f"{key}.port").read_text())
        return socket.create_connection(("127.0.0.1", int(info["port"])), timeout=2.0), str(
            info["secret"]
        )
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    conn.settimeout(2.0)
    try:
        conn.connect(str(folder / f"{key}.sock"))
    except OSError:
        conn.close()
        raise
    return conn, ""


def ask_running_instance(
    folder: Path, key: str, timeout: float = ASK_TIMEOUT_SECONDS
) -> dict[str, Any]:
    """Ask the instance holding the lock to come to the front; its reply."""
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        try:
            conn, secret = _connect(folder, key)
        except (OSError, ValueError, KeyError) as error:
            # Still starting up: it holds the lock but does not listen yet.
            last_error = error
            time.sleep(0.1)
            continue
        with conn:
            conn.sendall(json.dumps({"command": "activate", "secret": secret}).encode() + b"\n")
            return _read_json_line(conn)
    raise InstanceError(
        f"Another dataapp-desktop window of this app is running (lock {folder / key}.lock) "
        f"but does not answer ({last_error}). Close it, or end that process, and try again."
    )
