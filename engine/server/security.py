"""Who may talk to the local server: every security decision is one named, tested function.

The server listens on loopback, where every process and every web page on the machine can
reach it. A request must carry the per-launch token; a WebSocket must come from our own
origin; the Host header must name loopback (against DNS rebinding).
"""

from __future__ import annotations

import hmac
import os
import re
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit

TOKEN_ENV = "DATAAPP_TOKEN"
TOKEN_HEADER = "X-Dataapp-Token"
TOKEN_QUERY = "token"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]"})
# The launch-token cookie of the server on port P is `dataapp_token_P`, sent only to paths
# under TOKEN_COOKIE_PATH (docs/security.md, "The launch token and its cookie"). Browsers
# share cookies between all ports of a host: the name keeps two apps in one browser from
# overwriting each other's, and the path keeps every other local server from receiving it.
TOKEN_COOKIE_PREFIX = "dataapp_token"
TOKEN_COOKIE_PATH = "/_dataapp/"
_TOKEN_COOKIE_NAME = re.compile(rf"{TOKEN_COOKIE_PREFIX}(_[0-9]+)?")


def token_cookie_name(host_header: str) -> str:
    """The name of the token cookie for the server a request with this Host header reached.

    Browsers always send the port they connected to; a client that names another port only
    picks a cookie name, the token it carries must still match.
    """
    try:
        port = urlsplit(f"//{host_header}").port
    except ValueError:  # not a port number: no cookie of ours has this name
        port = None
    return f"{TOKEN_COOKIE_PREFIX}_{port or 80}"


def is_token_cookie(name: str) -> bool:
    """A launch-token cookie of any dataapp server on this host (never shown to an app)."""
    return _TOKEN_COOKIE_NAME.fullmatch(name) is not None


def make_launch_token() -> str:
    """The token for this launch: DATAAPP_TOKEN if set (tests, scripts), else random."""
    return os.environ.get(TOKEN_ENV) or secrets.token_urlsafe(24)


@dataclass(frozen=True)
class Security:
    token: str

    def token_matches(self, candidate: str | None) -> bool:
        if not candidate:
            return False
        return hmac.compare_digest(candidate.encode(), self.token.encode())

    def host_allowed(self, host_header: str) -> bool:
        """The Host header names loopback, so a foreign DNS name cannot point a page at us."""
        host = urlsplit(f"//{host_header}").hostname or ""
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return host in LOOPBACK_HOSTS

    def origin_allowed(self, origin: str | None, host_header: str) -> bool:
        """A WebSocket is accepted only from a page served by this very server.

        Browsers always send Origin on WebSocket handshakes; a missing Origin comes from a
        non-browser client, which had to present the token anyway.
        """
        if not origin:
            return True
        parsed = urlsplit(origin)
        return parsed.scheme in ("http", "https") and parsed.netloc == host_header
