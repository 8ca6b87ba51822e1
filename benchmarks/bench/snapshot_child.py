"""Run by the desktop scenario in dataapp's Python: time what one persistence snapshot costs.

A snapshot is what PersistenceManager._write does after a run: encode every kept value, then
SQLiteSessionStore.save (one WAL transaction, synchronous=FULL). Between snapshots one widget
value changes, as after a slider step. Prints one JSON line: case → seconds per snapshot.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from dataapp.runtime.persistence import Snapshot
from dataapp.runtime.persistence.codec import encode
from dataapp.runtime.persistence.sqlite_store import SQLiteSessionStore

MAX_BYTES = 50 * 1024 * 1024


def twenty_element_state(step: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """The kept values of benchmarks/apps/twenty.py after `step` slider steps."""
    widgets = {
        "x": float(step),
        "check": False,
        "name": "analyst",
        "number": 3,
        "colour": 0,
    }
    return {}, widgets


def with_dataframe(rows: int) -> Any:
    import numpy as np
    import pandas as pd

    frame = pd.DataFrame({"id": np.arange(rows), "value": np.random.default_rng(0).random(rows)})

    def state(step: int) -> tuple[dict[str, Any], dict[str, Any]]:
        user, widgets = twenty_element_state(step)
        return {"data": frame, **user}, widgets

    return state


def seconds_per_snapshot(state: Any, count: int) -> list[float]:
    with tempfile.TemporaryDirectory() as folder:
        store = SQLiteSessionStore(Path(folder) / "session.sqlite3")
        times = []
        try:
            for step in range(count + 1):
                user, widgets = state(step)
                started = time.perf_counter()
                store.save(
                    Snapshot(
                        user_values={k: encode(v, MAX_BYTES) for k, v in user.items()},
                        widgets_by_key={k: encode(v, MAX_BYTES) for k, v in widgets.items()},
                    )
                )
                # The first save creates every row; the ones after it are the steady state.
                if step > 0:
                    times.append(time.perf_counter() - started)
        finally:
            store.close()
        return times


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    print(
        json.dumps(
            {
                "small": seconds_per_snapshot(twenty_element_state, count),
                "dataframe_1m": seconds_per_snapshot(with_dataframe(1_000_000), max(3, count // 4)),
            }
        )
    )


if __name__ == "__main__":
    main()
