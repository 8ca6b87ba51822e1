"""Tornado handlers: the page, static files, health and the session WebSocket (media and
uploads: media_handlers.py).

All handlers run on the server's event loop. Each asks the gate (`Security.admit`, through
`admit_or_refuse`) in `prepare`, on the request's headers and before any work: nothing is
served to a caller without the launch token, but for the page shell itself (PageHandler: the
public frontend's index.html, which starts nothing without the token).
"""

from __future__ import annotations

import asyncio
import html
import logging
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode

import tornado.httputil
import tornado.web
import tornado.websocket
from google.protobuf.message import DecodeError

from dataapp.proto.back_pb2 import BackMsg
from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.runtime.app_session import AppSession, ClientInfo
from dataapp.runtime.runtime import Runtime
from dataapp.server.request_bodies import limit_request_body
from dataapp.server.security import (
    TOKEN_COOKIE_PATH,
    TOKEN_HEADER,
    TOKEN_QUERY,
    Access,
    Caller,
    Security,
    is_token_cookie,
    token_cookie_name,
)

log = logging.getLogger("dataapp.server")

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"

# A WebSocket close code for a message that could not be understood (RFC 6455: 1007).
CLOSE_MALFORMED = 1007


def caller_of(handler: tornado.web.RequestHandler) -> Caller:
    """What the gate reads of the handler's request (its headers), read as tornado reads
    arguments and cookies for the handler itself."""
    headers = handler.request.headers
    return Caller(
        host=handler.request.host,
        query_token=handler.get_query_argument(TOKEN_QUERY, None),
        header_token=headers.get(TOKEN_HEADER),
        cookies={name: morsel.value for name, morsel in handler.request.cookies.items()},
        # Old WebSocket drafts sent Sec-WebSocket-Origin instead; tornado reads it too.
        origin=headers.get("Origin", headers.get("Sec-WebSocket-Origin")),
    )


def admit_or_refuse(
    handler: tornado.web.RequestHandler, security: Security, access: Access
) -> None:
    """In a handler's `prepare`: ask the gate, and answer a refused caller with its 403."""
    admission = security.admit(caller_of(handler), access)
    if not admission.allowed:
        raise tornado.web.HTTPError(admission.status, reason=admission.reason)


@tornado.web.stream_request_body
class TokenCheckedHandler(tornado.web.RequestHandler):
    """Serves only callers the gate admits (by default, those with the launch token), decided
    on the request's headers.

    Bodies stream (request_bodies.py), so `prepare` runs before any byte of a body is read: a
    stranger's body is never read, and a route takes no body unless `body_limit` says so.
    A route that asks more or less of its callers says so in `access`.
    """

    access = Access.TOKEN

    def initialize(self, security: Security, **_: Any) -> None:
        self.security = security

    def prepare(self) -> None:
        self.check_caller()
        limit_request_body(self, self.body_limit())

    def check_caller(self) -> None:
        """Refuse (403) a caller the gate does not admit to a route asking for `access`."""
        admit_or_refuse(self, self.security, self.access)

    def body_limit(self) -> int:
        """Bytes of request body this route takes: none, but for the upload."""
        return 0

    def data_received(self, chunk: bytes) -> None:
        """Routes with a body keep it (UploadHandler); the others never get here, as
        `limit_request_body` let them take 0 bytes."""

    def set_default_headers(self) -> None:
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("Referrer-Policy", "no-referrer")

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        if status_code == 403:
            self.finish(
                "403: this dataapp server needs its launch token. Open the exact URL that "
                "dataapp-desktop printed when it started.\n"
            )
        else:
            self.finish(f"{status_code}: {self._reason}\n")


