"""Messages a session has produced and not yet handed to its client.

Thread-safe: the script thread enqueues, the event loop's flush takes everything. Consecutive
"unchanged" markers for neighbouring slots are merged here, so a rerun of a large page that
changed little costs a few bytes.
"""

from __future__ import annotations

import threading

from dataapp.proto.forward_pb2 import ForwardMsg


class ForwardMsgQueue:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._messages: list[ForwardMsg] = []

    def enqueue(self, msg: ForwardMsg) -> bool:
        """Add a message; True when the queue was empty (the caller schedules a flush)."""
        with self._lock:
            was_empty = not self._messages
            if not was_empty and _extends_unchanged_run(self._messages[-1], msg):
                self._messages[-1].delta.unchanged += msg.delta.unchanged
                return False
            self._messages.append(msg)
            return was_empty

    def flush(self) -> list[ForwardMsg]:
        with self._lock:
            messages, self._messages = self._messages, []
            return messages

    def clear(self) -> None:
        with self._lock:
            self._messages = []


def _extends_unchanged_run(last: ForwardMsg, msg: ForwardMsg) -> bool:
    """True when `msg` marks the slot right after the run of unchanged slots that `last` marks."""
    if last.WhichOneof("type") != "delta" or msg.WhichOneof("type") != "delta":
        return False
    a, b = last.delta, msg.delta
    if a.WhichOneof("type") != "unchanged" or b.WhichOneof("type") != "unchanged":
        return False
    if a.fragment_id != b.fragment_id or len(a.path) != len(b.path):
        return False
    return a.path[:-1] == b.path[:-1] and a.path[-1] + a.unchanged == b.path[-1]
