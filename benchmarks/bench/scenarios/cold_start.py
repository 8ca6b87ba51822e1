"""Scenario 1 — cold start: server process spawned → last of the 20 elements shown.

The browser is already running and the page's context is created before the spawn, so only
the server's start, the page load and the first run count. The wait is armed by the page's
init script and the time taken is the first frame after the 20th element is visible.
"""

from __future__ import annotations

from bench.browser import BenchPage, chromium
from bench.harness import APPS, Context, Samples, alternate
from bench.model import Measure, Row, Unit
from bench.server import Server
from bench.systems import System

TITLE = "Cold start of a 20-element app"
FIRST_PAINT = Measure("cold_start.first_paint", "spawn → first paint, 20-element app", Unit.SECONDS)
READY = Measure("cold_start.server_ready", "spawn → server prints its URL", Unit.SECONDS)


def run(ctx: Context) -> list[Row]:
    with chromium(ctx.playwright) as browser:

        def once(system: System, rep: int) -> Samples:
            spec = system.wait_spec(system.last_text_is("value: 0"), timeout_s=60, frame=True)
            page = BenchPage(browser, system, arm=spec)
            try:
                with Server(system, APPS / "twenty.py") as server:
                    page.goto(server.url)
                    shown = page.settle()
                    return {
                        FIRST_PAINT.key: [shown.epoch - server.spawned_at],
                        READY.key: [server.ready_at - server.spawned_at],
                    }
            finally:
                page.close()

        return alternate(ctx, [FIRST_PAINT, READY], once, warmup=True)
