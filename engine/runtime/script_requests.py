"""The request box between an AppSession and its ScriptRunner thread.

The session's side (any thread) asks for a rerun or a stop; the script thread checks the box
at every `st.*` call and when a run ends. One lock guards the box; nothing else is shared.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from enum import Enum

from dataapp.proto.widgets_pb2 import WidgetState, WidgetStates


class RequestState(Enum):
    # Nothing asked: the runner goes on; at the end of a run it stops.
    CONTINUE = "continue"
    # A rerun is waiting: the runner interrupts the current run at its next st.* call.
    RERUN_REQUESTED = "rerun_requested"
    # The runner must stop at its next st.* call and end its thread.
    STOP_REQUESTED = "stop_requested"


@dataclass(frozen=True)
class RerunData:
    """What one run starts from."""

    widget_states: WidgetStates | None = None
    query_string: str = ""
    page_name: str = ""
    fragment_id: str = ""
    # Set when the source changed on disk: the runner recompiles.
    source_changed: bool = False
    # Start from empty session state (the user reset the saved state).
    reset_state: bool = False


class RerunInterrupt(BaseException):
    """Raised inside the script at an st.* call to start over with new data.

    A BaseException so that the app's own `except Exception:` does not swallow it.
    """

    def __init__(self, data: RerunData) -> None:
        super().__init__()
        self.data = data


class StopInterrupt(BaseException):
    """Raised inside the script to end the run: st.stop(), or the user's Stop."""

    def __init__(self, by_user: bool) -> None:
        super().__init__()
        self.by_user = by_user


def coalesce_widget_states(
    older: WidgetStates | None, newer: WidgetStates | None
) -> WidgetStates | None:
    """Merge two pending widget-state sets into one rerun.

    The newer set wins for every value, except that a button press (trigger value True) in the
    older set is kept: the older request never ran, and a press must never be lost because the
    user changed something else before the script got to it.
    """
    if older is None:
        return newer
    if newer is None:
        return older
    merged = WidgetStates()
    merged.CopyFrom(newer)
    pressed_before = {
        w.id for w in older.widgets if w.WhichOneof("value") == "trigger_value" and w.trigger_value
    }
    for state in merged.widgets:
        if state.id in pressed_before and state.WhichOneof("value") == "trigger_value":
            state.trigger_value = True
            pressed_before.discard(state.id)
    for state in older.widgets:
        if state.id in pressed_before:
            merged.widgets.append(WidgetState(id=state.id, trigger_value=True))
    # A chat_input's submitted text is a trigger too: keep it unless the newer set has one.
    reported = {w.id for w in merged.widgets}
    for state in older.widgets:
        if state.WhichOneof("value") == "string_trigger_value" and state.id not in reported:
            merged.widgets.append(state)
    return merged


def coalesce_rerun_data(older: RerunData, newer: RerunData) -> RerunData:
    """Two reruns asked before the runner got to them become one."""
    # A fragment-only rerun merged with anything else becomes the wider of the two.
    fragment = newer.fragment_id if newer.fragment_id == older.fragment_id else ""
    return RerunData(
        widget_states=coalesce_widget_states(older.widget_states, newer.widget_states),
        query_string=newer.query_string,
        page_name=newer.page_name,
        fragment_id=fragment,
        source_changed=older.source_changed or newer.source_changed,
        reset_state=older.reset_state or newer.reset_state,
    )


class ScriptRequests:
    """Thread-safe. The session calls request_rerun/request_stop from any thread; the ScriptRunner
    calls on_scriptrunner_yield at every st.* call and on_scriptrunner_ready between runs.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state = RequestState.CONTINUE
        self._rerun_data = RerunData()
        # Monotonic time the request now waiting was made (the older one when two merged).
        self._waiting_since: float | None = None

    @property
    def state(self) -> RequestState:
        with self._lock:
            return self._state

    def waiting_since(self) -> float | None:
        """When the stop or rerun the script has not served yet was asked; None if none waits."""
        with self._lock:
            return self._waiting_since

    def request_rerun(self, data: RerunData) -> bool:
        """Ask for a rerun. False when the runner has stopped for good: start a new one."""
        with self._lock:
            if self._state is RequestState.STOP_REQUESTED:
                return False
            if self._state is RequestState.RERUN_REQUESTED:
                self._rerun_data = coalesce_rerun_data(self._rerun_data, data)
            else:
                self._state = RequestState.RERUN_REQUESTED
                self._rerun_data = data
                self._waiting_since = time.monotonic()
            return True

    def request_stop(self) -> None:
        with self._lock:
            if self._state is RequestState.CONTINUE:
                self._waiting_since = time.monotonic()
            self._state = RequestState.STOP_REQUESTED

    def on_scriptrunner_yield(self) -> None:
        """Called by the script thread at each st.* call: raise to interrupt the run if asked."""
        # Read without the lock first: this runs on every st.* call and is almost always CONTINUE.
        if self._state is RequestState.CONTINUE:
            return
        with self._lock:
            if self._state is RequestState.RERUN_REQUESTED:
                self._state = RequestState.CONTINUE
                self._waiting_since = None
                raise RerunInterrupt(self._rerun_data)
            if self._state is RequestState.STOP_REQUESTED:
                self._waiting_since = None
                raise StopInterrupt(by_user=True)

    def on_scriptrunner_ready(self) -> RerunData | None:
        """Called by the script thread when a run is over: the next run's data, or None to stop."""
        with self._lock:
            self._waiting_since = None
            if self._state is RequestState.RERUN_REQUESTED:
                self._state = RequestState.CONTINUE
                return self._rerun_data
            self._state = RequestState.STOP_REQUESTED
            return None
