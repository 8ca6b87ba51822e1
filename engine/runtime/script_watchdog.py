"""Stops a script that does not reach an `st.*` call: an asynchronous exception in its thread.

A stop or rerun request is normally served at the script's next `st.*` call. A script busy in
plain Python (`while True: pass`) never gets there, so one watchdog thread per process waits
until a request has waited FORCED_INTERRUPT_AFTER_SECONDS and then raises ScriptInterrupted in
the script thread (CPython's PyThreadState_SetAsyncExc). Only while the user's code runs: each
ScriptRunner owns a ScriptGuard that says when its thread is inside the user's code and outside
the engine's own bookkeeping, and every delivery happens under the guard's lock.

Thread rules: the session's threads call `watch`; the watchdog thread calls
`ScriptGuard.interrupt_if_stuck`; the script thread calls `run_user_code` and `shield`.
"""

from __future__ import annotations

import ctypes
import heapq
import itertools
import threading
import time
from collections.abc import Callable
from types import TracebackType

# How long a stop or rerun request may wait for the script's next st.* call before the
# watchdog interrupts the script wherever it is (and again as often while it is still stuck).
FORCED_INTERRUPT_AFTER_SECONDS = 0.5

# Script threads inside user code, by thread id: ScriptInterrupted reports to its guard.
_guards_by_thread: dict[int, ScriptGuard] = {}


class ScriptInterrupted(BaseException):
    """Raised asynchronously in a script that kept a stop or rerun request waiting.

    A BaseException so that the app's own `except Exception:` does not swallow it. The runner
    turns it into the stop or rerun that was asked for; it never reaches the page.
    """

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        # CPython creates the instance in the script thread when the exception is caught:
        # from then on it is no longer pending, and a script that swallows it can get another.
        guard = _guards_by_thread.get(threading.get_ident())
        if guard is not None:
            guard.mark_consumed()


def _set_async_exc(thread_id: int, exception: type[BaseException] | None) -> None:
    """Raise `exception` in the thread at its next bytecode boundary; None cancels a pending one."""
    target = ctypes.py_object(exception) if exception is not None else None
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), target)


class ScriptGuard:
    """Thread-safe. When one script thread may be interrupted asynchronously.

    The script thread runs the user's code (widget callbacks and the script body) through
    `run_user_code`, and wraps engine work done in the middle of it (message enqueueing) in
    `shield()`. The watchdog delivers ScriptInterrupted only inside user code, outside any
    shield, and only once a request has waited its full patience; a delivery not yet consumed
    when the user code ends is cancelled before the engine's bookkeeping starts, so it can
    never fire in the run's `finally`, in the session's listeners or in the next run.
    """

    def __init__(self, request_waiting_since: Callable[[], float | None]) -> None:
        self._lock = threading.Lock()
        self._request_waiting_since = request_waiting_since
        self._thread_id = 0
        # Whether the thread is inside user code now.
        self._in_user_code = False
        self._shield_depth = 0
        # A delivery was made and its exception has not been raised in the thread yet.
        self._pending = False

    def run_user_code(self, code: Callable[[], object]) -> None:
        """Run `code` with asynchronous interrupts allowed; raises what `code` raises.

        An interrupt delivered just as `code` ends may surface as ScriptInterrupted from here
        instead of `code`'s own outcome; callers treat it as the request it stands for and call
        `leave_user_code` again (it is idempotent).
        """
        with self._lock:
            self._thread_id = threading.get_ident()
            self._in_user_code = True
            self._shield_depth = 0
            self._pending = False
            _guards_by_thread[self._thread_id] = self
        try:
            code()
        finally:
            self.leave_user_code()

    def leave_user_code(self) -> None:
        """From here on nothing may be delivered; a delivery still pending is cancelled."""
        with self._lock:
            if self._pending:
                _set_async_exc(self._thread_id, None)
                self._pending = False
            self._in_user_code = False
            _guards_by_thread.pop(self._thread_id, None)

    def shield(self) -> _Shield:
        """A block of engine work inside user code (enqueueing a message) that is never cut."""
        return _Shield(self)

    def mark_consumed(self) -> None:
        self._pending = False

    def interrupt_if_stuck(self, patience: float) -> bool:
        """Called by the watchdog: interrupt the user code if a request has waited `patience`.

        True when the watchdog should look again later (the request still waits).
        """
        with self._lock:
            waiting_since = self._request_waiting_since()
            if waiting_since is None:
                return False
            if not self._in_user_code:
                # Between runs, or before the body: the request is served there, or the next
                # user code may be the stuck one. Look again until it is served.
                return True
            if time.monotonic() - waiting_since < patience:
                # A newer request than the one this look was for: its own look will come.
                return False
            if self._shield_depth or self._pending:
                # Inside engine work, or a C call has not returned to the interpreter yet.
                return True
            _set_async_exc(self._thread_id, ScriptInterrupted)
            self._pending = True
            return True

    def _enter_shield(self) -> None:
        with self._lock:
            if self._pending:
                # Cancel it before any engine state is touched; the request itself stays
                # pending, so the st.* call's own check (or the next delivery) serves it.
                _set_async_exc(self._thread_id, None)
                self._pending = False
            self._shield_depth += 1

    def _leave_shield(self) -> None:
        with self._lock:
            self._shield_depth = max(0, self._shield_depth - 1)


class _Shield:
    def __init__(self, guard: ScriptGuard) -> None:
        self._guard = guard

    def __enter__(self) -> None:
        self._guard._enter_shield()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._guard._leave_shield()


class ScriptWatchdog:
    """Thread-safe. One thread for the whole process, asleep while no request is waiting.

    `watch(guard)` is called when a stop or rerun is requested; after
    FORCED_INTERRUPT_AFTER_SECONDS the watchdog asks the guard to interrupt its script, and
    keeps asking at that interval while the guard says the script is still stuck.
    """

    def __init__(self, delay: float = FORCED_INTERRUPT_AFTER_SECONDS) -> None:
        self._delay = delay
        self._condition = threading.Condition()
        # (due time, tie-breaker, guard)
        self._due: list[tuple[float, int, ScriptGuard]] = []
        self._counter = itertools.count()
        self._thread: threading.Thread | None = None

    def watch(self, guard: ScriptGuard) -> None:
        now = time.monotonic()
        with self._condition:
            heapq.heappush(self._due, (now + self._delay, next(self._counter), guard))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._serve, name="dataapp-script-watchdog", daemon=True
                )
                self._thread.start()
            self._condition.notify()

    def _serve(self) -> None:
        while True:
            with self._condition:
                while not self._due or self._due[0][0] > time.monotonic():
                    timeout = self._due[0][0] - time.monotonic() if self._due else None
                    self._condition.wait(timeout)
                _, _, guard = heapq.heappop(self._due)
            if guard.interrupt_if_stuck(self._delay):
                with self._condition:
                    due = time.monotonic() + self._delay
                    heapq.heappush(self._due, (due, next(self._counter), guard))


WATCHDOG = ScriptWatchdog()
