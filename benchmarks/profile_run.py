"""Where does a rerun's time go? Split slider → text round trips, and profile them.

    python benchmarks/profile_run.py thousand_all                       # page timeline
    python benchmarks/profile_run.py thousand_all --system streamlit
    python benchmarks/profile_run.py thousand_all --server-only         # no browser (dataapp)
    python benchmarks/profile_run.py thousand_all --py-spy /tmp/server.svg
    python benchmarks/profile_run.py thousand_all --js-profile /tmp/page.cpuprofile
    python benchmarks/profile_run.py twenty --chrome-trace /tmp/trace.json
    python benchmarks/profile_run.py twenty --cold                      # where first paint goes

For each slider step it prints, on the page's clock: keydown → rerun request sent → first
message dispatched → last message dispatched → echo shown and the run marked finished.
`--server-only` talks to dataapp's WebSocket from Python instead, so the numbers are the
server's alone. `--py-spy` records the server (all threads) during the steps; `--js-profile`
writes the page's JS CPU profile (DevTools → Performance → Load profile) and prints its top
functions; `--chrome-trace` writes a full Chrome trace. `--cold` splits a cold start instead:
spawn → server ready → page requests (from the page's resource timing) → first message →
shown. Recipes: docs/profiling.md.
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))

from bench.browser import BenchPage, chromium  # noqa: E402
from bench.paths import APPS  # noqa: E402
from bench.server import Server  # noqa: E402
from bench.streamlit_env import ensure_streamlit  # noqa: E402
from bench.systems import DATAAPP, STREAMLIT, System  # noqa: E402
from playwright.sync_api import CDPSession, sync_playwright  # noqa: E402

# py-spy's output format by file suffix: .txt collapsed stacks (grep-able), .json speedscope.
SPY_FORMATS = {".txt": "raw", ".json": "speedscope", ".svg": "flamegraph"}
PROBE_WS = (BENCHMARKS / "bench" / "probe_ws.js").read_text()


def system_named(name: str) -> System:
    if name == DATAAPP:
        python = Path(sys.executable)
        return System(DATAAPP, python, python.with_name("dataapp-desktop"))
    python, version = ensure_streamlit("streamlit==1.67.*")
    return System(STREAMLIT, python, python.with_name("streamlit"), version)


def timeline(page: BenchPage, keydown: float, shown: float) -> str:
    stamps: dict[str, list[list[float]]] = page.page.evaluate("() => window.__benchWs")
    sent = next((t for t, _ in stamps["sent"] if t >= keydown), None)
    received = [(t, size) for t, size in stamps["received"] if keydown <= t <= shown]
    if sent is None or not received:
        return f"total {shown - keydown:7.1f} ms (no WebSocket traffic seen)"
    first, last = received[0][0], received[-1][0]
    return (
        f"keydown→sent {sent - keydown:6.1f} | sent→first msg {first - sent:6.1f} | "
        f"first→last msg {last - first:7.1f} ({len(received)} msgs, "
        f"{sum(s for _, s in received)} B) | last msg→shown {shown - last:6.1f} | "
        f"total {shown - keydown:7.1f} ms"
    )


def summarise_js(profile: dict[str, Any], top: int = 12) -> list[str]:
    """The functions with the most self time: "share% name file:line:col"."""
    nodes = {n["id"]: n for n in profile["nodes"]}
    by_function: dict[str, int] = {}
    for node_id in profile["samples"]:
        frame = nodes[node_id]["callFrame"]
        file = frame["url"].rsplit("/", 1)[-1]
        where = f"{file}:{frame['lineNumber'] + 1}:{frame['columnNumber'] + 1}"
        name = f"{frame['functionName'] or '(anonymous)'} {where}"
        by_function[name] = by_function.get(name, 0) + 1
    total = sum(by_function.values()) or 1
    ranked = sorted(by_function.items(), key=lambda kv: -kv[1])[:top]
    return [f"{100 * n / total:5.1f}%  {name}" for name, n in ranked]


def py_spy(server: Server, output: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            str(Path(sys.executable).with_name("py-spy")),
            "record",
            "--pid",
            str(server.pid),
            "--output",
            str(output),
            "--format",
            SPY_FORMATS.get(output.suffix, "flamegraph"),
            "--rate",
            "250",
            "--threads",
        ]
    )


def browser_steps(args: argparse.Namespace, system: System, server: Server) -> None:
    with sync_playwright() as playwright, chromium(playwright) as browser:
        spec = system.wait_spec(system.last_text_is("value: 0"), timeout_s=120)
        page = BenchPage(browser, system, arm=spec)
        page.page.add_init_script(script=PROBE_WS)
        page.goto(server.url)
        page.settle()
        cdp = start_js_profile(page) if args.js_profile else None
        if args.chrome_trace:
            browser.start_tracing(page=page.page, path=str(args.chrome_trace))
        thumb = page.page.locator(system.slider_thumb).first
        for value in range(1, args.steps + 1):
            thumb.focus()
            runs = page.run_count()
            page.arm(
                system.wait_spec(
                    system.last_text_is(f"value: {value}"), timeout_s=120, after_runs=runs
                )
            )
            page.page.keyboard.press("ArrowRight")
            shown = page.settle()
            print(f"step {value}: {timeline(page, page.last_keydown(), shown.t)}")
        if cdp is not None:
            stop_js_profile(cdp, args.js_profile)
        if args.chrome_trace:
            browser.stop_tracing()
            print(f"Chrome trace: {args.chrome_trace} (DevTools → Performance → Load profile)")
        page.close()


COLD_TIMELINE_JS = """() => {
  const out = [];
  const nav = performance.getEntriesByType("navigation")[0];
  if (nav) out.push(["document", nav.startTime, nav.responseEnd, nav.transferSize]);
  for (const r of performance.getEntriesByType("resource")) {
    out.push([r.name.split("/").pop().split("?")[0] || r.name, r.startTime, r.responseEnd,
              r.transferSize]);
  }
  const ws = window.__benchWs;
  if (ws && ws.received.length) out.push(["first WebSocket message", ws.received[0][0],
                                          ws.received[0][0], 0]);
  return [performance.timeOrigin, out];
}"""


def start_js_profile(page: BenchPage) -> CDPSession:
    cdp = page.context.new_cdp_session(page.page)
    cdp.send("Profiler.enable")
    cdp.send("Profiler.setSamplingInterval", {"interval": 200})
    cdp.send("Profiler.start")
    return cdp


def stop_js_profile(cdp: CDPSession, output: Path) -> None:
    profile = cdp.send("Profiler.stop")["profile"]
    output.write_text(json.dumps(profile))
    print(f"JS CPU profile: {output}; top self time:")
    print("\n".join(f"  {line}" for line in summarise_js(profile)))


def cold_start(system: System, app: Path, js_profile: Path | None) -> None:
    """One cold start, split: where between spawn and first paint does the time go?"""
    with sync_playwright() as playwright, chromium(playwright) as browser:
        spec = system.wait_spec(system.last_text_is("value: 0"), timeout_s=120, frame=True)
        page = BenchPage(browser, system, arm=spec)
        page.page.add_init_script(script=PROBE_WS)
        cdp = start_js_profile(page) if js_profile else None
        with Server(system, app) as server:
            asked = server.ready_at
            page.goto(server.url)
            shown = page.settle()
            origin, entries = page.page.evaluate(COLD_TIMELINE_JS)
            zero = server.spawned_at
            print(f"{0:7.0f} ms  spawn")
            print(f"{(asked - zero) * 1000:7.0f} ms  server printed its URL")
            print(f"{(origin / 1000 - zero) * 1000:7.0f} ms  navigation started")
            for name, start, end, size in sorted(entries, key=lambda e: e[1]):
                at = (origin + start) / 1000 - zero
                took = end - start
                print(f"{at * 1000:7.0f} ms  {name} ({took:.0f} ms, {size} B)")
            print(f"{(shown.epoch - zero) * 1000:7.0f} ms  last element shown (first paint)")
        if cdp is not None and js_profile is not None:
            stop_js_profile(cdp, js_profile)
        page.close()


def server_steps(args: argparse.Namespace, server: Server) -> None:
    """Reruns from a Python WebSocket client: what the server alone takes (dataapp only)."""
    import asyncio

    from bench.raw_client import rerun_times

    for value, (first_ms, all_ms, count) in enumerate(
        asyncio.run(rerun_times(server, args.steps)), start=1
    ):
        print(
            f"step {value}: request→first msg {first_ms:6.1f} | request→run finished "
            f"{all_ms:7.1f} ms ({count} msgs)"
        )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("app", help="an app in benchmarks/apps (name without .py) or a path")
    parser.add_argument("--system", choices=[DATAAPP, STREAMLIT], default=DATAAPP)
    parser.add_argument("--steps", type=int, default=5)
    parser.add_argument("--server-only", action="store_true", help="no browser (dataapp only)")
    parser.add_argument("--cold", action="store_true", help="split one cold start instead")
    parser.add_argument("--py-spy", type=Path, help=".svg flame graph, .txt stacks, .json")
    parser.add_argument("--js-profile", type=Path, help="page's JS CPU profile (.cpuprofile)")
    parser.add_argument("--chrome-trace", type=Path, help="Chrome trace of the page (.json)")
    args = parser.parse_args(argv)
    if args.server_only and args.system != DATAAPP:
        parser.error("--server-only speaks dataapp's protocol; use it with --system dataapp")
    app = Path(args.app) if args.app.endswith(".py") else APPS / f"{args.app}.py"
    system = system_named(args.system)
    if args.cold:
        cold_start(system, app, args.js_profile)
        return 0

    with ExitStack() as stack:
        server = stack.enter_context(Server(system, app))
        print(f"{system.name} ready {server.ready_at - server.spawned_at:.3f} s after spawn")
        spy = py_spy(server, args.py_spy) if args.py_spy else None
        if args.server_only:
            server_steps(args, server)
        else:
            browser_steps(args, system, server)
        if spy is not None:
            spy.send_signal(signal.SIGINT)
            spy.wait(60)
            print(f"py-spy profile of the server: {args.py_spy}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
