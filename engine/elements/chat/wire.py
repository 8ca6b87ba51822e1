"""st.chat_input on the wire: a submitted text travels once, as `WidgetState.string_trigger_value`.

Pure functions, any thread; used by AppTest (the engine reads it in api.py).
"""

from __future__ import annotations

from dataapp.proto.widgets_pb2 import WidgetState


def submit_state(widget_id: str, text: str | None) -> WidgetState:
    """The text submitted (None: nothing, the input reports no value)."""
    state = WidgetState(id=widget_id)
    if text is not None:
        state.string_trigger_value = text
    return state
