"""Where start-up's milliseconds and megabytes go: dataapp beside Streamlit, measured, not changed.

    python benchmarks/startup_profile.py            # prints Markdown (a few minutes)
    python benchmarks/startup_profile.py --runs 7

Three splits, each in fresh interpreters of the same Python (dataapp's venv, and Streamlit's
benchmarks/.venv-streamlit made by run.py):

1. **Import**: `import dataapp; dataapp.write` / `import streamlit; streamlit.write`, timed
   inside the interpreter (start-up excluded, as the import_time scenario), median of --runs;
   then one `python -X importtime` run whose top-level packages are summed (the time each
   package's own modules took, nested imports of other packages counted under those).
2. **Memory of the import path**: VmRSS of a bare interpreter, then after importing, in order,
   the libraries the server needs and the engine itself; each step's growth is what it costs.
3. **The server**: spawn → URL printed, and VmRSS after start (no page) and after one session's
   run of benchmarks/apps/twenty.py (a WebSocket client stands in for the page: dataapp only,
   Streamlit's protocol is its own; Streamlit's RSS after a page load is in run.py's
   idle_memory scenario).

For spawn → first paint with the page's resource timing, use `profile_run.py twenty --cold`
(docs/profiling.md); for a call tree of start-up, pyinstrument (same doc).
"""

from __future__ import annotations

import argparse
import collections
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))

from bench.paths import APPS, neutral_cwd  # noqa: E402
from bench.streamlit_env import VENV  # noqa: E402

IMPORT_PROBE = """
import time
t = time.perf_counter()
import {package}
{package}.write
print(time.perf_counter() - t)
"""

# Steps of the import path, in order: what each adds to a process' resident memory.
RSS_STEPS = {
    "dataapp": [
        ("interpreter", ""),
        ("protobuf", "import google.protobuf.message"),
        ("asyncio", "import asyncio"),
        ("ssl", "import ssl"),
        ("tornado web + websocket", "import tornado.web, tornado.websocket"),
        ("dataapp (package)", "import dataapp"),
        ("dataapp protocol (proto)", "import dataapp.proto.forward_pb2"),
        ("dataapp runtime", "import dataapp.runtime.runtime"),
        ("dataapp server", "import dataapp.server.server"),
        ("dataapp API (element families)", "import dataapp; dataapp.write"),
        ("dataapp-desktop CLI", "import dataapp_desktop.cli"),
    ],
    "streamlit": [
        ("interpreter", ""),
        ("protobuf", "import google.protobuf.message"),
        ("asyncio", "import asyncio"),
        ("ssl", "import ssl"),
        # Streamlit 1.67 serves with starlette/uvicorn, not tornado.
        ("streamlit (package + API)", "import streamlit; streamlit.write"),
        ("streamlit server", "import streamlit.web.server.server"),
        ("streamlit CLI", "import streamlit.web.cli"),
    ],
}
RSS_PROBE = """
import sys
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
steps = {steps}
out = []
for name, code in steps:
    exec(code)
    out.append((name, rss(), len(sys.modules)))
print(__import__("json").dumps(out))
"""


def python_of(system: str) -> Path:
    return Path(sys.executable) if system == "dataapp" else VENV / "bin" / "python"


def run(python: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(python), *args], capture_output=True, text=True, cwd=neutral_cwd(), check=True
    )


def import_times(system: str, runs: int) -> list[float]:
    code = IMPORT_PROBE.format(package=system)
    return [float(run(python_of(system), "-c", code).stdout) for _ in range(runs)]


def importtime_by_package(system: str) -> list[tuple[str, float, int]]:
    """(package, self time in ms, modules) from one `-X importtime` run: the system's own
    modules by subpackage, others by top-level package."""
    done = run(python_of(system), "-X", "importtime", "-c", f"import {system}; {system}.write")
    self_us: collections.Counter[str] = collections.Counter()
    modules: collections.Counter[str] = collections.Counter()
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, _, name = (part.strip() for part in line[len("import time:") :].split("|"))
        parts = name.strip().split(".")
        # The package itself by subpackage (dataapp.elements.text), the rest by package.
        top = ".".join(parts[:3]) if parts[0] == system else parts[0]
        self_us[top] += int(own)
        modules[top] += 1
    return [(top, us / 1000, modules[top]) for top, us in self_us.most_common()]


