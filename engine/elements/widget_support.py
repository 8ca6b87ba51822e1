"""What every widget call shares: identity, registration with session state, common fields,
and the checks of values the page reports (docs/security.md, "Widget values are checked on the
server").

Runs on the script thread, inside a run (outside one, widgets return their defaults).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal

from dataapp.errors import APIError
from dataapp.proto.text_pb2 import COLLAPSED, HIDDEN, VISIBLE, LabelVisibility
from dataapp.proto.widgets_pb2 import Button, WidgetInfo, WidgetState
from dataapp.runtime.context import get_run_context
from dataapp.runtime.delta_generator import DeltaGeneratorBase
from dataapp.runtime.session_state import (
    WIDGET_ID_PREFIX,
    RegisteredValue,
    WidgetMetadata,
    WidgetValueError,
)

LabelVisibilityName = Literal["visible", "hidden", "collapsed"]
WidgetCallback = Callable[..., Any]
Key = str | int
# The look of st.button, st.download_button, st.link_button and the other buttons.
ButtonType = Literal["primary", "secondary", "tertiary"]
_BUTTON_KINDS = {
    "primary": Button.PRIMARY,
    "secondary": Button.SECONDARY,
    "tertiary": Button.TERTIARY,
}

_LABEL_VISIBILITY: dict[str, LabelVisibility] = {
    "visible": VISIBLE,
    "hidden": HIDDEN,
    "collapsed": COLLAPSED,
}


def compute_widget_id(
    kind: str, label: str, identity: Iterable[Any], key: str | None, form_id: str
) -> str:
    """A widget's identity across reruns: same type, label, identity arguments, key and form."""
    digest = hashlib.md5(usedforsecurity=False)
    for part in (kind, label, form_id, key or "", *identity):
        digest.update(repr(part).encode("utf-8", "backslashreplace"))
        digest.update(b"\x1f")
    suffix = f"-{key}" if key is not None else ""
    return f"{WIDGET_ID_PREFIX}{kind}-{digest.hexdigest()[:16]}{suffix}"


def button_kind(type: str) -> Button.Kind:
    if type not in _BUTTON_KINDS:
        raise APIError(f"Button type must be 'primary', 'secondary' or 'tertiary', not {type!r}.")
    return _BUTTON_KINDS[type]


def normalize_key(key: Key | None) -> str | None:
    return None if key is None else str(key)


def label_visibility_proto(value: str) -> LabelVisibility:
    try:
        return _LABEL_VISIBILITY[value]
    except KeyError:
        raise APIError(
            f"Unsupported label_visibility {value!r}: use 'visible', 'hidden' or 'collapsed'."
        ) from None


class WidgetCall:
    """One widget call's registration. `value` is what the script gets; fill `info` into the element."""

    def __init__(
        self,
        dg: DeltaGeneratorBase,
        *,
        kind: str,
        label: str,
        identity: Sequence[Any],
        key: Key | None,
        default: Any,
        deserialize: Callable[[WidgetState], Any],
        has_explicit_default: bool = True,
        help: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        is_trigger: bool = False,
        writes_allowed: bool = True,
        persisted: bool = True,
        on_change: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        callback_allowed_in_form: bool = False,
        validate: Callable[[Any], str | None] | None = None,
    ) -> None:
        self.info = WidgetInfo(
            label=str(label),
            help=help or "",
            disabled=disabled,
            label_visibility=label_visibility_proto(label_visibility),
        )
        user_key = normalize_key(key)
        form_id = dg.form_id
        if form_id and on_change is not None and not callback_allowed_in_form:
            raise APIError(
                f"With forms, callbacks can only be defined on the `st.form_submit_button`; "
                f"remove on_change from `st.{kind}` {label!r}."
            )
        ctx = get_run_context()
        # Widget state is per page: the page whose code runs is part of the identity.
        page = ctx.active_script if ctx is not None else ""
        widget_id = compute_widget_id(kind, str(label), (page, *identity), user_key, form_id)
        self.info.id = widget_id
        self.info.form_id = form_id
        self.info.key = user_key or ""
        if ctx is None:
            self.registered = RegisteredValue(default, default, False)
            return
        ctx.check_interrupt()
        meta = WidgetMetadata(
            id=widget_id,
            kind=kind,
            label=str(label),
            deserialize=deserialize,
            default=default,
            key=user_key,
            form_id=form_id,
            is_trigger=is_trigger,
            disabled=disabled,
            writes_allowed=writes_allowed,
            persisted=persisted,
            callback=on_change,
            callback_args=tuple(args or ()),
            callback_kwargs=dict(kwargs or {}),
            validate=validate,
            fragment_path=ctx.fragment_path,
        )
        self.registered = ctx.session_state.register_widget(meta, has_explicit_default)
        self.info.set_value = self.registered.set_value
        if self.registered.warning:
            from dataapp.proto.element_pb2 import Element
            from dataapp.proto.status_pb2 import Alert

            # Shown like Streamlit does: a yellow warning box where the widget is.
            warning = Element()
            warning.alert.kind = Alert.WARNING
            warning.alert.body = self.registered.warning
            dg._enqueue_element(warning)

    @property
    def value(self) -> Any:
        return self.registered.value

    @property
    def shown(self) -> Any:
        return self.registered.shown


