"""Scenario 4 — big data: a 1M- and a 10M-row DataFrame in st.dataframe.

Time from opening the page to its first rows shown, the WebSocket bytes that took, and the
server's memory then. The first row's id, 1000000, is what "first rows shown" looks for.
"""

from __future__ import annotations

from playwright.sync_api import Browser

from bench.browser import chromium
from bench.harness import Context, Samples, alternate
from bench.loads import load_once
from bench.model import Measure, Row, Unit
from bench.paths import APPS
from bench.systems import System

TITLE = "Big data in st.dataframe"
SIZES = {"1M": 1_000_000, "10M": 10_000_000}
# The first id as it may be formatted: plain, with separators, with a (narrow) no-break space.
FIRST_ROW_TEXTS = ["1000000", "1,000,000", "1\u00a0000\u00a0000", "1\u202f000\u202f000"]


def run(ctx: Context) -> list[Row]:
    with chromium(ctx.playwright) as browser:
        return [
            row for label, size in SIZES.items() for row in _size_rows(ctx, browser, label, size)
        ]


def _size_rows(ctx: Context, browser: Browser, label: str, size: int) -> list[Row]:
    ctx.log(f" {label} rows")
    shown_after = Measure(
        f"big_data_{label}.first_rows",
        f"open page → first rows shown, {label}-row DataFrame",
        Unit.SECONDS,
    )
    sent = Measure(
        f"big_data_{label}.ws_bytes",
        f"bytes received (WebSocket + fetch) to first rows, {label}-row DataFrame",
        Unit.BYTES,
    )
    memory = Measure(
        f"big_data_{label}.server_rss", f"server RSS with a {label}-row DataFrame shown", Unit.BYTES
    )

    def once(system: System, rep: int) -> Samples:
        first_rows = {
            "kind": "contains",
            "selector": system.testid("dataframe"),
            "anyOf": FIRST_ROW_TEXTS,
        }
        load = load_once(
            browser,
            system,
            APPS / "big_dataframe.py",
            first_rows,
            timeout_s=120,
            env={"BENCH_ROWS": str(size)},
        )
        return {
            shown_after.key: [load.seconds],
            sent.key: [float(load.bytes_received)],
            memory.key: [float(load.server_rss)],
        }

    return alternate(ctx, [shown_after, sent, memory], once)
