"""Widgets: buttons, choices, sliders, inputs, date/time and colour pickers.

Each widget registers itself (identity, value, callback) and places one element that carries
its current value; see docs/protocol.md for how each value travels.
"""

from __future__ import annotations

import builtins
import datetime as dt
import numbers
import re
from collections.abc import Callable, Sequence
from typing import Any, Literal, TypeVar

from dataapp.errors import APIError
from dataapp.proto.element_pb2 import Element
from dataapp.proto.widgets_pb2 import (
    ButtonGroup,
    Checkbox,
    Feedback,
    NumberInput,
    TextInput,
    WidgetState,
)
from dataapp.runtime.context import get_run_context
from dataapp.runtime.delta_generator import DeltaGeneratorBase
from dataapp.runtime.session_state import WidgetValueError

from ..widget_support import (
    ButtonType,
    Key,
    LabelVisibilityName,
    WidgetCall,
    WidgetCallback,
    button_kind,
    format_options,
    index_of,
    normalize_key,
    option_indices,
    option_list,
    option_problem,
    quoted,
    reported_field,
    text_problem,
    trigger_from_wire,
)
from . import datetime_values, slider_values

_DG = TypeVar("_DG", bound=DeltaGeneratorBase)
_FEEDBACK_TYPES = {
    "thumbs": Feedback.THUMBS,
    "faces": Feedback.FACES,
    "stars": Feedback.STARS,
}
_HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")
SelectionMode = Literal["single", "multi"]


