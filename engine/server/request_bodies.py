"""How much request body each route takes, decided on the request's headers, after the launch
token is checked and before one byte of the body is read.

Tornado reads a whole body (up to the HTTPServer's `max_body_size`) before a handler's
`prepare` runs, unless the handler class is decorated with `@tornado.web.stream_request_body`:
then `prepare` runs right after the headers and the body arrives afterwards, in
`data_received`. So every handler of the server streams; its `prepare` checks the caller, then
calls `limit_request_body` with what the route needs (0 for all but the upload). A refused
request is answered at once and tornado closes the connection instead of reading the rest
(`HTTP1Connection.finish`). Runs on the server's event loop. See docs/security.md.
"""

from __future__ import annotations

import tornado.httputil
import tornado.web

# The bound tornado itself enforces on a request whose handler did not set its own (its
# default is 100 MB): what a handler that does not stream would make the server buffer
# before its `prepare` could say no. Every handler of ours streams; this is the backstop.
SERVER_MAX_BODY_BYTES = 64 * 1024


class BodyRefused(Exception):
    """A request announces a body its route cannot take; `status` is the HTTP answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def check_declared_body(headers: tornado.httputil.HTTPHeaders, limit: int) -> int:
    """The body size the headers announce, if a route taking at most `limit` bytes can take it.

    Raises BodyRefused with 413 for a body over `limit`, 411 for a body of unknown length
    (chunked) on a route that takes one (our page always sends the length of a file), and 400
    for a Content-Length that is not a number.
    """
    chunked = "chunked" in headers.get("Transfer-Encoding", "").lower()
    declared = headers.get("Content-Length")
    if chunked:
        if limit == 0:
            raise BodyRefused(413, "This address takes no request body.")
        raise BodyRefused(411, "Send the file with a Content-Length header.")
    if declared is None:
        return 0
    if not declared.strip().isdigit():
        raise BodyRefused(400, "The Content-Length header is not a number.")
    size = int(declared)
    if size > limit:
        if limit == 0:
            raise BodyRefused(413, "This address takes no request body.")
        raise BodyRefused(413, f"The request body is {size} bytes, over the {limit} allowed here.")
    return size


def limit_request_body(handler: tornado.web.RequestHandler, limit: int) -> int:
    """In a streaming handler's `prepare`: refuse a body over `limit` bytes on its headers
    (tornado.web.HTTPError), and make tornado itself stop at `limit`. Returns the size."""
    try:
        size = check_declared_body(handler.request.headers, limit)
    except BodyRefused as refused:
        raise tornado.web.HTTPError(refused.status, reason=refused.message) from None
    connection = handler.request.connection
    # None only for a request built by hand (never one the HTTP server read).
    if connection is not None:
        connection.set_max_body_size(limit)  # type: ignore[attr-defined]
    return size