class PageHandler(TokenCheckedHandler):
    """The page shell (index.html) at `/` and `/<page>`.

    The shell is the public frontend bundle's page and is served to any loopback caller: the
    token cookie only goes to paths under /_dataapp/ (docs/security.md), so a reload of `/`
    never carries it. A request with the token (the printed `?token=` URL) also gets the
    cookie and, when it is a page load, the page's first run started at once; a shell served
    without the token starts nothing, and the page's WebSocket (which carries the cookie)
    makes the session. Everything the shell loads needs the token.
    """

    access = Access.LOOPBACK

    def initialize(self, security: Security, runtime: Runtime) -> None:  # type: ignore[override]
        super().initialize(security)
        self.runtime = runtime

    def get(self) -> None:
        head = b""
        query = app_query(self.request.query)
        caller = caller_of(self)
        if caller.query_token is not None:
            # The page shows its address without the token (history.replaceState): the token
            # leaves the address bar and the history, and a reload loads the public shell.
            head += address_meta(self.request.path + (f"?{query}" if query else ""))
            if self.security.token_matches(caller.query_token):
                set_token_cookie(self, self.security.token)
        if self.security.holds_token(caller) and self.is_page_load():
            head += self.start_session_meta(query, page_name_of(self.request.path))
        self.write_shell(head)

    def write_shell(self, head: bytes) -> None:
        """index.html with `head` (meta tags for the page) at the end of its <head>."""
        index = STATIC_DIR / "index.html"
        if not index.is_file():
            raise tornado.web.HTTPError(
                500, reason="The frontend is not built (engine/static/index.html)"
            )
        page = index.read_bytes()
        if head:
            page = page.replace(b"</head>", head + b"</head>", 1)
        self.set_header("Content-Type", "text/html; charset=utf-8")
        # Each load names a session of its own (start_session_meta): never keep a copy.
        self.set_header("Cache-Control", "no-store")
        self.set_header(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; "
            "style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; "
            "script-src 'self'; object-src 'none'; frame-ancestors 'none'",
        )
        self.write(page)

    def is_page_load(self) -> bool:
        """A browser loading the page to show it (not a prefetch, a probe or a script)."""
        destination = self.request.headers.get("Sec-Fetch-Dest")
        if destination is not None:
            return destination == "document"
        return "text/html" in self.request.headers.get("Accept", "")

    def start_session_meta(self, query: str, page_name: str) -> bytes:
        """Start the page's first run now, while the page loads, and name its session in the
        page for the page's WebSocket to claim (docs/protocol.md)."""
        session = self.runtime.start_session_for_page(
            asyncio.get_running_loop(),
            query,
            page_name,
            client_info_of(self.request, page_params=None),
        )
        return f'<meta name="dataapp-session" content="{session.id}">'.encode()


def set_token_cookie(handler: tornado.web.RequestHandler, token: str) -> None:
    """Give the browser the launch token as this server's own cookie (docs/security.md)."""
    handler.set_cookie(
        token_cookie_name(handler.request.host),
        token,
        httponly=True,
        samesite="Strict",
        path=TOKEN_COOKIE_PATH,
    )


def address_meta(address: str) -> bytes:
    """Tells the page the address to show instead of the one it was loaded from (which
    carries a secret): assets/src/session/address.ts puts it in the address bar."""
    return f'<meta name="dataapp-address" content="{html.escape(address)}">'.encode()


def app_query(query: str) -> str:
    """The app's query string: the page's, without the launch token (not the app's)."""
    kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k != TOKEN_QUERY]
    return urlencode(kept)


def page_name_of(path: str) -> str:
    """The multipage app's page a URL path shows: its first segment ("" = the main page),
    as the page itself works it out (currentPageFromUrl in assets/src/session/connection.ts)."""
    return unquote(next((part for part in path.split("/") if part), ""))


def client_info_of(
    request: tornado.httputil.HTTPServerRequest, page_params: dict[str, str] | None
) -> ClientInfo:
    """What st.context may tell the app about the browser: never the launch token.

    `page_params` are what the page itself said when it connected (locale, tz, tzo, theme);
    None for the page request, which comes before the page could say them.
    """
    cookies = tuple(
        (name, morsel.value)
        for name, morsel in request.cookies.items()
        if not is_token_cookie(name)
    )
    headers: list[tuple[str, str]] = []
    for name, value in request.headers.get_all():
        if name.lower() == TOKEN_HEADER.lower():
            continue
        if name.lower() == "cookie":
            value = "; ".join(f"{k}={v}" for k, v in cookies)
            if not value:
                continue
        headers.append((name, value))
    reported = page_params or {}
    offset = reported.get("tzo", "")
    return ClientInfo(
        headers=tuple(headers),
        cookies=cookies,
        origin=f"{request.protocol}://{request.host}",
        ip_address=request.remote_ip or "",
        locale=reported.get("locale", ""),
        timezone=reported.get("tz", ""),
        timezone_offset=int(offset) if offset.lstrip("-").isdigit() else None,
        theme=reported.get("theme", ""),
        page_reported=page_params is not None,
    )


@tornado.web.stream_request_body
class StaticHandler(tornado.web.StaticFileHandler):
    """Built frontend files. StaticFileHandler already refuses paths outside its root.

    Streams bodies only so that `prepare` runs on the headers (request_bodies.py): it takes none.
    """

    def initialize(  # type: ignore[override]
        self, path: str, default_filename: str | None = None, security: Security | None = None
    ) -> None:
        super().initialize(path, default_filename)
        assert security is not None
        self.security = security

    def prepare(self) -> None:
        admit_or_refuse(self, self.security, Access.TOKEN)
        limit_request_body(self, 0)

    def data_received(self, chunk: bytes) -> None:
        """Never reached: `prepare` let this route take 0 bytes of body."""

    def set_extra_headers(self, path: str) -> None:
        self.set_header("X-Content-Type-Options", "nosniff")
        # Built file names carry a content hash: they never change under the same name.
        if "/assets/" in f"/{path}":
            self.set_header("Cache-Control", "public, max-age=31536000, immutable")


