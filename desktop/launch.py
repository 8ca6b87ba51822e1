"""`dataapp-desktop app.py` without flags: the app in its own window, one window per app.

Main thread, in order: can a window be shown here (else: say why and serve to the browser) →
is this app already open (else: ask it to come to the front and exit 0) → serve the app on a
background thread → show the window until it is closed → shut down in order → exit the
process (`run_in_window` does not return once a window was shown).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import sys
from functools import partial
from pathlib import Path
from typing import Any, NoReturn

from dataapp.runtime.config import AppConfig
from dataapp.server.security import TOKEN_ENV
from dataapp_desktop import paths
from dataapp_desktop.diagnostics import log_file, redirect_diagnostics
from dataapp_desktop.gui import (
    GuiUnavailable,
    UnknownBackend,
    check_gui,
    choose_backend,
)
from dataapp_desktop.headless import serve
from dataapp_desktop.lifecycle import HostedApp
from dataapp_desktop.login import DesktopServer
from dataapp_desktop.single_instance import InstanceError, InstanceLock, ask_running_instance
from dataapp_desktop.web_profile import preferred_ports
from dataapp_desktop.window import WindowHost, WindowOptions, say


def run_in_window(
    app_path: Path,
    config: AppConfig,
    *,
    backend: str | None,
    debug: bool,
    hot_reload: bool,
    app_version: str = "",
) -> int:
    """`app_version`: a packaged app's version, for Help ▸ About."""
    try:
        choice = choose_backend(backend)
    except UnknownBackend as error:
        say(str(error))
        return 2
    try:
        check_gui(choice)
    except GuiUnavailable as reason:
        return _browser_fallback(app_path, config, reason, hot_reload=hot_reload)

    lock = InstanceLock(paths.runtime_dir(), paths.app_key(paths.app_identity(app_path, config)))
    if not lock.acquire():
        try:
            reply = ask_running_instance(lock.folder, lock.key)
        except InstanceError as error:
            say(str(error))
            return 1
        if reply.get("activated"):
            say(f"{app_path.name} is already open; brought its window to the front.")
        else:
            say(f"{app_path.name} is already open ({reply.get('reason', 'no answer')}).")
        return 0
    window = _WindowSlot()
    try:
        # At once: a launch right after this one must find someone to answer it.
        lock.listen(window.activate)
        options = WindowOptions(choice, debug, app_version)
        code = _show(app_path, config, options, window, hot_reload=hot_reload)
    finally:
        lock.release()
    exit_process(code)


def exit_process(code: int) -> NoReturn:
    """End the process now that everything that must happen at exit has happened, in order.

    The window's web profile was released, the scripts stopped, the state flushed and the exit
    hooks run; atexit handlers run here too. What is skipped is the interpreter's and
    QtWebEngine's own teardown, which takes a second or more on a busy machine and must not
    hold the process (and the user's next launch) past the two seconds a close may take.
    """
    atexit._run_exitfuncs()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


class _WindowSlot:
    """Answers later launches (instance thread) for the window, once there is one."""

    host: WindowHost | None = None

    def activate(self) -> dict[str, Any]:
        host = self.host
        if host is None:
            return {"activated": False, "reason": "the window is still opening"}
        return host.activate()


def _show(
    app_path: Path,
    config: AppConfig,
    options: WindowOptions,
    window: _WindowSlot,
    *,
    hot_reload: bool,
) -> int:
    debug = options.debug
    if options.gui.backend == "qt" and hasattr(os, "geteuid") and os.geteuid() == 0:
        # QtWebEngine refuses to start as root with its sandbox on.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

    key = paths.app_key(paths.app_identity(app_path, config))
    log_path = log_file(key)
    if not debug:
        # The terminal keeps the app's own output; Qt's and Chromium's go to the log file.
        redirect_diagnostics(log_path, str(app_path))
    try:
        hosted = HostedApp.start(
            app_path,
            config,
            is_desktop=True,
            hot_reload=hot_reload,
            make_server=partial(DesktopServer, preferred_ports=preferred_ports(key)),
        )
    except OSError as error:
        say(f"cannot listen on port {config.port}: {error.strerror}")
        return 1
    print(f"Showing {app_path.name} in its window, served at {hosted.server.url}", flush=True)
    if not debug:
        print(f"(window diagnostics: {log_path})", flush=True)
    # The token stays in this process: child processes (the web engine's) do not inherit it.
    os.environ.pop(TOKEN_ENV, None)
    try:
        window.host = WindowHost(hosted, options)
        window.host.run()
    except Exception as error:
        # pywebview's own start-up failures (WebViewException and the like): a message, no
        # traceback, and the way that still works.
        say(
            f"the window could not start ({type(error).__name__}: {error}). "
            f"The app still runs in a browser: dataapp-desktop {app_path.name} --browser"
        )
        return 1
    finally:
        hosted.shutdown()
    return 0


def _browser_fallback(
    app_path: Path, config: AppConfig, reason: GuiUnavailable, *, hot_reload: bool
) -> int:
    has_display = reason.has_display
    say(f"cannot open a window: {reason}")
    if has_display:
        say(
            "Opening the app in your web browser instead (next time: dataapp-desktop "
            f"{app_path.name} --browser)."
        )
    else:
        say(
            "Serving the app for a web browser instead: open the URL below in a browser on "
            "this machine (or run with --headless and forward the port)."
        )
    sys.stderr.flush()
    return serve(app_path, config, open_browser=has_display, hot_reload=hot_reload)
