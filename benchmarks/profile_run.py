"""Where does a rerun's time go? Split slider → text round trips, and profile them.

    python benchmarks/profile_run.py thousand_all --steps 5
    python benchmarks/profile_run.py thousand_all --system streamlit
    python benchmarks/profile_run.py thousand_all --py-spy /tmp/server.svg
    python benchmarks/profile_run.py twenty --chrome-trace /tmp/trace.json

For each step it prints, on the page's clock: keydown → rerun request sent → first message
received → last message received → echo shown and the run marked finished. `--py-spy` records
the server (all threads) during the steps; `--chrome-trace` writes a Chrome trace of the page
to open in DevTools' Performance panel. Recipes: docs/profiling.md.
"""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))

from bench.browser import BenchPage, chromium  # noqa: E402
from bench.harness import APPS  # noqa: E402
from bench.server import Server  # noqa: E402
from bench.streamlit_env import ensure_streamlit  # noqa: E402
from bench.systems import DATAAPP, STREAMLIT, System  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

PROBE_WS = (BENCHMARKS / "bench" / "probe_ws.js").read_text()


def system_named(name: str) -> System:
    if name == DATAAPP:
        python = Path(sys.executable)
        return System(DATAAPP, python, python.with_name("dataapp-desktop"))
    python, version = ensure_streamlit("streamlit==1.67.*")
    return System(STREAMLIT, python, python.with_name("streamlit"), version)


def timeline(page: BenchPage, keydown: float, shown: float, network: list[float]) -> str:
    stamps: dict[str, list[list[float]]] = page.page.evaluate("() => window.__benchWs")
    sent = next((t for t, _ in stamps["sent"] if t >= keydown), None)
    received = [(t, size) for t, size in stamps["received"] if t >= keydown and t <= shown]
    if sent is None or not received:
        return f"total {shown - keydown:7.1f} ms (no WebSocket traffic seen)"
    first, last = received[0][0], received[-1][0]
    return (
        f"keydown→sent {sent - keydown:6.1f} | sent→first msg {first - sent:6.1f} | "
        f"first→last msg {last - first:7.1f} ({len(received)} msgs, "
        f"{sum(s for _, s in received)} B; on the network {network_span(network)}) | "
        f"last msg→shown {shown - last:6.1f} | total {shown - keydown:7.1f} ms"
    )


def network_span(stamps: list[float]) -> str:
    """First → last frame as the browser's network stack got them, before the page's queue."""
    if not stamps:
        return "?"
    return f"{(stamps[-1] - stamps[0]) * 1000:.1f}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("app", help="an app in benchmarks/apps (name without .py) or a path")
    parser.add_argument("--system", choices=[DATAAPP, STREAMLIT], default=DATAAPP)
    parser.add_argument("--steps", type=int, default=5)
    parser.add_argument("--py-spy", type=Path, help="write a py-spy flame graph (.svg) here")
    parser.add_argument("--chrome-trace", type=Path, help="write a Chrome trace (.json) here")
    args = parser.parse_args(argv)
    app = Path(args.app) if args.app.endswith(".py") else APPS / f"{args.app}.py"
    system = system_named(args.system)

    with (
        sync_playwright() as playwright,
        chromium(playwright) as browser,
        Server(system, app) as server,
    ):
        print(f"{system.name} ready {server.ready_at - server.spawned_at:.3f} s after spawn")
        page = BenchPage(
            browser,
            system,
            arm=system.wait_spec(system.last_text_is("value: 0"), timeout_s=120),
        )
        page.page.add_init_script(script=PROBE_WS)
        page.goto(server.url)
        page.settle()
        spy = None
        if args.py_spy:
            spy = subprocess.Popen(
                [
                    str(Path(sys.executable).with_name("py-spy")),
                    "record",
                    "--pid",
                    str(server.pid),
                    "--output",
                    str(args.py_spy),
                    "--rate",
                    "250",
                    "--threads",
                ],
            )
        if args.chrome_trace:
            browser.start_tracing(page=page.page, path=str(args.chrome_trace))
        # CDP's frame timestamps come from the network stack, so they show when the server
        # sent, even while the page's main thread is too busy to dispatch the messages.
        network: list[float] = []
        cdp = page.context.new_cdp_session(page.page)
        cdp.send("Network.enable")
        cdp.on("Network.webSocketFrameReceived", lambda e: network.append(e["timestamp"]))
        thumb = page.page.locator(system.slider_thumb).first
        for value in range(1, args.steps + 1):
            network.clear()
            thumb.focus()
            runs = page.run_count()
            page.arm(
                system.wait_spec(
                    system.last_text_is(f"value: {value}"), timeout_s=120, after_runs=runs
                )
            )
            page.page.keyboard.press("ArrowRight")
            shown = page.settle()
            print(f"step {value}: {timeline(page, page.last_keydown(), shown.t, network)}")
        if args.chrome_trace:
            browser.stop_tracing()
            print(f"Chrome trace: {args.chrome_trace} (DevTools → Performance → Load profile)")
        if spy is not None:
            spy.send_signal(signal.SIGINT)
            spy.wait(60)
            print(f"py-spy flame graph: {args.py_spy}")
        page.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
