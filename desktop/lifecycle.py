"""The hosted app's life: engine and server on a background thread, hot reload, orderly exit.

`HostedApp.start` and `HostedApp.shutdown` are called on the main thread; `ExitHooks.add`
from any thread. Shutdown order (the same for a closed window, SIGTERM, Ctrl-C):
stop watching files → stop listening and stop every script (`Runtime.stop`) → exit hooks in
the order they were added, each given the sessions that were open → the process exits.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dataapp.runtime.app_session import AppSession
from dataapp.runtime.config import AppConfig
from dataapp.runtime.file_watcher import FileWatcher, forget_local_modules
from dataapp.runtime.host_services import ExitHook
from dataapp.runtime.runtime import Runtime
from dataapp.server.security import Security, make_launch_token
from dataapp.server.server import Server, ServerThread

log = logging.getLogger("dataapp_desktop")

# Scripts get this long to stop; the whole exit stays under two seconds.
SCRIPT_STOP_SECONDS = 1.0


@dataclass(frozen=True)
class _NamedHook:
    name: str
    hook: ExitHook


class ExitHooks:
    """Thread-safe. Work that must happen once when the app exits (flush the session store).

    Hooks run on the main thread after every script has stopped, so session state is final;
    they get the sessions that were open (no longer in `Runtime.sessions`). A failing hook is
    logged and the next one still runs. Engine code that may not import the desktop package
    reaches this object as `runtime.host_services.exit_hooks`.
    """

    def __init__(self) -> None:
        self._hooks: list[_NamedHook] = []
        self._lock = threading.Lock()
        self._ran = False

    def add(self, name: str, hook: ExitHook) -> None:
        with self._lock:
            self._hooks.append(_NamedHook(name, hook))

    def run(self, sessions: Sequence[AppSession]) -> None:
        """Run every hook once; later calls do nothing."""
        with self._lock:
            if self._ran:
                return
            self._ran = True
            hooks = list(self._hooks)
        for named in hooks:
            started = time.monotonic()
            try:
                named.hook(sessions)
            except Exception:
                log.exception("Exit hook %r failed", named.name)
            log.debug("Exit hook %r took %.3fs", named.name, time.monotonic() - started)


@dataclass
class HostedApp:
    """One app served on 127.0.0.1 from a background thread of this process."""

    runtime: Runtime
    server: Server
    thread: ServerThread
    watcher: FileWatcher | None
    exit_hooks: ExitHooks = field(default_factory=ExitHooks)
    _shut_down: bool = False

    @classmethod
    def start(
        cls,
        app_path: Path,
        config: AppConfig,
        *,
        is_desktop: bool,
        hot_reload: bool,
        make_server: Callable[[Runtime, Security, int], Server] = Server,
    ) -> HostedApp:
        """Start serving; raises OSError when the port cannot be bound."""
        runtime = Runtime(str(app_path), config, is_desktop=is_desktop)
        server = make_server(runtime, Security(make_launch_token()), config.port)
        thread = ServerThread(server)
        thread.start()
        hosted = cls(runtime, server, thread, None)
        runtime.host_services.exit_hooks = hosted.exit_hooks
        if hot_reload:
            hosted.watcher = FileWatcher(runtime.script_path, hosted._reload)
            hosted.watcher.start()
        return hosted

    def _reload(self, changed: list[Path]) -> None:
        """A watched file was saved: re-import the app's own modules and re-run, keeping state."""
        dropped = forget_local_modules(Path(self.runtime.script_path).parent)
        log.info(
            "Reloading after a change to %s (re-importing %s)",
            ", ".join(p.name for p in changed),
            ", ".join(dropped) or "no local modules",
        )
        self.runtime.rerun_all_sessions()

    def shutdown(self, timeout: float = SCRIPT_STOP_SECONDS) -> None:
        """Stop everything in order; safe to call more than once."""
        if self._shut_down:
            return
        self._shut_down = True
        if self.watcher is not None:
            self.watcher.stop()
        sessions = self.runtime.sessions
        self.thread.stop(timeout)
        self.exit_hooks.run(sessions)
