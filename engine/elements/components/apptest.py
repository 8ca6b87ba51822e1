"""AppTest's views of the components family: a declared component's instance (`set_value`
stands in for its frontend) and frames. Used by the test's thread, between runs.

Streamlit's AppTest cannot drive components at all (they are unknown elements there); here a
test can give a component the value its frontend would send.
"""

from __future__ import annotations

import json
from typing import Any

from dataapp.elements.apptest_support import Element, Widget
from dataapp.proto.widgets_pb2 import WidgetState

from .arrow import frame_to_arrow_table


class CustomComponent(Widget):
    """A call of a declared v1 component: `.name`, `.args` (its JSON arguments); `set_value`
    sends what its frontend's `setComponentValue` would (JSON, bytes or a DataFrame)."""

    serves = ("custom_component",)
    type = "custom_component"
    _repr_fields = ("name", "key", "value")

    @property
    def name(self) -> str:
        return str(self.proto.component_name)

    @property
    def args(self) -> dict[str, Any]:
        parsed: dict[str, Any] = json.loads(self.proto.json_args or "{}")
        return parsed

    def _state_for(self, v: Any) -> WidgetState:
        state = WidgetState(id=self.id)
        if isinstance(v, (bytes, bytearray, memoryview)):
            state.bytes_value = bytes(v)
        elif hasattr(v, "columns") and hasattr(v, "index"):
            state.arrow_value.CopyFrom(frame_to_arrow_table(v))
        else:
            state.json_value = json.dumps(v)
        return state


class IFrame(Element):
    """st.iframe, st.components.v1.html and iframe: `.src` is the address the frame shows."""

    serves = ("iframe",)
    type = "iframe"
    _repr_fields = ("src",)

    @property
    def value(self) -> str:
        return str(self.proto.src)

    @property
    def src(self) -> str:
        return str(self.proto.src)


class BidiComponent(Widget):
    """A mount of a v2 component: `.name`; `.value` is its state (a dict); `set_value(dict)`
    sends the state its frontend's `setStateValue` calls would (events are not staged)."""

    serves = ("bidi_component",)
    type = "bidi_component"
    _repr_fields = ("name", "key", "value")

    @property
    def name(self) -> str:
        return str(self.proto.component_name)

    def _state_for(self, v: Any) -> WidgetState:
        return WidgetState(id=self.id, json_value=json.dumps(dict(v)))
