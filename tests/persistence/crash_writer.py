"""Child process for the crash test: writes snapshot after snapshot until killed.

Each snapshot's values agree with each other (n, and a payload derived from n), so a reader
can tell a torn snapshot from a complete one. Prints n after each completed save.
"""

from __future__ import annotations

import sys
from pathlib import Path

from dataapp.runtime.persistence.codec import encode
from dataapp.runtime.persistence.sqlite_store import SQLiteSessionStore
from dataapp.runtime.persistence.store import Snapshot

LIMIT = 1 << 30


def snapshot(n: int) -> Snapshot:
    values = {f"key{i}": encode([n, i, "x" * (n % 50)], LIMIT) for i in range(40)}
    values["n"] = encode(n, LIMIT)
    return Snapshot(
        user_values=values, widgets_by_key={"w": encode(n * 2, LIMIT)}, query_string=f"n={n}"
    )


def main() -> None:
    path, start = Path(sys.argv[1]), int(sys.argv[2])
    store = SQLiteSessionStore(path)
    n = start
    while True:
        n += 1
        store.save(snapshot(n))
        print(n, flush=True)


if __name__ == "__main__":
    main()
