"""Scenario 6 — idle server memory (RSS summed over the server's process tree, from /proc).

Measured with no page, with one session, and with 20 sessions (20 pages, each its own browser
context) of the 20-element app. "Idle" has a fixed definition: IDLE_S after the last page's
run finished, so that buffers freed at the end of a run are not counted.
"""

from __future__ import annotations

import time

from bench.browser import BenchPage, chromium
from bench.harness import APPS, Context, Samples, alternate
from bench.model import Measure, Row, Unit
from bench.reruns import open_app
from bench.server import Server
from bench.systems import System

TITLE = "Idle server memory"
IDLE_S = 1.0
SESSIONS = 20
NO_SESSION = Measure("idle_memory.no_session", "server RSS, idle, no page open", Unit.BYTES)
ONE = Measure("idle_memory.one_session", "server RSS, idle, 1 session, 20-element app", Unit.BYTES)
TWENTY = Measure(
    "idle_memory.twenty_sessions", "server RSS, idle, 20 sessions, 20-element app", Unit.BYTES
)


def run(ctx: Context) -> list[Row]:
    with chromium(ctx.playwright) as browser:

        def once(system: System, rep: int) -> Samples:
            pages: list[BenchPage] = []
            try:
                with Server(system, APPS / "twenty.py") as server:
                    time.sleep(IDLE_S)
                    no_session = server.rss_bytes()
                    pages.append(open_app(browser, system, server)[0])
                    time.sleep(IDLE_S)
                    one = server.rss_bytes()
                    while len(pages) < SESSIONS:
                        pages.append(open_app(browser, system, server)[0])
                    time.sleep(IDLE_S)
                    twenty = server.rss_bytes()
            finally:
                for page in pages:
                    page.close()
            return {NO_SESSION.key: [no_session], ONE.key: [one], TWENTY.key: [twenty]}

        return alternate(ctx, [NO_SESSION, ONE, TWENTY], once)
