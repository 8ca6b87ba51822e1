"""Kill a running app at random moments while reruns are driven, relaunch it, check what came back.

    python benchmarks/persistence_kill.py [--kills 200] [--seed 1] [--json out.json]

Each cycle starts `dataapp-desktop app.py --headless` with persistence on, reads its first run,
drives reruns back to back over the real WebSocket, and SIGKILLs the server at a random moment
(0.05–2.5 s in). The app keeps a counter, a list and a dict that it changes in place, and its
first line checks that what it started from is one run's state (the list holds exactly the
last 50 counts, the dict their squares). Reported: torn restores (must be 0), failed starts
(must be 0), and the loss window: for each kill, how long before the kill the oldest update
that did not come back had been acknowledged (0 when nothing was lost) — median and max.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

APP = """
import dataapp as st

s = st.session_state
count = s.get("count", 0)
history = s.setdefault("history", [])
squares = s.setdefault("squares", {})
ok = history == list(range(max(1, count - 49), count + 1)) and squares == {
    str(i): i * i for i in history
}
count += 1
s.count = count
history.append(count)
squares[str(count)] = count * count
while len(history) > 50:
    squares.pop(str(history.pop(0)))
st.text(f"count={count} ok={ok}")
"""

CONFIG = "[persistence]\nenabled = true\n"
URL_LINE = re.compile(r"^http://127\.0\.0\.1:(\d+)/\?token=(\S+)$")
TEXT = re.compile(r"count=(\d+) ok=(True|False)")
TOKEN = "kill-bench"


@dataclass
class Cycle:
    restored: int
    torn: bool
    last_acknowledged: int
    lost_updates: int
    loss_window_s: float
    runs_driven: int


@dataclass
class KillReport:
    kills: int
    torn: int = 0
    failed_starts: int = 0
    failures: list[str] = field(default_factory=list)
    cycles: list[Cycle] = field(default_factory=list)

    @property
    def loss_windows(self) -> list[float]:
        return [c.loss_window_s for c in self.cycles]

    def summary(self) -> dict[str, object]:
        windows = self.loss_windows or [0.0]
        return {
            "kills": self.kills,
            "torn": self.torn,
            "failed_starts": self.failed_starts,
            "loss_window_median_s": round(statistics.median(windows), 3),
            "loss_window_max_s": round(max(windows), 3),
            "kills_that_lost_updates": sum(1 for c in self.cycles if c.lost_updates),
            "median_lost_updates": statistics.median([c.lost_updates for c in self.cycles] or [0]),
            "reruns_driven": sum(c.runs_driven for c in self.cycles),
        }


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("dataapp-desktop")
    return [str(script)] if script.exists() else [sys.executable, "-m", "dataapp_desktop"]


def _launch(app: Path, data_dir: Path) -> tuple[subprocess.Popen[str], int]:
    env = {**os.environ, "DATAAPP_TOKEN": TOKEN, "DATAAPP_DATA_DIR": str(data_dir)}
    process = subprocess.Popen(
        [*_cli(), str(app), "--headless", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    deadline = time.monotonic() + 30
    seen: list[str] = []
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        seen.append(line.rstrip())
        match = URL_LINE.match(line.strip())
        if match:
            return process, int(match.group(1))
    process.kill()
    process.wait()
    raise RuntimeError("no URL line: " + " | ".join(seen[-5:]))


async def _drive(
    port: int, process: subprocess.Popen[str], kill_after: float
) -> tuple[int, bool, list[tuple[int, float]], float]:
    """(first run's count, its ok flag, (count, acknowledged at) per rerun, kill time)."""
    import tornado.httpclient
    import tornado.websocket

    from dataapp.proto.back_pb2 import BackMsg
    from dataapp.proto.forward_pb2 import ForwardMsgList

    request = tornado.httpclient.HTTPRequest(
        f"ws://127.0.0.1:{port}/_dataapp/stream?token={TOKEN}",
        headers={"Origin": f"http://127.0.0.1:{port}"},
    )
    ws = await tornado.websocket.websocket_connect(request)

    async def read_run(timeout: float) -> tuple[int, bool] | None:
        """The count and ok flag of the next run to finish; None when the socket closed."""
        found: tuple[int, bool] | None = None
        while True:
            raw = await asyncio.wait_for(ws.read_message(), timeout)
            if not isinstance(raw, bytes):
                return None
            frame = ForwardMsgList()
            frame.ParseFromString(raw)
            for msg in frame.msgs:
                if msg.WhichOneof("type") == "delta" and msg.delta.new_element.HasField("text"):
                    match = TEXT.search(msg.delta.new_element.text.body)
                    if match:
                        found = (int(match.group(1)), match.group(2) == "True")
                if msg.WhichOneof("type") == "script_finished" and found is not None:
                    return found

    first = await read_run(30)
    if first is None:
        raise RuntimeError("the socket closed before the first run finished")
    acknowledged: list[tuple[int, float]] = [(first[0], time.monotonic())]
    loop = asyncio.get_running_loop()
    killed_at = 0.0

    def kill() -> None:
        nonlocal killed_at
        killed_at = time.monotonic()
        process.send_signal(signal.SIGKILL)

    loop.call_later(kill_after, kill)
    rerun = BackMsg()
    rerun.rerun.SetInParent()
    payload = rerun.SerializeToString()
    while not killed_at:
        try:
            await ws.write_message(payload, binary=True)
            run = await read_run(10)
        except (tornado.websocket.WebSocketClosedError, asyncio.TimeoutError):
            break
        if run is None:
            break
        acknowledged.append((run[0], time.monotonic()))
    while not killed_at:
        await asyncio.sleep(0.01)
    ws.close()
    return first[0], first[1], acknowledged, killed_at


def run_kills(kills: int, seed: int, workdir: Path) -> KillReport:
    """Launch, drive, kill `kills` times in `workdir`; the report of what each relaunch restored."""
    app = workdir / "app.py"
    app.write_text(textwrap.dedent(APP))
    (workdir / ".dataapp").mkdir(exist_ok=True)
    (workdir / ".dataapp" / "config.toml").write_text(CONFIG)
    data_dir = workdir / "data"
    rng = random.Random(seed)
    report = KillReport(kills=kills)
    previous: list[tuple[int, float]] = []
    previous_kill = 0.0
    for cycle in range(kills + 1):
        try:
            process, port = _launch(app, data_dir)
        except RuntimeError as error:
            report.failed_starts += 1
            report.failures.append(f"cycle {cycle}: {error}")
            continue
        kill_after = rng.uniform(0.05, 2.5) if cycle < kills else 0.0
        try:
            first, ok, acknowledged, killed_at = asyncio.run(_drive(port, process, kill_after))
        except Exception as error:
            process.kill()
            process.wait()
            report.failed_starts += 1
            report.failures.append(f"cycle {cycle}: {type(error).__name__}: {error}")
            continue
        process.wait()
        restored = first - 1
        if previous:
            last_count = previous[-1][0]
            lost = [(count, at) for count, at in previous if count > restored]
            report.cycles.append(
                Cycle(
                    restored=restored,
                    torn=not ok,
                    last_acknowledged=last_count,
                    lost_updates=max(0, last_count - restored),
                    loss_window_s=round(previous_kill - lost[0][1], 4) if lost else 0.0,
                    runs_driven=len(previous),
                )
            )
            report.torn += 0 if ok else 1
        previous, previous_kill = acknowledged, killed_at
    return report


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the full report here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        report = run_kills(args.kills, args.seed, Path(folder))
    summary = report.summary()
    print(json.dumps(summary, indent=2))
    for failure in report.failures:
        print("failure:", failure)
    if args.json:
        args.json.write_text(
            json.dumps({"summary": summary, "cycles": [asdict(c) for c in report.cycles]}, indent=1)
        )
    return 0 if report.torn == 0 and report.failed_starts == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