class WidgetsMixin(DeltaGeneratorBase):
    # -- buttons ------------------------------------------------------------------------------

    def button(
        self,
        label: str,
        key: Key | None = None,
        help: str | None = None,
        on_click: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        type: ButtonType = "secondary",
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool = False,
    ) -> bool:
        if self.form_id:
            raise APIError(
                f"`st.button` {label!r} can't be used in an `st.form()`; use `st.form_submit_button` "
                "to submit the form."
            )
        return self._button(
            label,
            key,
            help,
            on_click,
            args,
            kwargs,
            type,
            icon,
            disabled,
            use_container_width,
            False,
        )

    def form_submit_button(
        self,
        label: str = "Submit",
        help: str | None = None,
        on_click: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        key: Key | None = None,
        type: ButtonType = "secondary",
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool = False,
    ) -> bool:
        if not self.form_id:
            raise APIError(f"`st.form_submit_button` {label!r} must be used inside an `st.form()`.")
        return self._button(
            label,
            key,
            help,
            on_click,
            args,
            kwargs,
            type,
            icon,
            disabled,
            use_container_width,
            True,
        )

    def _button(
        self,
        label: str,
        key: Key | None,
        help: str | None,
        on_click: WidgetCallback | None,
        args: Sequence[Any] | None,
        kwargs: dict[str, Any] | None,
        type: str,
        icon: str | None,
        disabled: bool,
        use_container_width: bool,
        is_form_submit: bool,
    ) -> bool:
        kind = button_kind(type)
        call = WidgetCall(
            self,
            kind="form_submit_button" if is_form_submit else "button",
            label=label,
            identity=(type, icon),
            key=key,
            default=False,
            deserialize=trigger_from_wire,
            help=help,
            disabled=disabled,
            is_trigger=True,
            writes_allowed=False,
            on_change=on_click,
            args=args,
            kwargs=kwargs,
            callback_allowed_in_form=is_form_submit,
        )
        element = Element()
        button = element.button
        button.info.CopyFrom(call.info)
        button.info.set_value = False
        button.kind = kind
        button.icon = icon or ""
        button.is_form_submit = is_form_submit
        button.use_container_width = use_container_width
        self._enqueue_element(element)
        return bool(call.value)

    # -- choices ------------------------------------------------------------------------------

    def checkbox(
        self,
        label: str,
        value: bool = False,
        key: Key | None = None,
        help: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: LabelVisibilityName = "visible",
    ) -> bool:
        return self._checkbox(
            "checkbox",
            Checkbox.CHECKBOX,
            label,
            value,
            key,
            help,
            on_change,
            args,
            kwargs,
            disabled,
            label_visibility,
        )

    def toggle(
        self,
        label: str,
        value: bool = False,
        key: Key | None = None,
        help: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: LabelVisibilityName = "visible",
    ) -> bool:
        return self._checkbox(
            "toggle",
            Checkbox.TOGGLE,
            label,
            value,
            key,
            help,
            on_change,
            args,
            kwargs,
            disabled,
            label_visibility,
        )

    def _checkbox(
        self,
        kind: str,
        style: Checkbox.Style,
        label: str,
        value: bool,
        key: Key | None,
        help: str | None,
        on_change: WidgetCallback | None,
        args: Sequence[Any] | None,
        kwargs: dict[str, Any] | None,
        disabled: bool,
        label_visibility: LabelVisibilityName,
    ) -> bool:
        call = WidgetCall(
            self,
            kind=kind,
            label=label,
            identity=(bool(value),),
            key=key,
            default=bool(value),
            deserialize=_bool_from_wire,
            has_explicit_default=bool(value),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            validate=_bool_problem,
        )
        element = Element()
        element.checkbox.info.CopyFrom(call.info)
        element.checkbox.style = style
        element.checkbox.value = bool(call.shown)
        self._enqueue_element(element)
        return bool(call.value)

    def radio(
        self,
        label: str,
        options: Any,
        index: int | None = 0,
        format_func: Callable[[Any], Any] = str,
        key: Key | None = None,
        help: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        horizontal: bool = False,
        captions: Sequence[str] | None = None,
        label_visibility: LabelVisibilityName = "visible",
    ) -> Any:
        opts = option_list(options)
        default = _default_option("radio", opts, index)
        formatted = format_options(opts, format_func)
        call = WidgetCall(
            self,
            kind="radio",
            label=label,
            identity=(formatted, index),
            key=key,
            default=default,
            deserialize=lambda s: _option_from_wire(opts, s),
            has_explicit_default=index != 0,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            validate=lambda v: None if v is None else option_problem(opts, v),
        )
        element = Element()
        radio = element.radio
        radio.info.CopyFrom(call.info)
        radio.options.extend(formatted)
        radio.index = index_of(opts, call.shown) if call.shown is not None else -1
        radio.horizontal = horizontal
        radio.captions.extend(str(c) for c in captions or ())
        self._enqueue_element(element)
        return call.value

    def selectbox(
        self,
        label: str,
        options: Any,
        index: int | None = 0,
        format_func: Callable[[Any], Any] = str,
        key: Key | None = None,
        help: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: str = "Choose an option",
        disabled: bool = False,
        label_visibility: LabelVisibilityName = "visible",
    ) -> Any:
        opts = option_list(options)
        default = _default_option("selectbox", opts, index)
        formatted = format_options(opts, format_func)
        call = WidgetCall(
            self,
            kind="selectbox",
            label=label,
            identity=(formatted, index, placeholder),
            key=key,
            default=default,
            deserialize=lambda s: _option_from_wire(opts, s),
            has_explicit_default=index != 0,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            validate=lambda v: None if v is None else option_problem(opts, v),
        )
        element = Element()
        box = element.selectbox
        box.info.CopyFrom(call.info)
        box.options.extend(formatted)
        box.index = index_of(opts, call.shown) if call.shown is not None else -1
        box.placeholder = placeholder
        self._enqueue_element(element)
        return call.value

    def multiselect(
        self,
        label: str,
        options: Any,
        default: Any = None,
        format_func: Callable[[Any], Any] = str,
        key: Key | None = None,
        help: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        max_selections: int | None = None,
        placeholder: str = "Choose options",
        disabled: bool = False,
        label_visibility: LabelVisibilityName = "visible",
    ) -> list[Any]:
        opts = option_list(options)
        if default is None:
            chosen: list[Any] = []
        elif isinstance(default, (list, tuple, set)) or hasattr(default, "__array__"):
            chosen = list(default)
        else:
            chosen = [default]
        for item in chosen:
            if index_of(opts, item) < 0:
                raise APIError(
                    f"st.multiselect {label!r}: the default value {item!r} is not one of the options."
                )
        if max_selections is not None and len(chosen) > max_selections:
            raise APIError(
                f"st.multiselect {label!r}: {len(chosen)} default values, but max_selections is {max_selections}."
            )
        formatted = format_options(opts, format_func)
        call = WidgetCall(
            self,
            kind="multiselect",
            label=label,
            identity=(formatted, formatted_defaults(chosen, format_func), max_selections),
            key=key,
            default=chosen,
            deserialize=lambda s: _options_from_wire(opts, s),
            has_explicit_default=bool(chosen),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            validate=lambda v: _selection_problem(opts, v, max_selections),
        )
        element = Element()
        box = element.multiselect
        box.info.CopyFrom(call.info)
        box.options.extend(formatted)
        box.indices.extend(i for i in (index_of(opts, v) for v in call.shown or []) if i >= 0)
        box.max_selections = max_selections or 0
        box.placeholder = placeholder
        self._enqueue_element(element)
        return list(call.value)

    # -- button groups ------------------------------------------------------------------------

    def pills(
        self,
        label: str,
        options: Any,
        *,
        selection_mode: SelectionMode = "single",
        default: Any = None,
        required: bool = False,
        format_func: Callable[[Any], Any] | None = None,
        key: Key | None = None,
        help: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        disabled: bool = False,
        label_visibility: LabelVisibilityName = "visible",
        width: Literal["content", "stretch"] | int = "content",
        wrap: bool | None = None,
    ) -> Any:
        """Options as a row of rounded buttons: the chosen option (or None), or with
        `selection_mode="multi"` the list of chosen options."""
        return self._button_group(
            ButtonGroup.PILLS,
            label,
            options,
            selection_mode,
            default,
            required,
            format_func,
            key,
            help,
            on_change,
            args,
            kwargs,
            disabled,
            label_visibility,
            width,
            wrap,
        )

    def segmented_control(
        self,
        label: str,
        options: Any,
        *,
        selection_mode: SelectionMode = "single",
        default: Any = None,
        required: bool = False,
        format_func: Callable[[Any], Any] | None = None,
        key: Key | None = None,
        help: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        disabled: bool = False,
        label_visibility: LabelVisibilityName = "visible",
        width: Literal["content", "stretch"] | int = "content",
        wrap: bool | None = None,
    ) -> Any:
        """Options as one joined row of buttons: the chosen option (or None), or with
        `selection_mode="multi"` the list of chosen options."""
        return self._button_group(
            ButtonGroup.SEGMENTED_CONTROL,
            label,
            options,
            selection_mode,
            default,
            required,
            format_func,
            key,
            help,
            on_change,
            args,
            kwargs,
            disabled,
            label_visibility,
            width,
            wrap,
        )

    def _button_group(
        self,
        style: ButtonGroup.Style,
        label: str,
        options: Any,
        selection_mode: str,
        default: Any,
        required: bool,
        format_func: Callable[[Any], Any] | None,
        key: Key | None,
        help: str | None,
        on_change: WidgetCallback | None,
        args: Sequence[Any] | None,
        kwargs: dict[str, Any] | None,
        disabled: bool,
        label_visibility: LabelVisibilityName,
        width: Literal["content", "stretch"] | int,
        wrap: bool | None,
    ) -> Any:
        kind = "pills" if style == ButtonGroup.PILLS else "segmented_control"
        if selection_mode not in ("single", "multi"):
            raise APIError(
                f"st.{kind} {label!r}: selection_mode must be 'single' or 'multi', "
                f"not {selection_mode!r}."
            )
        multi = selection_mode == "multi"
        if required and multi:
            raise APIError(
                f"st.{kind} {label!r}: required=True works only with selection_mode='single'."
            )
        opts = option_list(options)
        chosen = _as_list(default)
        for item in chosen:
            if index_of(opts, item) < 0:
                raise APIError(
                    f"st.{kind} {label!r}: the default value {item!r} is not one of the options."
                )
        if not multi and len(chosen) > 1:
            raise APIError(
                f"The default argument to `st.{kind}` must be a single value when "
                "`selection_mode='single'`."
            )
        shown_as = format_func or str
        formatted = format_options(opts, shown_as)
        call = WidgetCall(
            self,
            kind=kind,
            label=label,
            identity=(formatted, formatted_defaults(chosen, shown_as), multi),
            key=key,
            default=chosen if multi else (chosen[0] if chosen else None),
            deserialize=(
                (lambda s: _options_from_wire(opts, s))
                if multi
                else (lambda s: _one_option_from_wire(opts, s))
            ),
            has_explicit_default=bool(chosen),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            validate=(
                (lambda v: _selection_problem(opts, v, None))
                if multi
                else (lambda v: None if v is None else option_problem(opts, v))
            ),
        )
        element = Element()
        group = element.button_group
        group.info.CopyFrom(call.info)
        group.style = style
        group.options.extend(formatted)
        shown = list(call.shown or []) if multi else _as_list(call.shown)
        group.indices.extend(i for i in (index_of(opts, v) for v in shown) if i >= 0)
        group.multi = multi
        group.required = required
        group.width, group.width_pixels = _button_group_width(kind, width)
        if wrap is not None:
            group.wrap = wrap
        self._enqueue_element(element)
        return list(call.value) if multi else call.value

    def feedback(
        self,
        options: Literal["thumbs", "faces", "stars"] = "thumbs",
        *,
        key: Key | None = None,
        default: int | None = None,
        disabled: bool = False,
        on_change: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        width: Literal["content", "stretch"] | int = "content",
    ) -> int | None:
        """A row of thumbs (down, up), five faces or five stars: the chosen one's index (0 is
        the least satisfied), or None; choosing the chosen one again clears it."""
        if options not in _FEEDBACK_TYPES:
            raise APIError("Invalid `options` value. Supported values: 'thumbs', 'faces', 'stars'.")
        indices = list(range(2 if options == "thumbs" else 5))
        if default is not None and not _is_index(default, len(indices)):
            raise APIError(
                f"The `default` parameter, set to {default}, is outside the required range "
                f"[0, {indices[-1]}]."
            )
        call = WidgetCall(
            self,
            kind="feedback",
            label="",
            identity=(options, default),
            key=key,
            default=default,
            deserialize=lambda s: _one_option_from_wire(indices, s),
            has_explicit_default=default is not None,
            label_visibility="collapsed",
            disabled=disabled,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            validate=lambda v: (
                None
                if v is None or _is_index(v, len(indices))
                else f"{quoted(v)} is not an option index"
            ),
        )
        value, shown = call.value, call.shown
        if value is not None and not _is_index(value, len(indices)):
            # An index this widget does not show (set through its key): back to the default,
            # as in Streamlit.
            value = shown = default
            ctx = get_run_context()
            if ctx is not None:
                ctx.session_state.reset_widget_value(call.info.id, default)
        element = Element()
        box = element.feedback
        box.info.CopyFrom(call.info)
        box.type = _FEEDBACK_TYPES[options]
        if shown is not None:
            box.indices.append(shown)
        box.width, box.width_pixels = _button_group_width("feedback", width)
        self._enqueue_element(element)
        result: int | None = value
        return result

    def menu_button(
        self,
        label: str,
        options: Any,
        *,
        key: Key | None = None,
        help: str | None = None,
        on_click: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        type: ButtonType = "secondary",
        icon: str | None = None,
        disabled: bool = False,
        width: Literal["content", "stretch"] | int = "content",
        format_func: Callable[[Any], Any] = str,
        wrap: bool | None = None,
    ) -> Any:
        """A button that opens a list of `options`: the option chosen, in the one run after the
        choice (as a button is True), else None."""
        if self.form_id:
            raise APIError(
                "`st.menu_button()` can't be used in an `st.form()`.\n\nFor more information, "
                "refer to the\n[documentation for forms]"
                "(https://docs.streamlit.io/develop/api-reference/execution-flow/st.form)."
            )
        if type not in ("primary", "secondary", "tertiary"):
            raise APIError(
                "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'."
            )
        if not (width in ("content", "stretch") or _is_positive_int(width)):
            raise APIError(
                f"Invalid width value: {width!r}. Width must be either a positive integer "
                "(pixels), 'stretch', or 'content'."
            )
        opts = option_list(options)
        if not opts:
            raise APIError("The `options` parameter is required. Provide at least one option.")
        labels = format_options(opts, format_func)
        if len(set(labels)) != len(labels):
            raise APIError(
                "The `format_func` produced duplicate labels for the menu button options. Each "
                "formatted option label must be unique."
            )
        call = WidgetCall(
            self,
            kind="menu_button",
            label=label,
            identity=(tuple(labels), type, icon),
            key=key,
            default=None,
            deserialize=lambda s: _menu_choice_from_wire(opts, labels, s),
            help=help,
            disabled=disabled,
            is_trigger=True,
            writes_allowed=False,
            on_change=on_click,
            args=args,
            kwargs=kwargs,
        )
        element = Element()
        menu = element.menu_button
        menu.info.CopyFrom(call.info)
        menu.options.extend(labels)
        menu.kind = button_kind(type)
        menu.icon = icon or ""
        menu.width, menu.width_pixels = _button_group_width("menu_button", width)
        self._enqueue_element(element)
        return call.value

    def pagination(
        self,
        num_pages: int,
        *,
        default: int = 1,
        max_visible_pages: int | None = 7,
        width: Literal["content", "stretch"] | int = "content",
        key: Key | None = None,
        on_change: WidgetCallback | Literal["rerun", "ignore"] | None = "rerun",
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        disabled: bool = False,
    ) -> int:
        """Page buttons from 1 to `num_pages` (at most `max_visible_pages` with ellipses) between
        previous and next: the page chosen, `default` at first."""
        if not _is_positive_int(num_pages):
            raise APIError(f"`num_pages` must be an integer of at least 1. Got {num_pages}.")
        if isinstance(default, bool) or not isinstance(default, int):
            raise APIError(
                "Invalid `default` type. Expected one of: int. Provided type: "
                f"{builtins.type(default).__name__}."
            )
        if not 1 <= default <= num_pages:
            raise APIError(
                f"The `default` parameter, set to {default}, is outside the required range "
                f"[1, {num_pages}]."
            )
        if max_visible_pages is not None and (
            isinstance(max_visible_pages, bool)
            or not isinstance(max_visible_pages, int)
            or max_visible_pages < 0
        ):
            raise APIError(
                "`max_visible_pages` must be a non-negative integer or None. "
                f"Got {max_visible_pages}."
            )
        if not (width in ("content", "stretch") or _is_positive_int(width)):
            raise APIError(
                f"Invalid width value: {width!r}. Width must be either a positive integer "
                "(pixels), 'stretch', or 'content'."
            )
        if isinstance(on_change, str) and on_change not in ("rerun", "ignore"):
            raise APIError(
                "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback "
                "function."
            )
        call = WidgetCall(
            self,
            kind="pagination",
            label="",
            identity=(num_pages, default, max_visible_pages),
            key=key,
            default=default,
            deserialize=lambda s: _page_from_wire(num_pages, s),
            label_visibility="collapsed",
            disabled=disabled,
            on_change=None if isinstance(on_change, str) else on_change,
            args=args,
            kwargs=kwargs,
            validate=lambda v: None if _is_page(v, num_pages) else f"{quoted(v)} is not a page",
        )
        value, shown = call.value, call.shown
        if not _is_page(value, num_pages):
            # A page this widget does not have (set through its key): back to the default, as
            # in Streamlit.
            value = shown = default
            ctx = get_run_context()
            if ctx is not None:
                ctx.session_state.reset_widget_value(call.info.id, default)
        element = Element()
        pages = element.pagination
        pages.info.CopyFrom(call.info)
        pages.num_pages = num_pages
        pages.default = default
        pages.index = shown
        if max_visible_pages is not None:
            pages.max_visible_pages = max_visible_pages
        pages.width, pages.width_pixels = _button_group_width("pagination", width)
        pages.ignore_rerun = on_change == "ignore"
        self._enqueue_element(element)
        result: int = value
        return result

    # -- sliders ------------------------------------------------------------------------------

    def slider(
        self,
        label: str,
        min_value: Any = None,
        max_value: Any = None,
        value: Any = None,
        step: Any = None,
        format: str | None = None,
        key: Key | None = None,
        help: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: LabelVisibilityName = "visible",
    ) -> Any:
        spec = slider_values.resolve_slider(label, min_value, max_value, value, step, format)
        call = WidgetCall(
            self,
            kind="slider",
            label=label,
            identity=(
                spec.data_type,
                spec.min,
                spec.max,
                spec.step,
                tuple(spec.default_wire),
                spec.format,
            ),
            key=key,
            default=spec.default,
            deserialize=spec.from_wire,
            has_explicit_default=value is not None,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            validate=spec.problem,
        )
        element = Element()
        slider = element.slider
        slider.info.CopyFrom(call.info)
        slider.data_type = spec.data_type
        slider.min, slider.max, slider.step = spec.min, spec.max, spec.step
        slider.value.extend(spec.to_wire(call.shown))
        slider.format = spec.format
        self._enqueue_element(element)
        return call.value

    def select_slider(
        self,
        label: str,
        options: Any = (),
        value: Any = None,
        format_func: Callable[[Any], Any] = str,
        key: Key | None = None,
        help: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: LabelVisibilityName = "visible",
    ) -> Any:
        opts = option_list(options)
        if not opts:
            raise APIError(f"st.select_slider {label!r} needs at least one option.")
        is_range = isinstance(value, (list, tuple)) and len(value) == 2
        wanted = list(value) if is_range else [opts[0] if value is None else value]
        indices = [index_of(opts, v) for v in wanted]
        if any(i < 0 for i in indices):
            raise APIError(
                f"st.select_slider {label!r}: the value {value!r} is not one of the options."
            )
        default: Any = tuple(opts[i] for i in indices) if is_range else opts[indices[0]]
        formatted = format_options(opts, format_func)

        def from_wire(state: WidgetState) -> Any:
            reported_field(state, "double_array_value")
            indices = option_indices(state.double_array_value.data, len(opts))
            if len(indices) != len(wanted):
                raise WidgetValueError(f"it reported {len(indices)} values, not {len(wanted)}")
            picked = [opts[i] for i in indices]
            return tuple(picked) if is_range else picked[0]

        def problem(value: Any) -> str | None:
            if not is_range:
                return option_problem(opts, value)
            if not isinstance(value, tuple) or len(value) != 2:
                return f"{quoted(value)} is not a range of two options"
            return option_problem(opts, value[0]) or option_problem(opts, value[1])

        call = WidgetCall(
            self,
            kind="select_slider",
            label=label,
            identity=(formatted, tuple(indices)),
            key=key,
            default=default,
            deserialize=from_wire,
            has_explicit_default=value is not None,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            validate=problem,
        )
        shown = list(call.shown) if is_range else [call.shown]
        element = Element()
        slider = element.slider
        slider.info.CopyFrom(call.info)
        slider.kind = slider.SELECT_SLIDER
        slider.min, slider.max, slider.step = 0, len(opts) - 1, 1
        slider.options.extend(formatted)
        slider.value.extend(float(max(index_of(opts, v), 0)) for v in shown)
        self._enqueue_element(element)
        return call.value

    # -- text and numbers ---------------------------------------------------------------------

    def number_input(
        self,
        label: str,
        min_value: int | float | None = None,
        max_value: int | float | None = None,
        value: int | float | Literal["min"] | None = "min",
        step: int | float | None = None,
        format: str | None = None,
        key: Key | None = None,
        help: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: LabelVisibilityName = "visible",
    ) -> int | float | None:
        spec = slider_values.resolve_number_input(
            label, min_value, max_value, value, step, format, _key_holds_none(key)
        )
        call = WidgetCall(
            self,
            kind="number_input",
            label=label,
            identity=(spec.is_int, min_value, max_value, spec.declared, spec.step, spec.format),
            key=key,
            default=spec.default,
            deserialize=spec.from_wire,
            has_explicit_default=value != "min",
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            validate=spec.problem,
        )
        element = Element()
        box = element.number_input
        box.info.CopyFrom(call.info)
        box.data_type = NumberInput.INT if spec.is_int else NumberInput.FLOAT
        if min_value is not None:
            box.has_min, box.min = True, float(min_value)
        if max_value is not None:
            box.has_max, box.max = True, float(max_value)
        box.step = float(spec.step)
        if call.shown is not None:
            box.value = float(call.shown)
        box.format = spec.format
        box.placeholder = placeholder or ""
        box.clearable = spec.default is None
        self._enqueue_element(element)
        result: int | float | None = call.value
        return result

    def text_input(
        self,
        label: str,
        value: str | None = "",
        max_chars: int | None = None,
        key: Key | None = None,
        type: Literal["default", "password"] = "default",
        help: str | None = None,
        autocomplete: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: LabelVisibilityName = "visible",
    ) -> str | None:
        if type not in ("default", "password"):
            raise APIError(
                f"st.text_input {label!r}: type must be 'default' or 'password', not {type!r}."
            )
        default = None if value is None else str(value)
        _check_max_chars("text_input", label, default, max_chars)
        call = WidgetCall(
            self,
            kind="text_input",
            label=label,
            identity=(default, max_chars, type, placeholder),
            key=key,
            default=default,
            deserialize=_text_from_wire,
            has_explicit_default=value not in ("", None),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            validate=lambda v: text_problem(v, max_chars),
        )
        element = Element()
        box = element.text_input
        box.info.CopyFrom(call.info)
        if call.shown is not None:
            box.value = str(call.shown)
        box.max_chars = max_chars or 0
        box.type = TextInput.PASSWORD if type == "password" else TextInput.DEFAULT
        box.placeholder = placeholder or ""
        box.autocomplete = autocomplete or ("new-password" if type == "password" else "")
        self._enqueue_element(element)
        result: str | None = call.value
        return result

    def text_area(
        self,
        label: str,
        value: str | None = "",
        height: int | None = None,
        max_chars: int | None = None,
        key: Key | None = None,
        help: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: LabelVisibilityName = "visible",
    ) -> str | None:
        default = None if value is None else str(value)
        _check_max_chars("text_area", label, default, max_chars)
        call = WidgetCall(
            self,
            kind="text_area",
            label=label,
            identity=(default, max_chars, placeholder),
            key=key,
            default=default,
            deserialize=_text_from_wire,
            has_explicit_default=value not in ("", None),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            validate=lambda v: text_problem(v, max_chars),
        )
        element = Element()
        box = element.text_area
        box.info.CopyFrom(call.info)
        if call.shown is not None:
            box.value = str(call.shown)
        box.max_chars = max_chars or 0
        box.height = height or 0
        box.placeholder = placeholder or ""
        self._enqueue_element(element)
        result: str | None = call.value
        return result

    # -- dates, times, colours ----------------------------------------------------------------

    def date_input(
        self,
        label: str,
        value: Any = "today",
        min_value: dt.date | None = None,
        max_value: dt.date | None = None,
        key: Key | None = None,
        help: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        format: str = "YYYY/MM/DD",
        disabled: bool = False,
        label_visibility: LabelVisibilityName = "visible",
    ) -> Any:
        spec = slider_values.resolve_date_input(label, value, min_value, max_value, format)
        call = WidgetCall(
            self,
            kind="date_input",
            label=label,
            identity=(spec.default_wire, spec.min, spec.max, spec.is_range, format),
            key=key,
            default=spec.default,
            deserialize=spec.from_wire,
            has_explicit_default=value != "today",
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            validate=spec.problem,
        )
        element = Element()
        box = element.date_input
        box.info.CopyFrom(call.info)
        box.value.extend(spec.to_wire(call.shown))
        box.is_range = spec.is_range
        box.min, box.max = spec.min, spec.max
        box.format = format
        self._enqueue_element(element)
        return call.value

    def time_input(
        self,
        label: str,
        value: Any = "now",
        key: Key | None = None,
        help: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: LabelVisibilityName = "visible",
        step: int | dt.timedelta = 900,
    ) -> dt.time | None:
        seconds = int(step.total_seconds()) if isinstance(step, dt.timedelta) else int(step)
        if not 60 <= seconds <= 23 * 3600:
            raise APIError(
                f"st.time_input {label!r}: step must be between 60 seconds and 23 hours, not {seconds}."
            )
        default = slider_values.resolve_time_value(label, value)
        call = WidgetCall(
            self,
            kind="time_input",
            label=label,
            identity=(default.isoformat() if default else None, seconds),
            key=key,
            default=default,
            deserialize=slider_values.time_from_wire,
            has_explicit_default=value != "now",
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            validate=_time_problem,
        )
        element = Element()
        box = element.time_input
        box.info.CopyFrom(call.info)
        if call.shown is not None:
            box.value = call.shown.strftime("%H:%M:%S" if call.shown.second else "%H:%M")
        box.step = seconds
        self._enqueue_element(element)
        result: dt.time | None = call.value
        return result

    def datetime_input(
        self,
        label: str,
        value: Any = "now",
        min_value: Any = None,
        max_value: Any = None,
        *,
        key: Key | None = None,
        help: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        format: str = "YYYY/MM/DD",
        step: int | dt.timedelta = dt.timedelta(minutes=15),
        disabled: bool = False,
        label_visibility: LabelVisibilityName = "visible",
    ) -> dt.datetime | None:
        """A date and a time of day in one field: a naive datetime to the minute, or None."""
        spec = datetime_values.resolve_datetime_input(
            value, min_value, max_value, format, step, _key_holds_none(key)
        )
        call = WidgetCall(
            self,
            kind="datetime_input",
            label=label,
            identity=(
                value if value is None or isinstance(value, str) else spec.to_wire(spec.declared),
                spec.to_wire(spec.min),
                spec.to_wire(spec.max),
                format,
                spec.step,
            ),
            key=key,
            default=spec.default,
            deserialize=spec.from_wire,
            has_explicit_default=value != "now",
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            validate=spec.problem,
        )
        element = Element()
        box = element.datetime_input
        box.info.CopyFrom(call.info)
        box.value.extend(spec.to_wire(call.shown))
        box.min = spec.min.strftime(datetime_values.WIRE_FORMAT)
        box.max = spec.max.strftime(datetime_values.WIRE_FORMAT)
        box.format = format
        box.step = spec.step
        box.clearable = spec.default is None
        self._enqueue_element(element)
        result: dt.datetime | None = call.value
        return result

    def color_picker(
        self,
        label: str,
        value: str | None = None,
        key: Key | None = None,
        help: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: LabelVisibilityName = "visible",
    ) -> str:
        default = "#000000" if value is None else str(value)
        if not _HEX_COLOR.match(default):
            raise APIError(
                f"st.color_picker {label!r}: {default!r} is not a hex colour like '#ff0000'."
            )
        call = WidgetCall(
            self,
            kind="color_picker",
            label=label,
            identity=(default,),
            key=key,
            default=default,
            deserialize=_color_from_wire,
            has_explicit_default=value is not None,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            validate=_color_problem,
        )
        element = Element()
        element.color_picker.info.CopyFrom(call.info)
        element.color_picker.value = str(call.shown)
        self._enqueue_element(element)
        return str(call.value)


