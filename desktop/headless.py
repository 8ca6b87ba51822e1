"""Serve an app without a window (`--headless`), or in the system browser (`--browser`).

The server runs on a background thread; the main thread prints the URL and waits for SIGINT
or SIGTERM, which stop the scripts and the server within two seconds and return exit code 0.
"""

from __future__ import annotations

import signal
import sys
import threading
import webbrowser
from pathlib import Path
from types import FrameType

from dataapp.runtime.config import AppConfig
from dataapp_desktop.lifecycle import HostedApp


def serve(app_path: Path, config: AppConfig, *, open_browser: bool, hot_reload: bool) -> int:
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    # Handlers first: whoever reads the URL may signal us at once.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, on_signal)
    try:
        hosted = HostedApp.start(app_path, config, is_desktop=False, hot_reload=hot_reload)
    except OSError as error:
        print(
            f"dataapp-desktop: cannot listen on port {config.port}: {error.strerror}",
            file=sys.stderr,
        )
        return 1
    print(f"Serving {app_path.name} at (the token in this URL is needed to open it):", flush=True)
    print(hosted.server.url_with_token, flush=True)
    if open_browser:
        webbrowser.open(hosted.server.url_with_token)
    try:
        # A wait that a signal interrupts at once (its handler sets the event).
        while not stop.wait(1.0):
            pass
    finally:
        hosted.shutdown()
    return 0
