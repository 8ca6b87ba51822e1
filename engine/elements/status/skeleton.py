"""st.skeleton's placeholder: a slot showing an animated skeleton, that an st.* call on it
replaces (as st.empty's), or, used as a context manager, that shows the skeleton only while
the `with` block has run for more than half a second (as st.spinner) and empties it after.

Made and used on the script thread; the delay's timer thread only sends the skeleton to the
slot (under the lock that `__exit__` takes to clear it).
"""

from __future__ import annotations

import threading
from types import TracebackType
from typing import Any, Literal

from dataapp.proto.element_pb2 import Element
from dataapp.runtime.context import get_run_context

from .api import SPINNER_DELAY_SECONDS, send_to_slot


class SkeletonPlaceholder:
    """What st.skeleton returns: the st.* methods of its slot, and a context manager."""

    def __init__(self, slot: Any, element: Element) -> None:
        self._slot = slot
        self._element = element
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        # While the `with` block runs: whether the skeleton may still appear, and whether it did.
        self._pending = False
        self._shown = False

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(f"'SkeletonPlaceholder' object has no attribute '{name}'")
        return getattr(self._slot, name)

    def __enter__(self) -> SkeletonPlaceholder:
        # The block's own elements go to the container, after the slot; the slot stays empty
        # unless the block is slow.
        self._slot.empty()
        ctx = get_run_context()
        path = self._slot._slot_path
        if ctx is None or path is None:
            return self
        with self._lock:
            self._pending, self._shown = True, False

        def show() -> None:
            with self._lock:
                if self._pending:
                    self._shown = True
                    send_to_slot(ctx.enqueue, path, self._element)

        self._timer = threading.Timer(SPINNER_DELAY_SECONDS, show)
        self._timer.daemon = True
        self._timer.start()
        return self

    def __exit__(
        self,
        typ: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> Literal[False]:
        if self._timer is not None:
            self._timer.cancel()
        ctx = get_run_context()
        with self._lock:
            self._pending = False
            if self._shown and ctx is not None and self._slot._slot_path is not None:
                cleared = Element()
                cleared.empty.SetInParent()
                send_to_slot(ctx.enqueue, self._slot._slot_path, cleared)
        return False
