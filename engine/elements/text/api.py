"""Text elements: markdown, headings, caption, text, code, json, latex, divider, metric, badge."""

from __future__ import annotations

import json as json_module
import textwrap
from typing import Any, Literal, TypeVar

from dataapp.errors import APIError
from dataapp.proto.element_pb2 import Element
from dataapp.proto.text_pb2 import Badge, Heading, Markdown, Metric
from dataapp.runtime.delta_generator import DeltaGeneratorBase

from ..widget_support import label_visibility_proto

_DG = TypeVar("_DG", bound="TextMixin")

_DIVIDER_COLORS = {"blue", "green", "orange", "red", "violet", "gray", "grey", "rainbow"}
_BADGE_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary")
BadgeColor = Literal[
    "red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary"
]


def _heading_divider(divider: bool | str) -> str:
    if divider is True:
        return "auto"
    if divider is False or divider is None:
        return ""
    if divider not in _DIVIDER_COLORS:
        raise APIError(
            f"divider must be True, False or one of {sorted(_DIVIDER_COLORS)}, not {divider!r}."
        )
    return str(divider)


class TextMixin(DeltaGeneratorBase):
    def markdown(
        self: _DG, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None
    ) -> _DG:
        element = Element()
        element.markdown.body = textwrap.dedent(str(body)).strip("\n")
        element.markdown.allow_html = unsafe_allow_html
        element.markdown.help = help or ""
        return self._enqueue_element(element)

    def caption(
        self: _DG, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None
    ) -> _DG:
        element = Element()
        element.markdown.body = textwrap.dedent(str(body)).strip("\n")
        element.markdown.kind = Markdown.CAPTION
        element.markdown.allow_html = unsafe_allow_html
        element.markdown.help = help or ""
        return self._enqueue_element(element)

    def latex(self: _DG, body: Any, *, help: str | None = None) -> _DG:
        element = Element()
        # sympy expressions (and anything else with a LaTeX form) are accepted, as in Streamlit.
        to_latex = getattr(body, "_repr_latex_", None)
        text = str(to_latex()).strip("$") if callable(to_latex) else str(body)
        element.markdown.body = text
        element.markdown.kind = Markdown.LATEX
        element.markdown.help = help or ""
        return self._enqueue_element(element)

    def divider(self: _DG) -> _DG:
        element = Element()
        element.markdown.kind = Markdown.DIVIDER
        return self._enqueue_element(element)

    def _heading(
        self: _DG,
        level: Heading.Level,
        body: Any,
        anchor: str | Literal[False] | None,
        help: str | None,
        divider: bool | str,
    ) -> _DG:
        element = Element()
        element.heading.level = level
        element.heading.body = str(body)
        if anchor is False:
            element.heading.hide_anchor = True
        elif anchor:
            element.heading.anchor = anchor
        element.heading.help = help or ""
        element.heading.divider = _heading_divider(divider)
        return self._enqueue_element(element)

    def title(
        self: _DG, body: Any, anchor: str | Literal[False] | None = None, *, help: str | None = None
    ) -> _DG:
        return self._heading(Heading.TITLE, body, anchor, help, False)

    def header(
        self: _DG,
        body: Any,
        anchor: str | Literal[False] | None = None,
        *,
        help: str | None = None,
        divider: bool | str = False,
    ) -> _DG:
        return self._heading(Heading.HEADER, body, anchor, help, divider)

    def subheader(
        self: _DG,
        body: Any,
        anchor: str | Literal[False] | None = None,
        *,
        help: str | None = None,
        divider: bool | str = False,
    ) -> _DG:
        return self._heading(Heading.SUBHEADER, body, anchor, help, divider)

    def text(self: _DG, body: Any, *, help: str | None = None) -> _DG:
        element = Element()
        element.text.body = str(body)
        element.text.help = help or ""
        return self._enqueue_element(element)

    def badge(
        self: _DG,
        label: str,
        *,
        icon: str | None = None,
        color: BadgeColor = "blue",
        width: Literal["content", "stretch"] | int = "content",
        help: str | None = None,
    ) -> _DG:
        """A small coloured label: `st.badge("New")`, `st.badge("Done", icon="✅", color="green")`."""
        if color not in _BADGE_COLORS:
            raise APIError(
                f"st.badge's color must be one of {', '.join(_BADGE_COLORS)}, not {color!r}."
            )
        element = Element()
        badge = element.badge
        badge.label = str(label)
        badge.icon = icon or ""
        # Kept as given ("grey" too): AppTest shows it in Streamlit's directive form.
        badge.color = color
        badge.help = help or ""
        if width == "content":
            badge.width = Badge.CONTENT
        elif width == "stretch":
            badge.width = Badge.STRETCH
        elif isinstance(width, int) and not isinstance(width, bool) and width > 0:
            badge.width = Badge.PIXELS
            badge.width_pixels = width
        else:
            raise APIError(
                f'st.badge\'s width must be "content", "stretch" or a number of pixels above 0, '
                f"not {width!r}."
            )
        return self._enqueue_element(element)

    def code(
        self: _DG,
        body: Any,
        language: str | None = "python",
        *,
        line_numbers: bool = False,
        wrap_lines: bool = False,
    ) -> _DG:
        element = Element()
        element.code.body = str(body)
        element.code.language = language or ""
        element.code.line_numbers = line_numbers
        element.code.wrap_lines = wrap_lines
        return self._enqueue_element(element)

    def json(self: _DG, body: Any, *, expanded: bool | int = True) -> _DG:
        element = Element()
        if isinstance(body, str):
            try:
                body = json_module.loads(body)
            except ValueError as error:
                raise APIError(f"st.json got a string that is not valid JSON: {error}") from error
        element.json.body = json_module.dumps(body, default=repr, ensure_ascii=False)
        if isinstance(expanded, bool):
            element.json.expanded = expanded
        elif isinstance(expanded, int) and expanded >= 0:
            element.json.expanded = True
            element.json.expand_depth = expanded
        else:
            raise APIError(
                f"st.json: expanded must be a bool or a non-negative int, not {expanded!r}."
            )
        return self._enqueue_element(element)

    def metric(
        self: _DG,
        label: str,
        value: Any,
        delta: Any = None,
        delta_color: Literal["normal", "inverse", "off"] = "normal",
        *,
        help: str | None = None,
        label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
        border: bool = False,
    ) -> _DG:
        element = Element()
        metric = element.metric
        metric.label = str(label)
        metric.value = "—" if value is None else str(value)
        if delta is not None and delta != "":
            metric.delta = str(delta)
            metric.direction = Metric.DOWN if _is_negative(delta) else Metric.UP
        colors = {"normal": Metric.NORMAL, "inverse": Metric.INVERSE, "off": Metric.OFF}
        if delta_color not in colors:
            raise APIError(
                f"st.metric: delta_color must be 'normal', 'inverse' or 'off', not {delta_color!r}."
            )
        metric.delta_color = colors[delta_color]
        metric.help = help or ""
        metric.border = border
        metric.label_visibility = label_visibility_proto(label_visibility)
        return self._enqueue_element(element)


def _is_negative(delta: Any) -> bool:
    if isinstance(delta, str):
        return delta.strip().startswith("-")
    try:
        return bool(delta < 0)
    except TypeError:
        return False
