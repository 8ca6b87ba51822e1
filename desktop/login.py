"""How the window's page gets the launch token without the token ever being in a URL.

The window first loads `/_dataapp/desktop/open?nonce=<nonce>`. The nonce is good for one
request: it is traded for the token cookie (the app's own, see docs/security.md) and the page
itself, with its first run started; the page then shows `/` in place of the login address. So
the token is on no command line, in no address bar, in no history; a nonce seen later is
already spent. Handlers run on the server's event loop; `OneTimeNonce` is thread-safe.
"""

from __future__ import annotations

import logging
import secrets
import threading
from dataclasses import dataclass, field
from typing import Any

import tornado.web

from dataapp.runtime.runtime import Runtime
from dataapp.server.handlers import PageHandler, address_meta, set_token_cookie
from dataapp.server.security import Access, Security, secret_matches
from dataapp.server.server import Server

LOGIN_PATH = "/_dataapp/desktop/open"

log = logging.getLogger("dataapp_desktop")


class OneTimeNonce:
    """Thread-safe. A random secret that `redeem` accepts exactly once."""

    def __init__(self) -> None:
        self.value = secrets.token_urlsafe(24)
        self._spent = False
        self._lock = threading.Lock()

    def redeem(self, candidate: str | None) -> bool:
        with self._lock:
            if self._spent or not secret_matches(candidate, self.value):
                return False
            self._spent = True
            return True


class DesktopLoginHandler(PageHandler):
    """Trades the window's one-time nonce for the token cookie and the page; refuses
    everything else.

    The page is served here rather than after a redirect to `/`: the cookie only goes to
    /_dataapp/ paths, so `/` would not carry it and could not start the first run while the
    page loads.
    """

    # The gate asks only for loopback, as for the page shell: the window has no token yet,
    # and the one-time nonce, redeemed in `get`, is what stands in for it.
    access = Access.LOOPBACK

    def initialize(  # type: ignore[override]
        self, security: Security, runtime: Runtime, nonce: OneTimeNonce
    ) -> None:
        super().initialize(security, runtime)
        self.nonce = nonce

    def get(self) -> None:
        if not self.nonce.redeem(self.get_query_argument("nonce", None)):
            raise tornado.web.HTTPError(403, reason="This window link was already used")
        self.set_header("Referrer-Policy", "no-referrer")
        set_token_cookie(self, self.security.token)
        head = address_meta("/")
        if self.is_page_load():
            head += self.start_session_meta("", "")
        self.write_shell(head)

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish(f"{status_code}: {self._reason}\n")


@dataclass
class DesktopServer(Server):
    """The engine's server plus the window's login path.

    Until `make_app` takes extra handlers, the route is added to the application that
    `Server.start` built, before the loop serves any request.
    """

    nonce: OneTimeNonce = field(default_factory=OneTimeNonce)
    # Tried in order when no port was asked for (`port` 0): the app's stable origin
    # (web_profile.py); a free port when all are taken.
    preferred_ports: tuple[int, ...] = ()

    def start(self) -> int:
        port = self._listen()
        app = self._http.request_callback if self._http is not None else None
        assert isinstance(app, tornado.web.Application)
        app.add_handlers(
            r".*",
            [
                (
                    LOGIN_PATH,
                    DesktopLoginHandler,
                    {"security": self.security, "runtime": self.runtime, "nonce": self.nonce},
                )
            ],
        )
        return port

    def _listen(self) -> int:
        if self.port == 0:
            for candidate in self.preferred_ports:
                self.port = candidate
                try:
                    return super().start()
                except OSError as error:
                    log.debug("Port %d is taken (%s); trying the next", candidate, error.strerror)
            self.port = 0
            port = super().start()
            if self.preferred_ports:
                log.info(
                    "The app's usual ports (%s) are taken: it runs on port %d this time, where "
                    "the page's cookies and storage from earlier launches are not visible.",
                    ", ".join(map(str, self.preferred_ports)),
                    port,
                )
            return port
        return super().start()

    @property
    def window_url(self) -> str:
        """The URL the window loads first: the one-time login, never the token."""
        return f"{self.url.rstrip('/')}{LOGIN_PATH}?nonce={self.nonce.value}"
