"""Scenario 2 — rerun round trip on the 20-element app: slider step → echo updated.

Each repetition is a fresh server and page; its steps are timed in the page (bench/reruns.py).
Also counts the WebSocket bytes of each rerun and of the first run.
"""

from __future__ import annotations

from bench.browser import chromium
from bench.harness import Context, Samples, alternate
from bench.model import Measure, Row, Unit
from bench.paths import APPS
from bench.reruns import open_app, slider_steps
from bench.server import Server
from bench.systems import System

TITLE = "Rerun round trip, 20-element app"
ROUND_TRIP = Measure("rerun.round_trip", "rerun round trip, slider → text (median)", Unit.SECONDS)
ROUND_TRIP_P90 = Measure(
    "rerun.round_trip_p90", "rerun round trip, slider → text (p90)", Unit.SECONDS, stat="p90"
)
BYTES = Measure("rerun.ws_bytes", "WebSocket bytes per rerun, 20-element app", Unit.BYTES)
FIRST_BYTES = Measure(
    "rerun.first_run_bytes", "WebSocket bytes of the first run, 20-element app", Unit.BYTES
)


def run(ctx: Context) -> list[Row]:
    # 10 steps per repetition: 50 round trips at the default 5 repetitions.
    steps_per_rep = 5 if ctx.quick else 10
    with chromium(ctx.playwright) as browser:

        def once(system: System, rep: int) -> Samples:
            with Server(system, APPS / "twenty.py") as server:
                page, first_bytes = open_app(browser, system, server)
                try:
                    steps = slider_steps(page, steps_per_rep)
                finally:
                    page.close()
            times = [s.seconds for s in steps]
            return {
                ROUND_TRIP.key: times,
                ROUND_TRIP_P90.key: times,
                BYTES.key: [float(s.bytes_received) for s in steps],
                FIRST_BYTES.key: [float(first_bytes)],
            }

        return alternate(ctx, [ROUND_TRIP, ROUND_TRIP_P90, BYTES, FIRST_BYTES], once)
