"""The watchdog's asynchronous interrupt lands only in user code, never in the engine's own.

Real threads: a hammer thread asks the guard to interrupt as fast as it can, while a script
thread alternates user code with engine bookkeeping and shielded engine work.
"""

from __future__ import annotations

import threading
import time

from dataapp.runtime.script_watchdog import ScriptGuard, ScriptInterrupted, ScriptWatchdog


def _busy(n: int = 300) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def test_an_interrupt_never_lands_after_the_user_code_ended_or_inside_a_shield() -> None:
    # A request that has waited forever: every look may interrupt.
    guard = ScriptGuard(lambda: 0.0)
    done = threading.Event()
    counts = {"interrupted": 0, "leaked_after": 0, "leaked_in_shield": 0}

    def hammer() -> None:
        # Far more often than the watchdog's 0.5 s, yet leaving the script time to run.
        while not done.is_set():
            guard.interrupt_if_stuck(0.0)
            time.sleep(0.0002)

    def user_code() -> None:
        _busy()
        with guard.shield():
            try:
                _busy()
            except ScriptInterrupted:
                counts["leaked_in_shield"] += 1
        _busy()

    def script() -> None:
        for _ in range(3000):
            try:
                guard.run_user_code(user_code)
            except ScriptInterrupted:
                guard.leave_user_code()
                counts["interrupted"] += 1
            try:
                _busy()  # the engine's bookkeeping after a run
            except ScriptInterrupted:
                counts["leaked_after"] += 1

    hammering = threading.Thread(target=hammer, daemon=True)
    hammering.start()
    scripting = threading.Thread(target=script)
    scripting.start()
    scripting.join(60)
    done.set()
    hammering.join(5)
    assert not scripting.is_alive()
    assert counts["interrupted"] > 0  # the hammer did get through to the user code
    assert counts["leaked_after"] == 0
    assert counts["leaked_in_shield"] == 0


def test_a_script_that_swallows_the_interrupt_is_interrupted_again() -> None:
    guard = ScriptGuard(lambda: 0.0)
    watchdog = ScriptWatchdog(delay=0.05)
    caught: list[float] = []

    def stubborn() -> None:
        while len(caught) < 3:
            try:
                while True:
                    pass
            except ScriptInterrupted:
                caught.append(time.monotonic())
        while True:
            pass

    outcome: list[str] = []

    def script() -> None:
        try:
            guard.run_user_code(stubborn)
        except ScriptInterrupted:
            outcome.append("interrupted")

    thread = threading.Thread(target=script, daemon=True)
    thread.start()
    watchdog.watch(guard)
    thread.join(10)
    assert not thread.is_alive()
    assert len(caught) == 3 and outcome == ["interrupted"]


def test_nothing_is_interrupted_when_no_request_waits() -> None:
    guard = ScriptGuard(lambda: None)
    watchdog = ScriptWatchdog(delay=0.01)
    finished = threading.Event()

    def user_code() -> None:
        deadline = time.monotonic() + 0.3
        while time.monotonic() < deadline:
            pass
        finished.set()

    thread = threading.Thread(target=guard.run_user_code, args=(user_code,), daemon=True)
    thread.start()
    watchdog.watch(guard)
    thread.join(5)
    assert finished.is_set()


def test_a_request_made_before_the_user_code_started_still_interrupts_it() -> None:
    requested_at = time.monotonic()
    guard = ScriptGuard(lambda: requested_at)
    watchdog = ScriptWatchdog(delay=0.05)
    outcome: list[str] = []

    def stuck() -> None:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            pass
        outcome.append("ran to its end")

    def script() -> None:
        time.sleep(0.2)  # the engine's own preparation of the run, longer than the delay
        try:
            guard.run_user_code(stuck)
        except ScriptInterrupted:
            outcome.append("interrupted")

    thread = threading.Thread(target=script, daemon=True)
    thread.start()
    watchdog.watch(guard)
    thread.join(10)
    assert outcome == ["interrupted"]
