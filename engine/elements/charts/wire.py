"""Charts with `on_select` on the wire: the selection travels as JSON in `WidgetState.json_value`.

Pure functions, any thread; used by AppTest (the engine reads the JSON in api.py).
"""

from __future__ import annotations

import json
from typing import Any

from dataapp.proto.widgets_pb2 import WidgetState


def shown_selection(proto: Any, state: WidgetState) -> None:
    """What an untouched selectable chart reports: the selection its element carries."""
    state.json_value = proto.selection_json or "{}"


def selection_state(widget_id: str, selection: Any) -> WidgetState:
    return WidgetState(id=widget_id, json_value=json.dumps(selection))
