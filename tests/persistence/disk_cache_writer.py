"""Child process for the disk cache crash test: writes entries until it is killed.

    python disk_cache_writer.py FOLDER START

Writes entries of five keys in turn into FOLDER (one function version's folder), each value a
run of one byte repeated, so a reader can tell a whole value from a torn one. Prints the
number of each completed write.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

from dataapp.runtime.caching.disk import EntryFiles

VERSION = "v1"
VALUE_BYTES = 1 << 20


def key(i: int) -> bytes:
    return bytes([i % 5]) * 16


def value(n: int) -> bytes:
    return pickle.dumps(bytes([n % 256]) * VALUE_BYTES)


def main() -> None:
    folder, start = Path(sys.argv[1]), int(sys.argv[2])
    files = EntryFiles(folder, VERSION)
    n = start
    while True:
        n += 1
        files.write(key(n), value(n), ())
        print(n, flush=True)


if __name__ == "__main__":
    main()
