"""Scenario 5 — a 100,000-point st.line_chart: bytes sent and time until it is drawn.

"Drawn" is Vega's line path with real geometry in the SVG (or a sized Vega canvas), then the
next frame.
"""

from __future__ import annotations

from bench.browser import chromium
from bench.harness import Context, Samples, alternate
from bench.loads import load_once
from bench.model import Measure, Row, Unit
from bench.paths import APPS
from bench.systems import System

TITLE = "A 100,000-point line chart"
DRAWN = Measure("line_chart.drawn", "open page → 100k-point line chart drawn", Unit.SECONDS)
SENT = Measure(
    "line_chart.ws_bytes", "bytes received (WebSocket + fetch), 100k-point line chart", Unit.BYTES
)


def run(ctx: Context) -> list[Row]:
    with chromium(ctx.playwright) as browser:

        def once(system: System, rep: int) -> Samples:
            drawn = {"kind": "chart", "selector": system.testid("line_chart")}
            load = load_once(browser, system, APPS / "line_chart.py", drawn, timeout_s=120)
            return {DRAWN.key: [load.seconds], SENT.key: [float(load.bytes_received)]}

        return alternate(ctx, [DRAWN, SENT], once)
