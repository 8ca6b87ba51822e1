"""`st.components.v2` (and `streamlit.components.v2` in apps): components that run in the page
itself, not in a frame (docs/components.md, "Components v2").

`component(...)` declares one and returns the function that mounts it; a mount is two widgets,
as in Streamlit: its state (a JSON object the frontend's `setStateValue` writes) and its events
(`setTriggerValue`, true for one run). `on_<name>_change` callbacks run when that state value
changed or that event fired. Declaring runs on any thread; mounting on the script thread.
"""

from __future__ import annotations

import glob
import hashlib
import json
from collections.abc import Callable, Mapping
from typing import Any

from dataapp.errors import APIError
from dataapp.proto.components_pb2 import BidiComponent
from dataapp.proto.element_pb2 import Element
from dataapp.proto.widgets_pb2 import WidgetState
from dataapp.runtime import components as registry
from dataapp.runtime.context import get_run_context
from dataapp.runtime.session_state import WidgetValueError

from ..data.api import AttributeDict
from ..table_types import is_table
from ..widget_support import WidgetCall, reported_field
from .api import Size, size_of
from .manifests import asset_dir

# Internal widget ids, as Streamlit names a mount's event widget.
_EVENTS_SUFFIX = "__events"
_CALLBACK = "on_"
_CHANGE = "_change"


class BidiComponentError(APIError):
    """A v2 component cannot be declared or mounted as asked."""


class ComponentResult(AttributeDict):
    """What a mount returns: each state value the component set (or its default) and each
    event it can send (None unless it fired in this run), readable as keys or attributes."""


def _is_inline(text: str) -> bool:
    """Streamlit's rule: code, not a path, unless it looks like one."""
    if "\n" in text:
        return True
    if any(c in text for c in "*?[]"):
        return False
    if text.startswith(("./", "/", "\\")) or "/" in text:
        return False
    return not text.endswith((".js", ".mjs", ".cjs", ".css"))


class _Definition:
    def __init__(
        self, name: str, html: str, css: str | None, js: str | None, isolate: bool
    ) -> None:
        self.name = name
        self.html = html
        self.isolate_styles = isolate
        self.css_inline = ""
        self.css_url = ""
        self.js_url = ""
        if css:
            if _is_inline(css):
                self.css_inline = css
            else:
                self.css_url = self._asset_url(css, "css")
        if js:
            self.js_url = (
                registry.keep_inline(name, js, ".js")
                if _is_inline(js)
                else self._asset_url(js, "js")
            )

    def _asset_url(self, pattern: str, what: str) -> str:
        folder = asset_dir(self.name)
        if folder is None:
            raise BidiComponentError(
                f"Component '{self.name}' must be declared in pyproject.toml with asset_dir to "
                f"use file-backed {what}."
            )
        registry.declare(registry.DeclaredComponent(self.name, folder, None))
        matches = glob.glob(pattern, root_dir=folder, recursive=True)
        if len(matches) != 1:
            raise BidiComponentError(
                f"Component '{self.name}': {what}={pattern!r} must match exactly one file in "
                f"{folder}, not {len(matches)}."
            )
        return registry.component_url(self.name, matches[0].replace("\\", "/"))


def component(
    name: str,
    *,
    html: str | None = None,
    css: str | None = None,
    js: str | None = None,
    isolate_styles: bool = True,
) -> Callable[..., ComponentResult]:
    """Declare a v2 component: its HTML, CSS and an ES module whose default export is called
    with `{name, data, key, parentElement, setStateValue, setTriggerValue}`. `css` and `js`
    are code, or files of a packaged component's asset_dir. Returns the mount function."""
    if not name or not isinstance(name, str):
        raise BidiComponentError("A v2 component needs a name.")
    if html is None and js is None:
        raise BidiComponentError(f"Component '{name}' needs html= or js=.")
    definition = _Definition(name, html or "", css, js, isolate_styles)

    def mount(
        *,
        key: str | int | None = None,
        data: Any = None,
        default: Mapping[str, Any] | None = None,
        width: Size = "stretch",
        height: Size = "content",
        **callbacks: Any,
    ) -> ComponentResult:
        return _mount(definition, key, data, default, width, height, callbacks)

    mount.__name__ = name.rsplit(".", 1)[-1]
    return mount


def _event_names(callbacks: Mapping[str, Any]) -> dict[str, Callable[..., Any]]:
    named: dict[str, Callable[..., Any]] = {}
    for argument, callback in callbacks.items():
        if not (argument.startswith(_CALLBACK) and argument.endswith(_CHANGE)) or not callable(
            callback
        ):
            raise TypeError(f"A v2 component takes on_<name>_change callbacks, not {argument}=.")
        named[argument[len(_CALLBACK) : -len(_CHANGE)]] = callback
    return named


