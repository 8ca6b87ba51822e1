"""Scenario 4 — big data (issue 6): a 1M- and a 10M-row × 10-column DataFrame in st.dataframe.

One repetition is one server process and two pages, one after the other:

1. the first page, whose browser context exists before the server is spawned (as in the
   cold-start scenario): spawn → first rows shown is the cold start, navigation → first rows
   on it the first navigation (the app's cache is empty, so this one builds the frame);
2. that page closed, a second one in a new browser context: navigation → first rows shown is
   the warm navigation, and the bytes received until then;
3. on the second page, Enter on the app's Rerun button: keydown → the new run's `run <n>`
   shown with the first rows, the run finished (bench/reruns.py), and the bytes it took;
4. the server's peak resident memory over all of that (VmHWM), and its RSS at the end.

The first row's id, 1000000, is what "first rows shown" looks for (benchmarks/apps/
big_dataframe.py).
"""

from __future__ import annotations

import time

from playwright.sync_api import Browser

from bench.browser import BenchPage, chromium
from bench.harness import Context, Samples, alternate
from bench.loads import settle_supported
from bench.model import Measure, Row, Unit
from bench.paths import APPS
from bench.reruns import press_and_wait
from bench.server import Server
from bench.systems import Spec, System

TITLE = "Big data in st.dataframe (10 columns)"
APP = APPS / "big_dataframe.py"
SIZES = {"1M": 1_000_000, "10M": 10_000_000}
# The first id as it may be formatted: plain, with separators, with a (narrow) no-break space.
FIRST_ROW_TEXTS = ["1000000", "1,000,000", "1\u00a0000\u00a0000", "1\u202f000\u202f000"]
# Generous: Streamlit serialises the whole frame before it shows a row.
LOAD_TIMEOUT_S = 180
RERUN_TIMEOUT_S = 120


def run(ctx: Context) -> list[Row]:
    reruns = 2 if ctx.quick else 3
    with chromium(ctx.playwright) as browser:
        return [
            row
            for i, (label, size) in enumerate(SIZES.items())
            # One warm-up launch per system before the first size only: it is there for the
            # disk cache and bytecode, which the second size finds warm anyway.
            for row in _size_rows(ctx, browser, label, size, reruns, warmup=i == 0)
        ]


def key(label: str, name: str) -> str:
    return f"big_data_{label}.{name}"


def measures(label: str) -> list[Measure]:
    frame = f"{label} × 10 DataFrame"
    return [
        Measure(
            key(label, "warm_first_rows"),
            f"warm server, navigation → first rows shown, {frame}",
            Unit.SECONDS,
        ),
        Measure(
            key(label, "cold_first_rows"),
            f"cold start, spawn → first rows shown, {frame}",
            Unit.SECONDS,
        ),
        Measure(
            key(label, "first_navigation"),
            f"first page on a new server, navigation → first rows shown, {frame}",
            Unit.SECONDS,
        ),
        Measure(
            key(label, "ws_bytes"),
            f"bytes received (WebSocket + fetch) to first rows, warm server, {frame}",
            Unit.BYTES,
        ),
        Measure(
            key(label, "rerun"),
            f"rerun with the table unchanged, button → run shown, {frame}",
            Unit.SECONDS,
        ),
        Measure(
            key(label, "rerun_bytes"),
            f"bytes received (WebSocket + fetch) per rerun, table unchanged, {frame}",
            Unit.BYTES,
        ),
        Measure(
            key(label, "server_peak"),
            f"server peak memory (VmHWM) after first rows and reruns, {frame}",
            Unit.BYTES,
        ),
        Measure(
            key(label, "server_rss"),
            f"server RSS after the reruns, {frame} shown",
            Unit.BYTES,
        ),
    ]


def first_rows(system: System) -> Spec:
    """Condition: the grid shows the first row's id."""
    return {"kind": "contains", "selector": system.testid("dataframe"), "anyOf": FIRST_ROW_TEXTS}


def _size_rows(
    ctx: Context, browser: Browser, label: str, size: int, reruns: int, warmup: bool
) -> list[Row]:
    ctx.log(f" {label} rows")
    env = {"BENCH_ROWS": str(size)}

    def arm(system: System) -> Spec:
        # The first run of a session also writes `run 1`: the wait is for a whole first run.
        shown = (first_rows(system), system.last_text_is("run 1"))
        return system.wait_spec(*shown, timeout_s=LOAD_TIMEOUT_S, frame=True)

    def once(system: System, rep: int) -> Samples:
        got: Samples = {}
        # Created before the spawn, so only the server, the page load and the run count.
        first = BenchPage(browser, system, arm=arm(system))
        try:
            with Server(system, APP, env) as server:
                navigated = time.time()
                first.goto(server.url)
                cold = settle_supported(first)
                got[key(label, "cold_first_rows")] = [cold.epoch - server.spawned_at]
                got[key(label, "first_navigation")] = [cold.epoch - navigated]
                # One session at a time, as in the issue: the first page goes before the next.
                first.close()
                got |= _warm_page(browser, system, server, label, arm(system), reruns)
        finally:
            first.close()
        return got

    return alternate(ctx, measures(label), once, warmup=warmup)


def _warm_page(
    browser: Browser, system: System, server: Server, label: str, arm: Spec, reruns: int
) -> Samples:
    """Warm navigation, then `reruns` reruns with the table unchanged, then the memory."""
    page = BenchPage(browser, system, arm=arm)
    try:
        navigated = time.time()
        page.goto(server.url)
        shown = settle_supported(page)
        sent = sum(page.received) + sum(page.fetched)
        # Run 1 is the page's first; each press starts the next and waits for its `run <n>`.
        steps = [
            press_and_wait(
                page,
                system.button,
                "Enter",
                first_rows(system),
                system.last_text_is(f"run {n}"),
                timeout_s=RERUN_TIMEOUT_S,
                frame=True,
            )
            for n in range(2, reruns + 2)
        ]
        return {
            key(label, "warm_first_rows"): [shown.epoch - navigated],
            key(label, "ws_bytes"): [float(sent)],
            key(label, "rerun"): [s.seconds for s in steps],
            key(label, "rerun_bytes"): [float(s.bytes_received + s.bytes_fetched) for s in steps],
            # Read with the page still open: its session (and what it holds) is still alive.
            key(label, "server_peak"): [float(server.peak_bytes())],
            key(label, "server_rss"): [float(server.rss_bytes())],
        }
    finally:
        page.close()
