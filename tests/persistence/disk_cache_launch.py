"""Child process for the disk cache tests: one launch of an app, one run, then exit.

    python disk_cache_launch.py APP [--query QUERY] [--clock-offset SECONDS]

Runs the app through the real Runtime with a recording client and prints one JSON line per
element or block the run sent: {"path": [...], "kind": "text", "body": {...}}. `--clock-offset` moves the
clock cache files are dated with, as if this launch happened that many seconds later.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from google.protobuf.json_format import MessageToDict

from dataapp.runtime.caching import disk
from dataapp.runtime.config import load_config
from dataapp.runtime.runtime import Runtime
from tests.support.recording import RecordingClient


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("app")
    parser.add_argument("--query", default="")
    parser.add_argument("--clock-offset", type=float, default=0.0)
    args = parser.parse_args()
    if args.clock_offset:
        offset = args.clock_offset
        disk.wall_clock = lambda: time.time() + offset
    # As the command line does: the app's config files (e.g. `[app] id`) come with it.
    runtime = Runtime(args.app, load_config(args.app))
    client = RecordingClient()
    session = runtime.create_session(client, None, args.query)
    if not session.join(30):
        print("the script did not finish in time", file=sys.stderr)
        return 3
    runtime.stop()
    for msg in client.take():
        if msg.WhichOneof("type") != "delta":
            continue
        delta_kind = msg.delta.WhichOneof("type")
        if delta_kind == "new_element":
            element = msg.delta.new_element
            kind = element.WhichOneof("type") or ""
            body = MessageToDict(getattr(element, kind)) if kind else {}
        elif delta_kind == "add_block":
            kind, body = "block", MessageToDict(msg.delta.add_block)
        else:
            continue
        print(json.dumps({"path": list(msg.delta.path), "kind": kind, "body": body}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
