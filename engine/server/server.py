"""The local HTTP and WebSocket server around one Runtime.

`Server.start()` binds on the calling thread's asyncio loop; `ServerThread` runs one on a
background thread for the desktop window. Only the loop's thread touches the server; the one
exception is the run listener that reports the uploads a session's widgets hold, which runs on
that session's script thread and only calls the thread-safe UploadStore.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from dataclasses import dataclass
from pathlib import Path

import tornado.httpserver
import tornado.ioloop
import tornado.netutil
import tornado.web

from dataapp.runtime.app_session import AppSession
from dataapp.runtime.media_store import upload_ids_in
from dataapp.runtime.runtime import Runtime
from dataapp.runtime.script_runner import RunResult
from dataapp.runtime.vendored import VendoredAssets
from dataapp.runtime.warm_imports import warm_imports
from dataapp.server.component_files import ComponentFileHandler, VendoredFileHandler
from dataapp.server.handlers import (
    STATIC_DIR,
    HealthHandler,
    PageHandler,
    StaticHandler,
    StreamHandler,
    TokenCheckedHandler,
)
from dataapp.server.media_handlers import MediaHandler, UploadHandler
from dataapp.server.request_bodies import SERVER_MAX_BODY_BYTES
from dataapp.server.security import Security

LOOPBACK = "127.0.0.1"
MB = 1024 * 1024
# How often unclaimed uploads are looked for: a quarter of their lifetime, within these bounds.
MIN_SWEEP_SECONDS = 0.05
MAX_SWEEP_SECONDS = 30.0


class NotFoundHandler(TokenCheckedHandler):
    """Any other address: 404 to a caller with the token, 403 to anyone else, both on the
    headers (tornado's own 404 handler would read the body first)."""

    def prepare(self) -> None:
        super().prepare()
        raise tornado.web.HTTPError(404)


def make_app(runtime: Runtime, security: Security) -> tornado.web.Application:
    common = {"security": security}
    # Web assets the build copied into the app (docs/components.md, "Offline").
    with_vendored = {**common, "vendored": VendoredAssets.of_app(Path(runtime.script_path).parent)}
    return tornado.web.Application(
        [
            (r"/", PageHandler, {**common, "runtime": runtime}),
            # Pages of a multipage app have their own URL path; the same page answers them.
            (r"/(?!_dataapp/)[^/]+/?", PageHandler, {**common, "runtime": runtime}),
            (r"/_dataapp/health", HealthHandler, common),
            (r"/_dataapp/stream", StreamHandler, {**common, "runtime": runtime}),
            (r"/_dataapp/media/([0-9a-f]+)", MediaHandler, {**common, "runtime": runtime}),
            (r"/_dataapp/upload(?:/([0-9a-f]+))?", UploadHandler, {**common, "runtime": runtime}),
            (r"/_dataapp/component/([^/]+)/(.*)", ComponentFileHandler, with_vendored),
            (r"/_dataapp/vendor/(.*)", VendoredFileHandler, with_vendored),
            # Under /_dataapp/, where the token cookie goes (docs/security.md).
            (r"/_dataapp/static/(.*)", StaticHandler, {**common, "path": str(STATIC_DIR)}),
        ],
        default_handler_class=NotFoundHandler,
        default_handler_args=common,
        websocket_max_message_size=64 * 1024 * 1024,
        websocket_ping_interval=20,
    )


@dataclass
class Server:
    runtime: Runtime
    security: Security
    port: int = 0
    address: str = LOOPBACK

    def __post_init__(self) -> None:
        self._http: tornado.httpserver.HTTPServer | None = None
        self._upload_sweeper: tornado.ioloop.PeriodicCallback | None = None

    def start(self) -> int:
        """Listen on the running loop; returns the port (a free one when asked for 0)."""
        sockets = tornado.netutil.bind_sockets(self.port, self.address, family=socket.AF_INET)
        self.port = sockets[0].getsockname()[1]
        self._http = tornado.httpserver.HTTPServer(
            make_app(self.runtime, self.security), max_body_size=SERVER_MAX_BODY_BYTES
        )
        self._http.add_sockets(sockets)
        self._keep_uploads_bounded()
        # pandas & co. load while the page does (see runtime/warm_imports.py).
        warm_imports(self.runtime.script_path)
        return self.port

    def _keep_uploads_bounded(self) -> None:
        """Uploads live while a widget holds them (reported after each run) and are freed a
        while after (UploadStore), even when nobody uses the app any more."""
        uploads = self.runtime.media.uploads
        uploads.max_session_bytes = int(self.runtime.config.max_session_upload_size_mb * MB)

        def hold_uploads(session: AppSession, _: RunResult) -> None:
            # On the script thread, which owns the session's state, at the end of each run.
            values = session.session_state.widget_values().values()
            uploads.hold(session.id, upload_ids_in(values))

        self.runtime.add_run_listener(hold_uploads)
        every = min(MAX_SWEEP_SECONDS, max(MIN_SWEEP_SECONDS, uploads.unclaimed_seconds / 4))

        def sweep() -> None:
            uploads.sweep()

        self._upload_sweeper = tornado.ioloop.PeriodicCallback(sweep, every * 1000)
        self._upload_sweeper.start()

    @property
    def url(self) -> str:
        return f"http://{self.address}:{self.port}/"

    @property
    def url_with_token(self) -> str:
        return f"{self.url}?token={self.security.token}"

    def stop(self, timeout: float = 2.0) -> None:
        """Stop listening and stop every script (called on the loop's thread)."""
        if self._http is not None:
            self._http.stop()
        if self._upload_sweeper is not None:
            self._upload_sweeper.stop()
        self.runtime.stop(timeout)


class ServerThread:
    """A Server on its own thread and event loop (the desktop window owns the main thread)."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._main, name="dataapp-server", daemon=True)

    def start(self, timeout: float = 10.0) -> int:
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RuntimeError("The dataapp server did not start in time.")
        if self._error is not None:
            raise self._error
        return self.server.port

    def _main(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._bind())
        except BaseException as error:
            self._error = error
            self._ready.set()
            return
        self._ready.set()
        loop.run_forever()
        loop.close()

    async def _bind(self) -> None:
        self.server.start()

    def stop(self, timeout: float = 2.0) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        done = threading.Event()

        def stop_on_loop() -> None:
            try:
                self.server.stop(timeout)
            finally:
                loop.stop()
                done.set()

        loop.call_soon_threadsafe(stop_on_loop)
        done.wait(timeout + 1.0)
        self._thread.join(1.0)
