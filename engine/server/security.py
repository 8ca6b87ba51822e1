"""Who may talk to the local server: every security decision is one named, tested function.

The server listens on loopback, where every process and every web page on the machine can
reach it. A request must carry the per-launch token; a WebSocket must come from our own
origin; the Host header must name loopback (against DNS rebinding).
"""

from __future__ import annotations

import hmac
import os
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit

TOKEN_ENV = "DATAAPP_TOKEN"
TOKEN_COOKIE = "dataapp_token"
TOKEN_HEADER = "X-Dataapp-Token"
TOKEN_QUERY = "token"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]"})


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