class HealthHandler(TokenCheckedHandler):
    def get(self) -> None:
        self.set_header("Content-Type", "text/plain")
        self.write("ok")


# The tag of ForwardMsgList.msgs (field 1, length-delimited).
_MSGS_TAG = b"\x0a"


def forward_frame(messages: list[ForwardMsg]) -> bytes:
    """One WebSocket frame: the ForwardMsgList of `messages`, written by joining each message's
    bytes behind its field prefix (the protobuf encoding of a repeated message field)."""
    parts: list[bytes] = []
    for msg in messages:
        body = msg.SerializeToString()
        parts += (_MSGS_TAG, _varint(len(body)), body)
    return b"".join(parts)


def _varint(value: int) -> bytes:
    out = bytearray()
    while value > 0x7F:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


@tornado.web.stream_request_body
class StreamHandler(tornado.websocket.WebSocketHandler):
    """One WebSocket per page: BackMsgs in, ForwardMsgLists out, binary protobuf both ways.

    The handshake streams its (empty) body so that `prepare` runs on the headers
    (request_bodies.py).
    """

    def initialize(self, security: Security, runtime: Runtime) -> None:
        self.security = security
        self.runtime = runtime
        self.session: AppSession | None = None

    def prepare(self) -> None:
        # The Origin too: tornado would check it only after the handshake's own checks.
        admit_or_refuse(self, self.security, Access.OWN_PAGE)
        limit_request_body(self, 0)

    def data_received(self, chunk: bytes) -> None:
        """Never reached: `prepare` let the handshake take 0 bytes of body."""

    def check_origin(self, origin: str) -> bool:
        """Tornado's origin hook, answered by the gate's own rule: `prepare` has refused a
        foreign Origin already, so this only keeps tornado's looser default from applying."""
        return self.security.origin_allowed(origin, self.request.host)

    def open(self, *args: str, **kwargs: str) -> None:
        # A run is several small writes: without this, Nagle's algorithm holds the second one
        # back until the page's delayed ACK (40 ms on Linux), on every rerun.
        self.set_nodelay(True)
        loop = asyncio.get_running_loop()
        query_string = self.get_query_argument("q", "") or ""
        page_name = self.get_query_argument("page", "") or ""
        wanted = self.get_query_argument("session", None)
        client = client_info_of(
            self.request,
            page_params={
                name: self.get_query_argument(name, "") or ""
                for name in ("locale", "tz", "tzo", "theme")
            },
        )
        # The session this page's request started, or the page's own after a dropped socket;
        # a session that another page is connected to is never handed over (docs/security.md).
        reclaimed = self.runtime.reconnect_session(wanted, self, loop, client) if wanted else None
        if reclaimed is not None:
            self.session = reclaimed
            return

        def before_first_run(session: AppSession) -> None:
            session.client_info = client

        self.session = self.runtime.create_session(
            self, loop, query_string, page_name, before_first_run=before_first_run
        )

    def deliver(self, messages: list[ForwardMsg]) -> None:
        if self.ws_connection is None or self.ws_connection.is_closing():
            return
        try:
            self.write_message(forward_frame(messages), binary=True)
        except tornado.websocket.WebSocketClosedError:
            return

    def on_message(self, message: str | bytes) -> None:
        if self.session is None:
            return
        if isinstance(message, str):
            self.close(CLOSE_MALFORMED, "expected a binary protobuf BackMsg")
            return
        msg = BackMsg()
        try:
            msg.ParseFromString(message)
        except DecodeError:
            log.warning(
                "Closing a connection that sent a malformed message (%d bytes)", len(message)
            )
            self.close(CLOSE_MALFORMED, "malformed BackMsg")
            return
        try:
            self.session.handle_back_msg(msg)
        except Exception:
            log.exception("Closing a connection whose message could not be handled")
            self.close(CLOSE_MALFORMED, "message could not be handled")

    def on_close(self) -> None:
        if self.session is not None:
            self.runtime.disconnect_session(self.session.id, self)

    def get_compression_options(self) -> dict[str, Any] | None:
        # Loopback is fast; compressing would only cost CPU on both ends.
        return None
