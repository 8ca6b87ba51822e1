"""How the window's page gets the launch token without the token ever being in a URL.

The window first loads `/_dataapp/desktop/open?nonce=<nonce>`. The nonce is good for one
request: it is traded for the HttpOnly token cookie and a redirect to `/`. So the token is on
no command line, in no address bar, in no history; a nonce seen later is already spent.
Handlers run on the server's event loop; `OneTimeNonce` is thread-safe.
"""

from __future__ import annotations

import hmac
import secrets
import threading
from dataclasses import dataclass, field
from typing import Any

import tornado.web

from dataapp.server.security import TOKEN_COOKIE, Security
from dataapp.server.server import Server

LOGIN_PATH = "/_dataapp/desktop/open"


class OneTimeNonce:
    """Thread-safe. A random secret that `redeem` accepts exactly once."""

    def __init__(self) -> None:
        self.value = secrets.token_urlsafe(24)
        self._spent = False
        self._lock = threading.Lock()

    def redeem(self, candidate: str | None) -> bool:
        with self._lock:
            if self._spent or not candidate:
                return False
            if not hmac.compare_digest(candidate.encode(), self.value.encode()):
                return False
            self._spent = True
            return True


class DesktopLoginHandler(tornado.web.RequestHandler):
    """Trades the window's one-time nonce for the token cookie; refuses everything else."""

    def initialize(self, security: Security, nonce: OneTimeNonce) -> None:
        self.security = security
        self.nonce = nonce

    def prepare(self) -> None:
        if not self.security.host_allowed(self.request.host):
            raise tornado.web.HTTPError(403, reason="Host not allowed")

    def get(self) -> None:
        if not self.nonce.redeem(self.get_query_argument("nonce", None)):
            raise tornado.web.HTTPError(403, reason="This window link was already used")
        self.set_header("Referrer-Policy", "no-referrer")
        self.set_header("Cache-Control", "no-store")
        self.set_cookie(
            TOKEN_COOKIE, self.security.token, httponly=True, samesite="Strict", path="/"
        )
        self.redirect("/")

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

    def start(self) -> int:
        port = super().start()
        app = self._http.request_callback if self._http is not None else None
        assert isinstance(app, tornado.web.Application)
        app.add_handlers(
            r".*",
            [(LOGIN_PATH, DesktopLoginHandler, {"security": self.security, "nonce": self.nonce})],
        )
        return port

    @property
    def window_url(self) -> str:
        """The URL the window loads first: the one-time login, never the token."""
        return f"{self.url.rstrip('/')}{LOGIN_PATH}?nonce={self.nonce.value}"
