"""A large table in st.dataframe, measured the same way whatever builds it (the big-data and
real-data scenarios).

One repetition is one server process and two pages, one after the other:

1. the first page, whose browser context exists before the server is spawned (as in the
   cold-start scenario): spawn → first rows shown is the cold start, navigation → first rows
   on it the first navigation (the app's cache is empty, so this one builds or reads the data);
2. that page closed, a second one in a new browser context: navigation → first rows shown is
   the warm navigation, and the bytes received until then;
3. on the second page, Enter on the app's Rerun button: keydown → the new run's `run <n>`
   shown with the first rows, the run finished (bench/reruns.py), and the bytes it took;
4. the server's peak resident memory over all of that (VmHWM), and its RSS at the end.

Every app measured here shows a table whose first row's id is 1000000 (what "first rows
shown" looks for), a Rerun button, and ends with `run <n>`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Browser

from bench.browser import BenchPage
from bench.harness import Context, Samples, alternate
from bench.loads import settle_supported
from bench.model import Measure, Row, Unit
from bench.reruns import press_and_wait
from bench.server import Server
from bench.systems import Spec, System

# The first id as it may be formatted: plain, with separators, with a (narrow) no-break space.
FIRST_ROW_TEXTS = ["1000000", "1,000,000", "1\u00a0000\u00a0000", "1\u202f000\u202f000"]
# Generous: Streamlit serialises the whole frame before it shows a row.
LOAD_TIMEOUT_S = 180
RERUN_TIMEOUT_S = 120


@dataclass(frozen=True)
class Table:
    """One table to measure: the measures' key prefix, what it is, the app and its env."""

    prefix: str
    what: str
    app: Path
    env: dict[str, str] = field(default_factory=dict)

    def key(self, name: str) -> str:
        return f"{self.prefix}.{name}"

    def measures(self) -> list[Measure]:
        what = self.what
        return [
            Measure(
                self.key("warm_first_rows"),
                f"warm server, navigation → first rows shown, {what}",
                Unit.SECONDS,
            ),
            Measure(
                self.key("cold_first_rows"),
                f"cold start, spawn → first rows shown, {what}",
                Unit.SECONDS,
            ),
            Measure(
                self.key("first_navigation"),
                f"first page on a new server, navigation → first rows shown, {what}",
                Unit.SECONDS,
            ),
            Measure(
                self.key("ws_bytes"),
                f"bytes received (WebSocket + fetch) to first rows, warm server, {what}",
                Unit.BYTES,
            ),
            Measure(
                self.key("rerun"),
                f"rerun with the table unchanged, button → run shown, {what}",
                Unit.SECONDS,
            ),
            Measure(
                self.key("rerun_bytes"),
                f"bytes received (WebSocket + fetch) per rerun, table unchanged, {what}",
                Unit.BYTES,
            ),
            Measure(
                self.key("server_peak"),
                f"server peak memory (VmHWM) after first rows and reruns, {what}",
                Unit.BYTES,
            ),
            Measure(
                self.key("server_rss"),
                f"server RSS after the reruns, {what} shown",
                Unit.BYTES,
            ),
        ]


def first_rows(system: System) -> Spec:
    """Condition: the grid shows the first row's id."""
    return {"kind": "contains", "selector": system.testid("dataframe"), "anyOf": FIRST_ROW_TEXTS}


def table_rows(
    ctx: Context, browser: Browser, table: Table, reruns: int, warmup: bool
) -> list[Row]:
    """The table's measures for both systems, `ctx.reps` alternating repetitions each."""
    ctx.log(f" {table.what}")

    def arm(system: System) -> Spec:
        # The first run of a session also writes `run 1`: the wait is for a whole first run.
        shown = (first_rows(system), system.last_text_is("run 1"))
        return system.wait_spec(*shown, timeout_s=LOAD_TIMEOUT_S, frame=True)

    def once(system: System, rep: int) -> Samples:
        got: Samples = {}
        # Created before the spawn, so only the server, the page load and the run count.
        first = BenchPage(browser, system, arm=arm(system))
        try:
            with Server(system, table.app, table.env) as server:
                navigated = time.time()
                first.goto(server.url)
                cold = settle_supported(first)
                got[table.key("cold_first_rows")] = [cold.epoch - server.spawned_at]
                got[table.key("first_navigation")] = [cold.epoch - navigated]
                # One session at a time, as in the issue: the first page goes before the next.
                first.close()
                got |= _warm_page(browser, system, server, table, arm(system), reruns)
        finally:
            first.close()
        return got

    return alternate(ctx, table.measures(), once, warmup=warmup)


def _warm_page(
    browser: Browser, system: System, server: Server, table: Table, arm: Spec, reruns: int
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
            table.key("warm_first_rows"): [shown.epoch - navigated],
            table.key("ws_bytes"): [float(sent)],
            table.key("rerun"): [s.seconds for s in steps],
            table.key("rerun_bytes"): [float(s.bytes_received + s.bytes_fetched) for s in steps],
            # Read with the page still open: its session (and what it holds) is still alive.
            table.key("server_peak"): [float(server.peak_bytes())],
            table.key("server_rss"): [float(server.rss_bytes())],
        }
    finally:
        page.close()
