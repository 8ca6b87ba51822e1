"""Open an app once and time it until one element is shown (the chart scenario).

An app that shows an exception instead fails the measure, except dataapp's NotSupportedError:
that is the part not built yet, and it becomes a "not built yet" reason with dataapp's own words
(`settle_supported`, which the big-data scenario uses on its own pages too).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser

from bench.browser import AppRaised, BenchPage, Timing
from bench.errors import NotBuiltYet
from bench.server import Server
from bench.systems import Spec, System

NOT_SUPPORTED = "not supported by dataapp yet"


@dataclass(frozen=True)
class Load:
    # Page navigation started → the element shown (first frame after it was in the DOM).
    seconds: float
    # WebSocket frames plus fetch/XHR response bodies received until then.
    bytes_received: int
    server_rss: int


def load_once(
    browser: Browser,
    system: System,
    app: Path,
    shown: Spec,
    timeout_s: float,
    env: dict[str, str] | None = None,
) -> Load:
    page = BenchPage(browser, system, arm=system.wait_spec(shown, timeout_s=timeout_s, frame=True))
    try:
        with Server(system, app, env) as server:
            started = time.time()
            page.goto(server.url)
            done = settle_supported(page)
            received = sum(page.received) + sum(page.fetched)
            return Load(done.epoch - started, received, server.rss_bytes())
    finally:
        page.close()


def settle_supported(page: BenchPage) -> Timing:
    """`page.settle()`, with dataapp's NotSupportedError turned into NotBuiltYet."""
    try:
        return page.settle()
    except AppRaised as raised:
        if NOT_SUPPORTED in str(raised):
            said = str(raised).split("Traceback")[0].strip()
            raise NotBuiltYet(said[:300]) from None
        raise
