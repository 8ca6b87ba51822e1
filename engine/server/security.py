"""Who may talk to the local server: one gate, `Security.admit`, that every handler calls.

The server listens on loopback, where every process and every web page on the machine can
reach it. A request must name loopback in its Host header (against DNS rebinding) and carry
the per-launch token, but for the public page shell; a WebSocket or an upload must also come
from a page this server served (its Origin). Pure functions of the request's headers: any
thread may call them; the handlers call them on the server's event loop.
"""

from __future__ import annotations

import hmac
import os
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
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
# Every refusal of the gate is a 403: the caller may not have this, whatever it asks.
REFUSED_STATUS = 403


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


def secret_matches(candidate: str | None, secret: str) -> bool:
    """`candidate` is `secret`, compared in constant time (a wrong guess says nothing about
    how close it was); an empty or missing candidate never matches."""
    if not candidate:
        return False
    return hmac.compare_digest(candidate.encode(), secret.encode())


class Access(Enum):
    """What a route asks of its callers, from least to most."""

    # Any loopback caller: the page shell, which is public and starts nothing without the
    # token (docs/security.md).
    LOOPBACK = "loopback"
    # Loopback and the launch token: everything under /_dataapp/ that reads or shows the app.
    TOKEN = "token"
    # Loopback, the token and, when the client names one, this server's own origin: what a
    # page does in the app's name (the WebSocket, uploads). Browsers always send Origin on
    # these; a client without one is not a browser page and had to present the token anyway.
    OWN_PAGE = "own page"


class Refusal(Enum):
    """Why the gate refused a caller; the value is the reason given with the 403."""

    # The Host header names something other than loopback (a DNS name pointed at us).
    FOREIGN_HOST = "Host not allowed"
    # No launch token in the query, the header or this app's own cookie, or a wrong one.
    NO_TOKEN = "Missing or wrong launch token"
    # A page of another origin (another site, another local server) asked.
    FOREIGN_ORIGIN = "Requests must come from the app's own page"


@dataclass(frozen=True)
class Caller:
    """What the gate reads of a request: its headers only, as the body is not read yet."""

    # The Host header, as sent.
    host: str
    # The `?token=` query argument and the X-Dataapp-Token header, None when absent.
    query_token: str | None
    header_token: str | None
    # Every cookie the request carries, by name: the gate picks this app's own.
    cookies: Mapping[str, str]
    # The Origin header, None when absent.
    origin: str | None = None


@dataclass(frozen=True)
class Admission:
    """The gate's answer: admitted (`refusal` is None), or refused with a 403 and why."""

    refusal: Refusal | None = None

    @property
    def allowed(self) -> bool:
        return self.refusal is None

    @property
    def status(self) -> int:
        return 200 if self.refusal is None else REFUSED_STATUS

    @property
    def reason(self) -> str:
        return "" if self.refusal is None else self.refusal.value


ADMITTED = Admission()


@dataclass(frozen=True)
class Security:
    token: str

    def admit(self, caller: Caller, access: Access) -> Admission:
        """The one security decision of every request, on its headers: may `caller` have
        a route that asks for `access`? Checks, in this order, the Host, the token, the
        Origin; the first that fails is the refusal."""
        if not self.host_allowed(caller.host):
            return Admission(Refusal.FOREIGN_HOST)
        if access is Access.LOOPBACK:
            return ADMITTED
        if not self.holds_token(caller):
            return Admission(Refusal.NO_TOKEN)
        if access is Access.OWN_PAGE and not self.origin_allowed(caller.origin, caller.host):
            return Admission(Refusal.FOREIGN_ORIGIN)
        return ADMITTED

    def holds_token(self, caller: Caller) -> bool:
        """The caller presents the launch token: in the query, the header or this app's own
        cookie (never another app's: each server reads only its own cookie name)."""
        own_cookie = caller.cookies.get(token_cookie_name(caller.host))
        return any(
            self.token_matches(candidate)
            for candidate in (caller.query_token, caller.header_token, own_cookie)
        )

    def token_matches(self, candidate: str | None) -> bool:
        return secret_matches(candidate, self.token)

    def host_allowed(self, host_header: str) -> bool:
        """The Host header names loopback, so a foreign DNS name cannot point a page at us."""
        host = urlsplit(f"//{host_header}").hostname or ""
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return host in LOOPBACK_HOSTS

    def origin_allowed(self, origin: str | None, host_header: str) -> bool:
        """A page's request is accepted only from a page served by this very server.

        Browsers always send Origin on WebSocket handshakes, POSTs and DELETEs; a missing
        Origin comes from a non-browser client, which had to present the token anyway.
        """
        if not origin:
            return True
        parsed = urlsplit(origin)
        return parsed.scheme in ("http", "https") and parsed.netloc == host_header
