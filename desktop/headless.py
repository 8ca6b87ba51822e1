"""Serve an app without a window (`--headless`), or in the system browser (`--browser`).

The server's event loop owns the main thread; SIGINT and SIGTERM stop the scripts and the
server within two seconds and return exit code 0.
"""

from __future__ import annotations

import asyncio
import signal
import sys
import webbrowser
from pathlib import Path

from dataapp.runtime.config import ConfigError, load_config
from dataapp.runtime.runtime import Runtime
from dataapp.server.security import Security, make_launch_token
from dataapp.server.server import Server

SHUTDOWN_SECONDS = 1.5


def serve(app_path: Path, *, port: int | None, open_browser: bool) -> int:
    try:
        config = load_config(app_path)
    except ConfigError as error:
        print(f"dataapp-desktop: {error}", file=sys.stderr)
        return 2
    if port is not None:
        config.port = port
    runtime = Runtime(str(app_path), config)
    server = Server(runtime, Security(make_launch_token()), port=config.port)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(_start(server))
    except OSError as error:
        print(
            f"dataapp-desktop: cannot listen on port {config.port}: {error.strerror}",
            file=sys.stderr,
        )
        return 1

    def shut_down() -> None:
        server.stop(SHUTDOWN_SECONDS)
        loop.stop()

    # Handlers first: whoever reads the URL may signal us at once.
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, shut_down)
    print(f"Serving {app_path.name} at (the token in this URL is needed to open it):", flush=True)
    print(server.url_with_token, flush=True)
    if open_browser:
        webbrowser.open(server.url_with_token)
    try:
        loop.run_forever()
    finally:
        loop.close()
    return 0


async def _start(server: Server) -> None:
    server.start()
