"""Scenario 3 — a 1,000-element page: WebSocket bytes and round trip of a rerun.

Two apps: one where a rerun changes one value (plus the slider itself), one where it changes
every element. Same steps as scenario 2 (bench/reruns.py).
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser

from bench.browser import chromium
from bench.harness import Context, Samples, alternate
from bench.model import Measure, Row, Unit
from bench.paths import APPS
from bench.reruns import open_app, slider_steps
from bench.server import Server
from bench.systems import System

TITLE = "A 1,000-element page"


def _measures(variant: str, what: str) -> tuple[Measure, Measure, Measure]:
    return (
        Measure(
            f"thousand_{variant}.round_trip",
            f"rerun round trip, 1,000 elements, {what} (median)",
            Unit.SECONDS,
        ),
        Measure(
            f"thousand_{variant}.ws_bytes",
            f"WebSocket bytes per rerun, 1,000 elements, {what}",
            Unit.BYTES,
        ),
        Measure(
            f"thousand_{variant}.first_run_bytes",
            f"WebSocket bytes of the first run, 1,000 elements ({what} app)",
            Unit.BYTES,
        ),
    )


ONE = _measures("one", "one value changes")
ALL = _measures("all", "all change")


def run(ctx: Context) -> list[Row]:
    with chromium(ctx.playwright) as browser:
        return [
            *_app_rows(ctx, browser, APPS / "thousand_one.py", ONE),
            *_app_rows(ctx, browser, APPS / "thousand_all.py", ALL),
        ]


def _app_rows(
    ctx: Context, browser: Browser, app: Path, measures: tuple[Measure, Measure, Measure]
) -> list[Row]:
    round_trip, ws_bytes, first_bytes = measures
    steps_per_rep = 3 if ctx.quick else 5
    ctx.log(f" {app.name}")

    def once(system: System, rep: int) -> Samples:
        with Server(system, app) as server:
            page, first = open_app(browser, system, server, timeout_s=120)
            try:
                steps = slider_steps(page, steps_per_rep, timeout_s=60)
            finally:
                page.close()
        return {
            round_trip.key: [s.seconds for s in steps],
            ws_bytes.key: [float(s.bytes_received) for s in steps],
            first_bytes.key: [float(first)],
        }

    return alternate(ctx, list(measures), once)
