"""Scenario 1 — cold start: server process spawned → last of the 20 elements shown.

The browser is already running and the page's context is created before the spawn, so only
the server's start, the page load and the first run count. The wait is armed by the page's
init script and the time taken is the first frame after the 20th element is visible.
"""

from __future__ import annotations

from playwright.sync_api import Browser

from bench.browser import BenchPage, chromium
from bench.harness import Context, Samples, alternate
from bench.model import Measure, Row, Unit
from bench.paths import APPS
from bench.server import Server
from bench.systems import System

TITLE = "Cold start of a 20-element app"
FIRST_PAINT = Measure("cold_start.first_paint", "spawn → first paint, 20-element app", Unit.SECONDS)
READY = Measure("cold_start.server_ready", "spawn → server prints its URL", Unit.SECONDS)


def first_paint(
    browser: Browser, system: System, env: dict[str, str] | None = None
) -> tuple[float, float]:
    """Seconds from spawn to the 20th element shown, and from spawn to the URL printed."""
    spec = system.wait_spec(system.last_text_is("value: 0"), timeout_s=60, frame=True)
    page = BenchPage(browser, system, arm=spec)
    try:
        with Server(system, APPS / "twenty.py", env) as server:
            page.goto(server.url)
            shown = page.settle()
            return shown.epoch - server.spawned_at, server.ready_at - server.spawned_at
    finally:
        page.close()


def run(ctx: Context) -> list[Row]:
    with chromium(ctx.playwright) as browser:

        def once(system: System, rep: int) -> Samples:
            painted, ready = first_paint(browser, system)
            return {FIRST_PAINT.key: [painted], READY.key: [ready]}

        return alternate(ctx, [FIRST_PAINT, READY], once, warmup=True)