def rss_steps(system: str) -> list[tuple[str, int, int]]:
    code = RSS_PROBE.format(steps=RSS_STEPS[system])
    return [tuple(step) for step in json.loads(run(python_of(system), "-c", code).stdout)]


def server_memory(runs: int) -> dict[str, list[float]]:
    """dataapp: spawn → URL, RSS at start and after one session's run of twenty.py."""
    from bench.procmem import tree_rss_bytes

    sys.path.insert(0, str(BENCHMARKS.parent))
    from tests.support.processes import serve_app

    got: dict[str, list[float]] = collections.defaultdict(list)
    for _ in range(runs):
        spawned = time.time()
        served = serve_app(APPS / "twenty.py")
        got["spawn → URL printed (s)"].append(time.time() - spawned)
        try:
            time.sleep(1)
            got["RSS 1 s after start, no page (MiB)"].append(tree_rss_bytes(served.process.pid))
            got["RSS 1 s after one session's run (MiB)"].append(
                _rss_after_one_session(served.port, served.process.pid)
            )
        finally:
            served.stop()
    return {k: [v / 2**20 if "MiB" in k else v for v in vs] for k, vs in got.items()}


def _rss_after_one_session(port: int, pid: int) -> int:
    """A WebSocket session runs the app once; the server's RSS a second later, still open."""
    import asyncio
    from dataclasses import dataclass

    from bench.procmem import tree_rss_bytes

    from tests.support.ws_client import connect

    @dataclass(frozen=True)
    class Address:
        base: str

    async def session() -> int:
        connection = await connect(Address(f"127.0.0.1:{port}"))  # type: ignore[arg-type]
        await connection.read_run(timeout=30)
        await asyncio.sleep(1)
        rss = tree_rss_bytes(pid)
        connection.ws.close()
        return rss

    return asyncio.run(session())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    out = [
        f"Start-up profile, {time.strftime('%Y-%m-%d %H:%M %Z')}, Python {sys.version.split()[0]}"
    ]
    out.append(f"load average before: {Path('/proc/loadavg').read_text().split()[0]}")
    out += ["", "## 1. Import (`import X; X.write`, in-process, median)", ""]
    out += ["| system | median | runs |", "|---|---:|---|"]
    medians = {}
    for system in ("dataapp", "streamlit"):
        times = import_times(system, args.runs)
        medians[system] = statistics.median(times)
        shown = ", ".join(f"{t * 1000:.0f}" for t in times)
        out.append(f"| {system} | {medians[system] * 1000:.0f} ms | {shown} |")
    out.append(f"\nratio dataapp / Streamlit: {medians['dataapp'] / medians['streamlit']:.2f}")
    for system in ("dataapp", "streamlit"):
        out += ["", f"### `-X importtime`, {system}: self time by package", ""]
        out += ["| package | self ms | modules |", "|---|---:|---:|"]
        rows = importtime_by_package(system)
        total = sum(ms for _, ms, _ in rows)
        out += [f"| {top} | {ms:.1f} | {n} |" for top, ms, n in rows[:30]]
        out.append(f"| (all {sum(n for *_, n in rows)} modules) | {total:.1f} | |")
    out += ["", "## 2. Resident memory along the import path (VmRSS, one interpreter)", ""]
    for system in ("dataapp", "streamlit"):
        out += [
            f"### {system}",
            "",
            "| after | RSS MiB | + MiB | modules |",
            "|---|---:|---:|---:|",
        ]
        previous = 0
        for name, rss, modules in rss_steps(system):
            grow = (rss - previous) / 2**20 if previous else 0.0
            out.append(f"| {name} | {rss / 2**20:.1f} | {grow:+.1f} | {modules} |")
            previous = rss
        out.append("")
    out += ["## 3. dataapp's server, twenty.py (median of runs)", ""]
    out += ["| measure | median | runs |", "|---|---:|---|"]
    for name, values in server_memory(args.runs).items():
        shown = ", ".join(f"{v:.2f}" if v < 10 else f"{v:.0f}" for v in values)
        out.append(f"| {name} | {statistics.median(values):.2f} | {shown} |")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