def _encode_data(proto: BidiComponent, data: Any) -> str:
    """Put `data` in the element; returns a digest of it for the mount's identity."""
    if data is None:
        return ""
    if isinstance(data, (bytes, bytearray, memoryview)):
        proto.bytes = bytes(data)
        return hashlib.md5(proto.bytes, usedforsecurity=False).hexdigest()
    if is_table(data):
        from ..data.source import to_frame
        from .arrow import frame_to_arrow_table

        proto.arrow = frame_to_arrow_table(to_frame(data)[0]).data
        return hashlib.md5(proto.arrow, usedforsecurity=False).hexdigest()
    try:
        proto.json = json.dumps(data, sort_keys=True)
    except (TypeError, ValueError) as error:
        raise BidiComponentError(
            f"A v2 component's data must be JSON, bytes or a DataFrame: {error}"
        ) from error
    return hashlib.md5(proto.json.encode(), usedforsecurity=False).hexdigest()


def _state_from_wire(state: WidgetState) -> dict[str, Any]:
    if reported_field(state, "json_value", None) is None:
        return {}
    try:
        value = json.loads(state.json_value)
    except ValueError as error:
        raise WidgetValueError(f"the component's state is not JSON ({error})") from error
    return value if isinstance(value, dict) else {}


def _events_from_wire(state: WidgetState) -> list[dict[str, Any]]:
    if reported_field(state, "json_trigger_value", None) is None:
        return []
    try:
        value = json.loads(state.json_trigger_value)
    except ValueError as error:
        raise WidgetValueError(f"the component's events are not JSON ({error})") from error
    events = [value] if isinstance(value, dict) else value if isinstance(value, list) else []
    return [e for e in events if isinstance(e, dict) and isinstance(e.get("event"), str)]


def _reported(widget_id: str) -> Any:
    """A widget's value as the page just reported it (callbacks run before the widget call)."""
    ctx = get_run_context()
    if ctx is None:
        return None
    try:
        return ctx.session_state.widget_value(widget_id)
    except KeyError:
        return None


def _mount(
    definition: _Definition,
    key: str | int | None,
    data: Any,
    default: Mapping[str, Any] | None,
    width: Size,
    height: Size,
    callbacks: Mapping[str, Any],
) -> ComponentResult:
    from dataapp.elements.roots import main

    handlers = _event_names(callbacks)
    defaults = dict(default or {})
    unknown = sorted(set(defaults) - set(handlers))
    if unknown:
        raise BidiComponentError(
            f"Component '{definition.name}': default keys {unknown} have no on_<key>_change "
            "callback; defaults are for the state values the app listens to."
        )
    element = Element()
    proto: BidiComponent = element.bidi_component
    digest = _encode_data(proto, data)
    proto.width_mode, proto.width = size_of(width, "stretch", "width")
    proto.height_mode, proto.height = size_of(height, "content", "height")
    identity: tuple[Any, ...] = (definition.name, definition.isolate_styles)
    if key is None:
        identity += (digest, json.dumps(defaults, sort_keys=True, default=str), width, height)
    # The values the script saw in this run: the next run's callbacks compare against them.
    seen: dict[str, Any] = {}

    def state_changed() -> None:
        now = _reported(state.info.id) or {}
        for name, handler in handlers.items():
            if name in now and (name not in seen or seen[name] != now[name]):
                handler()

    def events_fired() -> None:
        fired = {e["event"] for e in _reported(events.info.id) or ()}
        for name, handler in handlers.items():
            if name in fired:
                handler()

    state = WidgetCall(
        main,
        kind="bidi_component",
        label=definition.name,
        identity=identity,
        key=key,
        default={},
        deserialize=_state_from_wire,
        on_change=state_changed if handlers else None,
        callback_allowed_in_form=True,
    )
    events = WidgetCall(
        main,
        kind="bidi_component",
        label=definition.name + _EVENTS_SUFFIX,
        # Never a key of its own: st.session_state shows the state only, as in Streamlit.
        identity=(*identity, key),
        key=None,
        default=[],
        deserialize=_events_from_wire,
        is_trigger=True,
        writes_allowed=False,
        on_change=events_fired if handlers else None,
        callback_allowed_in_form=True,
    )
    proto.info.CopyFrom(state.info)
    proto.trigger_id = events.info.id
    proto.component_name = definition.name
    proto.html = definition.html
    proto.css = definition.css_inline
    proto.css_url = definition.css_url
    proto.js_url = definition.js_url
    proto.isolate_styles = definition.isolate_styles
    main._enqueue_element(element)

    values = {**defaults, **(state.value or {})}
    seen.update(values)
    triggered: dict[str, Any] = {name: None for name in handlers}
    for event in events.value or ():
        triggered[event["event"]] = event.get("value")
    return ComponentResult({**triggered, **values})


__all__ = ["component"]
