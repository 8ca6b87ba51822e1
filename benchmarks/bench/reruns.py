"""Open an app whose last text is `value: <slider>` and time slider steps on it.

Shared by the rerun and 1,000-element scenarios. A step: focus the slider's thumb, press
ArrowRight (one step, committed at once), wait until the echo shows the new value *and* the app
says the run finished. Round trip = keydown → that moment, both on the page's clock.
"""

from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import Browser, BrowserContext

from bench.browser import BenchPage
from bench.server import Server
from bench.systems import System


@dataclass(frozen=True)
class Step:
    seconds: float
    bytes_received: int


def open_app(
    browser: Browser,
    system: System,
    server: Server,
    timeout_s: float = 60,
    context: BrowserContext | None = None,
) -> tuple[BenchPage, int]:
    """A page showing the app's first run; also the WebSocket bytes that first run took."""
    spec = system.wait_spec(system.last_text_is("value: 0"), timeout_s=timeout_s)
    page = BenchPage(browser, system, arm=spec, context=context)
    page.goto(server.url)
    page.settle()
    return page, sum(page.received)


def slider_steps(page: BenchPage, count: int, timeout_s: float = 30) -> list[Step]:
    system = page.system
    thumb = page.page.locator(system.slider_thumb).first
    steps = []
    for value in range(1, count + 1):
        thumb.focus()
        before_runs = page.run_count()
        before_frames = len(page.received)
        page.arm(
            system.wait_spec(
                system.last_text_is(f"value: {value}"), timeout_s=timeout_s, after_runs=before_runs
            )
        )
        page.page.keyboard.press("ArrowRight")
        done = page.settle()
        seconds = (done.t - page.last_keydown()) / 1000
        steps.append(Step(seconds, sum(page.received[before_frames:])))
    return steps
