"""Scenario 6 — idle server memory (RSS summed over the server's process tree, from /proc).

Measured with no page, with one session, and with 20 sessions (20 tabs of one browser context,
each its own WebSocket and so its own session) of the 20-element app. Tabs share the browser's
cache, which keeps 20 loads of Streamlit's 5 MB of JavaScript from dominating the run time. "Idle" has a fixed definition: IDLE_S after the last page's
run finished, so that buffers freed at the end of a run are not counted.
"""

from __future__ import annotations

import time

from bench.browser import VIEWPORT, BenchPage, chromium
from bench.harness import Context, Samples, alternate
from bench.model import Measure, Row, Unit
from bench.paths import APPS
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
            context = browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
            pages: list[BenchPage] = []
            try:
                with Server(system, APPS / "twenty.py") as server:
                    time.sleep(IDLE_S)
                    no_session = server.rss_bytes()
                    pages.append(open_app(browser, system, server, context=context)[0])
                    time.sleep(IDLE_S)
                    one = server.rss_bytes()
                    # The other 19 load together, as tabs restored at once would.
                    spec = system.wait_spec(system.last_text_is("value: 0"), timeout_s=120)
                    more = [
                        BenchPage(browser, system, arm=spec, context=context)
                        for _ in range(SESSIONS - 1)
                    ]
                    for page in more:
                        page.goto(server.url)
                    for page in more:
                        page.settle()
                    pages += more
                    time.sleep(IDLE_S)
                    twenty = server.rss_bytes()
            finally:
                context.close()
            return {NO_SESSION.key: [no_session], ONE.key: [one], TWENTY.key: [twenty]}

        return alternate(ctx, [NO_SESSION, ONE, TWENTY], once)
