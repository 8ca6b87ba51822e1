"""Debian's Chromium through Playwright, and a page that counts WebSocket bytes and times runs.

Single-threaded (Playwright's sync API). A `BenchPage` is, by default, its own browser context:
its own session with an empty cache, like a window opened for the first time.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, BrowserContext, Page, Playwright, Request, WebSocket

from bench.errors import MeasurementError
from bench.systems import Spec, System

CHROMIUM = os.environ.get("DATAAPP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-gpu",
]
PROBE_JS = (Path(__file__).parent / "probe.js").read_text()
VIEWPORT = {"width": 1280, "height": 900}


@contextmanager
def chromium(playwright: Playwright) -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        raise MeasurementError(f"Chromium not found at {CHROMIUM} (set DATAAPP_CHROMIUM)")
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
    )
    try:
        yield browser
    finally:
        browser.close()


@dataclass(frozen=True)
class Timing:
    """When a wait's conditions held: `t` in ms on the page's clock, `epoch` in s (wall clock)."""

    t: float
    epoch: float


class BenchPage:
    """A page on the app. Its own browser context unless `context` is given (then it is a tab
    of that context, sharing its cache, and closing the page leaves the context open)."""

    def __init__(
        self,
        browser: Browser,
        system: System,
        arm: Spec | None = None,
        context: BrowserContext | None = None,
    ) -> None:
        self.system = system
        self._owns_context = context is None
        self.context = context or browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
        self.page: Page = self.context.new_page()
        # Arming in the init script starts the clock's watch before the page's own code runs.
        prelude = f"window.__benchArm = {json.dumps(arm)};\n" if arm else ""
        self.page.add_init_script(script=prelude + PROBE_JS)
        self.received: list[int] = []
        # Response bodies of the page's fetch/XHR requests: data a server may send outside
        # the WebSocket (a data window, a cached message); static files are not counted.
        self.fetched: list[int] = []
        self.page.on("websocket", self._watch)
        self.page.on("requestfinished", self._fetched)
        self._closed = False

    def _watch(self, ws: WebSocket) -> None:
        def count(payload: str | bytes) -> None:
            self.received.append(len(payload.encode() if isinstance(payload, str) else payload))

        ws.on("framereceived", count)

    def _fetched(self, request: Request) -> None:
        if request.resource_type in ("fetch", "xhr"):
            self.fetched.append(max(0, request.sizes()["responseBodySize"]))

    def goto(self, url: str) -> None:
        # "commit": return as soon as the navigation is under way; the armed wait does the rest.
        self.page.goto(url, wait_until="commit")

    def run_count(self) -> int:
        return int(self.page.evaluate(self.system.run_count_js))

    def arm(self, spec: Spec) -> None:
        self.page.evaluate(
            "spec => { window.__bench.lastKeydown = null;"
            " window.__bench.pending = window.__bench.until(spec); }",
            spec,
        )

    def settle(self) -> Timing:
        """Waits for the armed conditions; raises with what the page showed if they never hold."""
        result: dict[str, Any] = self.page.evaluate("() => window.__bench.pending")
        if result is None:
            raise MeasurementError("nothing was armed on the page")
        if "error" in result:
            raise AppRaised(result["error"])
        if "timeout" in result:
            raise MeasurementError(f"{self.system.name}: timed out waiting: {result['timeout']}")
        # Playwright hands Python the framereceived events in order with this answer; one more
        # round trip makes sure every frame of the run has been counted.
        self.page.evaluate("0")
        return Timing(t=float(result["t"]), epoch=(result["origin"] + result["t"]) / 1000)

    def last_keydown(self) -> float:
        value = self.page.evaluate("() => window.__bench.lastKeydown")
        if value is None:
            raise MeasurementError("the key press never reached the page")
        return float(value)

    def close(self) -> None:
        """Closes the page (and its context, if its own); a second call does nothing."""
        if self._closed:
            return
        self._closed = True
        if self._owns_context:
            self.context.close()
        else:
            self.page.close()


class AppRaised(MeasurementError):
    """The app showed an exception instead of what the scenario waited for."""