def _is_index(value: Any, count: int) -> bool:
    """An int (numpy's too, not a bool) that picks one of `count` options."""
    return (
        isinstance(value, numbers.Integral)
        and not isinstance(value, bool)
        and 0 <= int(value) < count
    )


def _key_holds_none(key: Key | None) -> bool:
    """Whether the widget's key is in st.session_state with the value None."""
    ctx = get_run_context()
    name = normalize_key(key)
    if ctx is None or name is None:
        return False
    try:
        return ctx.session_state[name] is None
    except KeyError:
        return False


def _as_list(value: Any) -> list[Any]:
    """A default given as None, one option or a collection of options, as a list."""
    if value is None:
        return []
    if isinstance(value, (list, tuple, set)) or hasattr(value, "__array__"):
        return list(value)
    return [value]


def _is_positive_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _menu_choice_from_wire(
    options: Sequence[Any], labels: Sequence[str], state: WidgetState
) -> Any:
    """menu_button: the option whose label the page reported (no report: none chosen)."""
    if reported_field(state, "string_trigger_value", None) is None:
        return None
    label = state.string_trigger_value
    if label not in labels:
        raise WidgetValueError(f"{quoted(label)} is not one of the options")
    return options[labels.index(label)]


def _is_page(value: object, num_pages: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= num_pages


def _page_from_wire(num_pages: int, state: WidgetState) -> int:
    """pagination: the page number the page reported."""
    reported_field(state, "int_value")
    if not 1 <= state.int_value <= num_pages:
        raise WidgetValueError(f"it reported page {state.int_value} of {num_pages}")
    return int(state.int_value)


def _button_group_width(kind: str, width: Any) -> tuple[ButtonGroup.Width, int]:
    if width == "content":
        return ButtonGroup.CONTENT, 0
    if width == "stretch":
        return ButtonGroup.STRETCH, 0
    if isinstance(width, int) and not isinstance(width, bool) and width > 0:
        return ButtonGroup.PIXELS, width
    raise APIError(
        f'st.{kind}\'s width must be "content", "stretch" or a number of pixels above 0, '
        f"not {width!r}."
    )


def formatted_defaults(values: Sequence[Any], format_func: Callable[[Any], Any]) -> tuple[str, ...]:
    return tuple(str(format_func(v)) for v in values)


def _default_option(kind: str, options: Sequence[Any], index: int | None) -> Any:
    if index is None:
        return None
    if not isinstance(index, int) or isinstance(index, bool):
        raise APIError(f"st.{kind}: index must be an int or None, not {index!r}.")
    if not options:
        return None
    if not 0 <= index < len(options):
        raise APIError(f"st.{kind}: index {index} is out of range for {len(options)} options.")
    return options[index]


def _bool_from_wire(state: WidgetState) -> bool:
    reported_field(state, "bool_value")
    return bool(state.bool_value)


def _bool_problem(value: Any) -> str | None:
    return None if isinstance(value, bool) else f"{quoted(value)} is not True or False"


def _option_from_wire(options: Sequence[Any], state: WidgetState) -> Any:
    """radio, selectbox: an index into the options; -1 for none chosen."""
    reported_field(state, "int_value")
    if state.int_value == -1:
        return None
    return options[option_indices([state.int_value], len(options))[0]]


def _one_option_from_wire(options: Sequence[Any], state: WidgetState) -> Any:
    """pills, segmented_control (single): none or one index into the options."""
    chosen = _options_from_wire(options, state)
    if len(chosen) > 1:
        raise WidgetValueError(f"it chose {len(chosen)} options where one may be chosen")
    return chosen[0] if chosen else None


def _options_from_wire(options: Sequence[Any], state: WidgetState) -> list[Any]:
    """multiselect: indices into the options, each at most once (no value: none chosen)."""
    reported_field(state, "int_array_value", None)
    indices = option_indices(state.int_array_value.data, len(options))
    if len(set(indices)) != len(indices):
        raise WidgetValueError("it picked an option more than once")
    return [options[i] for i in indices]


def _selection_problem(
    options: Sequence[Any], value: Any, max_selections: int | None
) -> str | None:
    if not isinstance(value, (list, tuple)):
        return f"{quoted(value)} is not a list of options"
    if max_selections is not None and len(value) > max_selections:
        return f"{len(value)} options are chosen, but max_selections is {max_selections}"
    return next((p for p in (option_problem(options, v) for v in value) if p), None)


def _text_from_wire(state: WidgetState) -> str | None:
    field = reported_field(state, "string_value", "null_value")
    return None if field == "null_value" else str(state.string_value)


def _time_problem(value: Any) -> str | None:
    if value is None or isinstance(value, dt.time):
        return None
    return f"{quoted(value)} is not a time"


def _color_from_wire(state: WidgetState) -> str:
    reported_field(state, "string_value")
    return str(state.string_value)


def _color_problem(value: Any) -> str | None:
    if isinstance(value, str) and _HEX_COLOR.match(value):
        return None
    return f"{quoted(value)} is not a hex colour like '#ff0000'"


def _check_max_chars(kind: str, label: str, value: str | None, max_chars: int | None) -> None:
    if max_chars is not None and value is not None and len(value) > max_chars:
        raise APIError(
            f"st.{kind} {label!r}: the default value is longer than max_chars={max_chars}."
        )
