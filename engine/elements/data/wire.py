"""st.dataframe (with on_select) and st.data_editor on the wire: their value travels as JSON in
`WidgetState.json_value` (a selection, or the edits; docs/protocol.md, "Data windows").

Pure functions, any thread; used by AppTest (the engine reads the JSON in api.py and edits.py).
"""

from __future__ import annotations

import json
from typing import Any

from dataapp.proto.widgets_pb2 import WidgetState


def shown_value_json(proto: Any, state: WidgetState) -> None:
    """What an untouched data widget reports: the selection or edits its element carries."""
    state.json_value = str(proto.value_json)


def selection_state(widget_id: str, value: Any) -> WidgetState:
    """A dataframe selection ({"selection": {"rows": [...], "columns": [...]}}) as the page sends it."""
    selection = value.get("selection", {}) if isinstance(value, dict) else {}
    text = json.dumps({"selection": {k: list(selection.get(k, [])) for k in ("rows", "columns")}})
    return WidgetState(id=widget_id, json_value=text)
