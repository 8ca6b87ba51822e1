"""A declared v1 component and one call of it: a widget whose value the component's own
frontend sets (docs/components.md).

`declare_component` runs when a component package is imported, on whatever thread imports it;
a call runs on the script thread, inside a run.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

from dataapp.errors import APIError
from dataapp.proto.components_pb2 import ComponentInstance, SpecialArg
from dataapp.proto.element_pb2 import Element
from dataapp.proto.widgets_pb2 import WidgetState
from dataapp.runtime import components as registry
from dataapp.runtime.session_state import WidgetValueError

from ..table_types import is_table
from ..widget_support import WidgetCall, reported_field
from .arrow import arrow_table_to_frame, frame_to_arrow_table


class MarshallComponentException(APIError):
    """A component's arguments cannot be sent to its frontend (as in Streamlit)."""


class CustomComponent:
    """What `declare_component` returns: call it to show the component and get its value."""

    def __init__(
        self, name: str, path: str | None = None, url: str | None = None, module_name: str = ""
    ) -> None:
        if (path is None) == (url is None):
            raise APIError(
                f"declare_component({name!r}): give either path= (the folder of the component's "
                "built frontend) or url= (a development server), not both or neither."
            )
        self.name = name
        self.path = None if path is None else str(path)
        self.url = url
        self.module_name = module_name

    def __repr__(self) -> str:
        return f"CustomComponent({self.name!r}, path={self.path!r}, url={self.url!r})"

    def __str__(self) -> str:
        return f"'{self.name}': {self.path if self.path is not None else self.url}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CustomComponent) and (
            self.name,
            self.path,
            self.url,
            self.module_name,
        ) == (other.name, other.path, other.url, other.module_name)

    def __hash__(self) -> int:
        return hash((self.name, self.path, self.url, self.module_name))

    def create_instance(
        self,
        *args: Any,
        default: Any = None,
        key: str | None = None,
        on_change: Callable[..., Any] | None = None,
        tab_index: int | None = None,
        **kwargs: Any,
    ) -> Any:
        """Show the component with `kwargs` as its arguments; its value, or `default` until
        its frontend sets one."""
        if args:
            raise MarshallComponentException(f"Argument '{args[0]}' needs a label")
        checked_tab_index(tab_index)
        from dataapp.elements.roots import main

        json_args, special_args = _split_arguments(dict(kwargs, default=default, key=key))
        try:
            json_text = json.dumps(json_args)
        except (TypeError, ValueError) as error:
            raise MarshallComponentException(
                f"Could not convert component args to JSON: {error}"
            ) from error
        # With a key, the arguments may change without making a new widget (as in Streamlit).
        identity: tuple[Any, ...] = (self.name, self.url or "")
        if key is None:
            identity += (json_text, _special_digest(special_args))
        call = WidgetCall(
            main,
            kind="component_instance",
            label=self.name,
            identity=identity,
            key=key,
            default=None,
            deserialize=component_value,
            # Its page keeps its own state and cannot be told a restored value.
            persisted=False,
            on_change=on_change,
            # A component in a form reports its value with the form's submit (as in Streamlit).
            callback_allowed_in_form=True,
        )
        element = Element()
        instance: ComponentInstance = element.component_instance
        instance.info.CopyFrom(call.info)
        instance.component_name = self.name
        instance.url = self.url or ""
        instance.json_args = json_text
        instance.special_args.extend(special_args)
        if tab_index is not None:
            instance.tab_index = tab_index
        main._enqueue_element(element)
        value = call.value
        return default if value is None else value

    # Calling the component is creating an instance, as in Streamlit.
    __call__ = create_instance


def _split_arguments(arguments: dict[str, Any]) -> tuple[dict[str, Any], list[SpecialArg]]:
    """JSON arguments, and the DataFrames and bytes the frontend receives as such."""
    from dataapp.elements.data.source import to_frame

    json_args: dict[str, Any] = {}
    special: list[SpecialArg] = []
    for name, value in arguments.items():
        if isinstance(value, (bytes, bytearray, memoryview)):
            special.append(SpecialArg(key=name, bytes=bytes(value)))
        elif is_table(value):
            frame = to_frame(value)[0]
            special.append(SpecialArg(key=name, arrow_table=frame_to_arrow_table(frame)))
        else:
            json_args[name] = value
    return json_args, special


def checked_tab_index(tab_index: int | None) -> int | None:
    """A frame's tab_index: None, -1 or a whole number from 0 (as in Streamlit)."""
    if tab_index is None:
        return None
    if isinstance(tab_index, bool) or not isinstance(tab_index, int) or tab_index < -1:
        raise APIError(f"tab_index must be None, -1 or a non-negative integer, not {tab_index!r}.")
    return tab_index


def _special_digest(special_args: list[SpecialArg]) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    for arg in special_args:
        digest.update(arg.SerializeToString(deterministic=True))
    return digest.hexdigest()


def component_value(state: WidgetState) -> Any:
    """What the component's frontend set: JSON, bytes or a DataFrame (None: nothing yet)."""
    field = reported_field(state, "json_value", "bytes_value", "arrow_value", None)
    if field == "json_value":
        try:
            return json.loads(state.json_value)
        except ValueError as error:
            raise WidgetValueError(f"the component's value is not JSON ({error})") from error
    if field == "bytes_value":
        return state.bytes_value
    if field == "arrow_value":
        return arrow_table_to_frame(state.arrow_value)
    return None


def caller_module_name(frame: FrameType) -> str:
    """The module that called declare_component: its `__name__`, or for the app's own script
    (`__main__`) the script's file name without .py, as in Streamlit."""
    name = str(frame.f_globals.get("__name__", ""))
    if name == "__main__" or not name:
        return os.path.splitext(os.path.basename(inspect.getfile(frame)))[0]
    return name


def declare_component(
    name: str, path: str | None = None, url: str | None = None
) -> CustomComponent:
    """Declare a custom component whose built frontend is in the folder `path` (or served at
    `url` while you develop it); returns the function that shows it.

    The component's full name is `<module>.<name>`, the module being the one that declares it.
    """
    frame = inspect.currentframe()
    caller = frame.f_back if frame is not None else None
    # v1.declare_component is a thin wrapper: the module that matters is its caller's.
    while (
        caller is not None and caller.f_globals.get("__name__") == "dataapp.elements.components.v1"
    ):
        caller = caller.f_back
    module_name = caller_module_name(caller) if caller is not None else ""
    component = CustomComponent(f"{module_name}.{name}", path, url, module_name)
    registry.declare(
        registry.DeclaredComponent(
            component.name, Path(component.path) if component.path else None, url
        )
    )
    return component
