"""Custom components' files (`/_dataapp/component/<name>/<path>`) and the rules every
component document is served under (docs/components.md, "Offline").

A component's page may run any script of its own and load anything from the app's server, but
nothing from elsewhere: the Content-Security-Policy below refuses other hosts, so a component
that reaches for a CDN fails at once instead of hanging, and the small script put at the top of
its HTML tells the page which address was refused, so the element can say so.
Runs on the server's event loop.
"""

from __future__ import annotations

import mimetypes
import re

import tornado.web

from dataapp.runtime.components import component_file, inline_asset
from dataapp.runtime.vendored import VendoredAssets
from dataapp.server.handlers import TokenCheckedHandler
from dataapp.server.security import Security

# Scripts, styles, images, fonts, workers and fetches from the app's own server (and inline,
# data: and blob:), nothing from any other host. `frame-ancestors 'self'`: only the app's page
# may show it.
COMPONENT_CSP = (
    "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:; "
    "frame-ancestors 'self'; object-src 'none'; base-uri 'self'"
)

# Posts each refused address, and the height of the page (st.iframe's height="content"), to the
# app's page (assets/src/components/frameReports.tsx reads them). First in <head>, before any of
# the component's own scripts asks for anything.
_FRAME_REPORTER = (
    b"<script>(function(){function post(m){try{parent.postMessage(m,'*')}catch(_){}}"
    b"document.addEventListener('securitypolicyviolation',function(e){"
    b"post({dataappBlocked:{url:e.blockedURI,directive:e.effectiveDirective}})});"
    b"function size(){var d=document.documentElement;"
    b"post({dataappFrameHeight:Math.ceil(d.getBoundingClientRect().height)})}"
    b"addEventListener('load',function(){size();"
    b"if(window.ResizeObserver)new ResizeObserver(size).observe(document.documentElement)})"
    b"})();</script>"
)
_HEAD = re.compile(rb"<head(?:\s[^>]*)?>", re.IGNORECASE)
_DOCTYPE = re.compile(rb"^\s*(?:<!doctype[^>]*>)?", re.IGNORECASE)

# Types browsers insist on for modules and workers; the system's table may lack them.
_TYPES = {
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".css": "text/css",
    ".json": "application/json",
    ".map": "application/json",
    ".wasm": "application/wasm",
    ".svg": "image/svg+xml",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".html": "text/html",
}


# Text a vendored address may appear in (a page, its style sheets and scripts).
_TEXT_KINDS = ("text/html", "text/css", "text/javascript")


def with_frame_reporter(document: bytes) -> bytes:
    """`document` (HTML) with the reporter as the first thing its <head> runs."""
    head = _HEAD.search(document)
    if head is not None:
        return document[: head.end()] + _FRAME_REPORTER + document[head.end() :]
    start = _DOCTYPE.match(document)
    at = start.end() if start is not None else 0
    return document[:at] + _FRAME_REPORTER + document[at:]


def content_type(name: str) -> str:
    suffix = name[name.rfind(".") :].lower() if "." in name else ""
    kind = _TYPES.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return f"{kind}; charset=utf-8" if kind.startswith("text/") or kind.endswith("json") else kind


def set_component_document_headers(handler: tornado.web.RequestHandler) -> None:
    """What every component document (a declared component's page, an html() body) carries."""
    handler.set_header("Content-Security-Policy", COMPONENT_CSP)
    # The page embeds it; no one else may (frame-ancestors says the same to newer browsers).
    handler.set_header("X-Frame-Options", "SAMEORIGIN")


class ComponentFileHandler(TokenCheckedHandler):
    """A declared component's file. Unknown components, paths outside the component's folder
    and missing files are all 404. Addresses the build vendored are made local in its text."""

    def initialize(self, security: Security, vendored: VendoredAssets) -> None:  # type: ignore[override]
        super().initialize(security)
        self.vendored = vendored

    def get(self, name: str, relative: str) -> None:
        data = inline_asset(name, relative)
        if data is None:
            path = component_file(name, relative)
            if path is None:
                raise tornado.web.HTTPError(404, reason="No such file in this component")
            data = path.read_bytes()
        kind = content_type(relative or "index.html")
        self.set_header("Content-Type", kind)
        set_component_document_headers(self)
        if kind.startswith(_TEXT_KINDS):
            data = self.vendored.rewrite(data)
        if kind.startswith("text/html"):
            data = with_frame_reporter(data)
        # A component's files change only when its package is reinstalled: revalidate, cheaply.
        self.set_header("Cache-Control", "no-cache")
        self.write(data)


class VendoredFileHandler(TokenCheckedHandler):
    """A copy of a web asset that `dataapp-desktop build --vendor-cdn` put in the app."""

    def initialize(self, security: Security, vendored: VendoredAssets) -> None:  # type: ignore[override]
        super().initialize(security)
        self.vendored = vendored

    def get(self, relative: str) -> None:
        path = self.vendored.file(relative)
        if path is None:
            raise tornado.web.HTTPError(404, reason="Not vendored in this app")
        kind = content_type(path.name)
        data = path.read_bytes()
        if kind.startswith(_TEXT_KINDS):
            data = self.vendored.rewrite(data)
        self.set_header("Content-Type", kind)
        set_component_document_headers(self)
        self.set_header("Cache-Control", "no-cache")
        self.write(data)