def option_list(options: Any) -> list[Any]:
    """Options as a list: sequences, sets, dict keys, numpy arrays, Series and DataFrame columns."""
    if options is None:
        return []
    columns = getattr(options, "columns", None)
    if columns is not None and hasattr(options, "iloc"):
        return list(options.iloc[:, 0]) if len(columns) else []
    # polars and pyarrow tables: their first column too, as Streamlit takes it.
    library = type(options).__module__.split(".")[0]
    if library == "polars" and columns is not None and hasattr(options, "get_column"):
        return list(options.get_column(columns[0]).to_list()) if len(columns) else []
    if library == "pyarrow" and hasattr(options, "num_columns"):
        return list(options.column(0).to_pylist()) if options.num_columns else []
    return list(options)


def format_options(options: Sequence[Any], format_func: Callable[[Any], Any]) -> list[str]:
    return [str(format_func(option)) for option in options]


def index_of(options: Sequence[Any], value: Any) -> int:
    for index, option in enumerate(options):
        try:
            if option == value:
                return index
        except (TypeError, ValueError):
            continue
    return -1


# -- checking what the page reports ---------------------------------------------------------

# A value quoted in a message (and the log) is cut to this many characters: the page may send
# megabytes.
_QUOTED_CHARS = 60


def quoted(value: Any) -> str:
    """`value`'s repr, cut short for a message."""
    text = repr(value)
    return text if len(text) <= _QUOTED_CHARS else text[: _QUOTED_CHARS - 1] + "…"


def reported_field(state: WidgetState, *fields: str | None) -> str | None:
    """Which of `fields` the report carries (None in `fields` allows a report with no value).

    Raises WidgetValueError for any other kind of value: a checkbox reported as a string, a
    selectbox as a list.
    """
    field: str | None = state.WhichOneof("value")
    if field not in fields:
        takes = " or ".join(f for f in fields if f is not None)
        raise WidgetValueError(
            f"it reported {field or 'no value'}, where this widget takes {takes}"
        )
    return field


def trigger_from_wire(state: WidgetState) -> bool:
    """Buttons: pressed or not."""
    return reported_field(state, "trigger_value", None) is not None and state.trigger_value


def option_indices(indices: Iterable[int | float], count: int) -> list[int]:
    """Indices into `count` options; WidgetValueError for one that is not a whole number in
    range."""
    checked = []
    for index in indices:
        if isinstance(index, float) and not index.is_integer():
            raise WidgetValueError(f"{quoted(index)} is not an option index")
        if not 0 <= index < count:
            raise WidgetValueError(f"there is no option {quoted(index)} among {count} options")
        checked.append(int(index))
    return checked


def option_problem(options: Sequence[Any], value: Any) -> str | None:
    """Why `value` is not one of `options` (None: it is)."""
    return None if index_of(options, value) >= 0 else f"{quoted(value)} is not one of the options"


def text_problem(value: Any, max_chars: int | None, *, may_be_none: bool = True) -> str | None:
    """Why `value` cannot be the text of a text widget (None: it can)."""
    if value is None and may_be_none:
        return None
    if not isinstance(value, str):
        return f"{quoted(value)} is not text"
    if max_chars is not None and len(value) > max_chars:
        return f"{len(value)} characters are more than max_chars={max_chars}"
    return None


def dict_problem(value: Any) -> str | None:
    """Selections of charts and data frames are dicts."""
    return None if isinstance(value, dict) else f"{quoted(value)} is not a selection"


def key_of(widget_id: str) -> str | None:
    """The user key a widget id was made with (`compute_widget_id`), None when it has none."""
    # "$$WID-<kind>-<16 hex digits>[-<key>]": kinds have no "-", keys may.
    parts = widget_id.removeprefix(WIDGET_ID_PREFIX).split("-", 2)
    return parts[2] if len(parts) == 3 else None
