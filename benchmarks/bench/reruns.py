"""Open an app whose last text is `value: <slider>` and time slider steps on it.

Shared by the rerun and 1,000-element scenarios (and, through `press_and_wait`, the big-data
rerun). A step: focus the slider's thumb, press ArrowRight (one step, committed at once), wait
until the echo shows the new value *and* the app says the run finished. Round trip = keydown →
that moment, both on the page's clock.
"""

from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import Browser, BrowserContext

from bench.browser import BenchPage
from bench.server import Server
from bench.systems import Spec, System


@dataclass(frozen=True)
class Step:
    seconds: float
    # WebSocket frames received during the step, and fetch/XHR response bodies (bench/browser.py).
    bytes_received: int
    bytes_fetched: int = 0


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
    return [
        press_and_wait(
            page,
            system.slider_thumb,
            "ArrowRight",
            system.last_text_is(f"value: {value}"),
            timeout_s=timeout_s,
        )
        for value in range(1, count + 1)
    ]


def press_and_wait(
    page: BenchPage,
    target: str,
    key: str,
    *shown: Spec,
    timeout_s: float,
    frame: bool = False,
) -> Step:
    """Focus `target`, press `key` and wait for a later run that finished with all of `shown`.

    Timed from the keydown on the page's clock; `frame` waits for the frame that shows it.
    `shown` must name something only the new run writes (bench/systems.py).
    """
    page.page.locator(target).first.focus()
    before_runs = page.run_count()
    before_frames, before_fetched = len(page.received), len(page.fetched)
    page.arm(
        page.system.wait_spec(*shown, timeout_s=timeout_s, after_runs=before_runs, frame=frame)
    )
    page.page.keyboard.press(key)
    done = page.settle()
    seconds = (done.t - page.last_keydown()) / 1000
    return Step(seconds, sum(page.received[before_frames:]), sum(page.fetched[before_fetched:]))
