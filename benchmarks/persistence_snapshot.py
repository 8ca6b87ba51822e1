"""What keeping session state between launches costs: time and bytes of one snapshot, and
whether it slows a rerun.

    python benchmarks/persistence_snapshot.py [--reps 7]

Scenarios: 1,000 small session_state keys, and one 100,000-row DataFrame. For each, the time to
freeze a run's values on the script thread at the end of the run (what every rerun pays), the
time to encode and write a snapshot (what the background writer does), the bytes on disk, and
the rerun time of a real app session with persistence on and off. Prints JSON and a Markdown
table.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

APPS = {
    "1,000 keys": """
        import dataapp as st
        for i in range(1000):
            st.session_state[f"key{i}"] = {"n": i, "label": f"value {i}", "tags": [i, i + 1]}
        st.text("ok")
        """,
    "100,000-row DataFrame": """
        import dataapp as st
        import numpy as np
        import pandas as pd
        if "frame" not in st.session_state:
            rng = np.random.default_rng(0)
            st.session_state.frame = pd.DataFrame({
                "a": rng.random(100_000), "b": rng.integers(0, 1000, 100_000),
                "c": pd.date_range("2026-01-01", periods=100_000, freq="min"),
                "d": rng.choice(["north", "south", "east", "west"], 100_000),
            })
        st.text("ok")
        """,
}


def _median_ms(values: list[float]) -> float:
    return round(statistics.median(values) * 1000, 2)


def measure(name: str, source: str, reps: int) -> dict[str, Any]:
    from dataapp.proto.back_pb2 import BackMsg
    from dataapp.runtime.config import AppConfig
    from dataapp.runtime.persistence import PersistenceSettings
    from dataapp.runtime.persistence.capture import capture
    from dataapp.runtime.persistence.codec import encode
    from dataapp.runtime.persistence.sqlite_store import SQLiteSessionStore
    from dataapp.runtime.persistence.store import Snapshot
    from dataapp.runtime.runtime import Runtime

    class Client:
        def deliver(self, messages: list[Any]) -> None:
            pass

    with tempfile.TemporaryDirectory() as folder:
        os.environ["DATAAPP_DATA_DIR"] = folder
        app = Path(folder) / "app.py"
        app.write_text(textwrap.dedent(source))
        result: dict[str, Any] = {"scenario": name}
        for persistence in (False, True):
            config = AppConfig()
            config.persistence.enabled = persistence
            runtime = Runtime(str(app), config)
            session = runtime.create_session(Client(), None)
            assert session.join(60)
            times = []
            for _ in range(reps):
                rerun = BackMsg()
                rerun.rerun.SetInParent()
                started = time.perf_counter()
                session.handle_back_msg(rerun)
                assert session.join(60)
                times.append(time.perf_counter() - started)
            result["rerun_ms_persistence_on" if persistence else "rerun_ms_persistence_off"] = (
                _median_ms(times)
            )
            if persistence:
                user, _by_key, _by_id = session.session_state.persistable_values(
                    PersistenceSettings().excluded
                )
            runtime.stop()
        store_path = Path(folder) / "bench.sqlite3"
        capture_times = []
        for _ in range(reps):
            started = time.perf_counter()
            for value in user.values():
                capture(value, 1 << 31)
            capture_times.append(time.perf_counter() - started)
        result["capture_ms"] = _median_ms(capture_times)
        encode_times, save_times = [], []
        for _ in range(reps):
            started = time.perf_counter()
            encoded = {k: encode(v, 1 << 31) for k, v in user.items()}
            encode_times.append(time.perf_counter() - started)
            store = SQLiteSessionStore(store_path)
            store.clear()
            started = time.perf_counter()
            store.save(Snapshot(user_values=encoded))
            save_times.append(time.perf_counter() - started)
            store.close()
        result["encode_ms"] = _median_ms(encode_times)
        result["write_ms"] = _median_ms(save_times)
        result["snapshot_bytes"] = sum(len(data) for _, data in encoded.values())
        result["file_bytes"] = sum(
            p.stat().st_size for p in Path(folder).glob("bench.sqlite3*") if p.is_file()
        )
    return result


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reps", type=int, default=7)
    args = parser.parse_args()
    results = [measure(name, source, args.reps) for name, source in APPS.items()]
    print(json.dumps(results, indent=2))
    print(
        "\n| scenario | freeze (script thread, every run) | encode | write "
        "| snapshot bytes | rerun, persistence off | rerun, persistence on |"
    )
    print("|---|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['scenario']} | {r['capture_ms']} ms | {r['encode_ms']} ms | {r['write_ms']} ms | {r['snapshot_bytes']:,} B "
            f"| {r['rerun_ms_persistence_off']} ms | {r['rerun_ms_persistence_on']} ms |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
