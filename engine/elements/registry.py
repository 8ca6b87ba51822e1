"""Every element kind, once: its case in the protocol's `Element` (or `Block`) oneof, its family,
the st.* names it serves, whether it is a widget and how an untouched widget reports its value.

AppTest's dispatch (dataapp.testing) and the page's kind tables (assets/src/session/
kinds.generated.ts, written from here) come from these entries; nothing else switches on element
kinds. The runtime reads widget-ness from the protocol itself (a widget's message carries a
WidgetInfo), so it needs no table. To add an element: one entry below (docs/contributing.md).

`python -m dataapp.elements.registry --write-ts` rewrites the generated TypeScript; `--check`
exits 1 when the committed file is stale (tests/run runs it). Import-light (protocol modules
only); any thread: the tables are immutable.
"""

from __future__ import annotations

import enum
import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dataapp.proto.charts_pb2 import VegaLiteChart
from dataapp.proto.element_pb2 import Element
from dataapp.proto.layout_pb2 import Block
from dataapp.proto.media_pb2 import ImageList
from dataapp.proto.status_pb2 import Alert, Celebration
from dataapp.proto.text_pb2 import Heading, Markdown
from dataapp.proto.widgets_pb2 import ButtonGroup, Checkbox, Slider, WidgetState

from .charts import wire as charts_wire
from .data import wire as data_wire
from .media import wire as media_wire
from .widgets import wire as widgets_wire


class WidgetMode(enum.Enum):
    """Whether an element of a kind is a widget (carries a WidgetInfo and reports a value)."""

    NEVER = "never"
    ALWAYS = "always"
    # Only when the app asked for selections (`on_select`): its WidgetInfo then has an id.
    ON_SELECT = "on_select"


class Shown(enum.Enum):
    """How an untouched widget reports the value its element shows (one per encoding; the page
    implements each in assets/src/session/widgetValues.ts, AppTest with the functions below)."""

    TRIGGER = "trigger"
    BOOL = "bool"
    INDEX = "index"
    INDICES = "indices"
    DOUBLES = "doubles"
    NUMBER = "number"
    TEXT = "text"
    STRINGS = "strings"
    STRING = "string"
    VALUE_JSON = "value_json"
    SELECTION_JSON = "selection_json"
    FILE_IDS = "file_ids"
    NOTHING = "nothing"


# Each encoding's Python side lives in its family's wire module.
_SHOWN: dict[Shown, Callable[[Any, WidgetState], None]] = {
    Shown.TRIGGER: widgets_wire.shown_trigger,
    Shown.BOOL: widgets_wire.shown_bool,
    Shown.INDEX: widgets_wire.shown_index,
    Shown.INDICES: widgets_wire.shown_indices,
    Shown.DOUBLES: widgets_wire.shown_doubles,
    Shown.NUMBER: widgets_wire.shown_number,
    Shown.TEXT: widgets_wire.shown_text,
    Shown.STRINGS: widgets_wire.shown_strings,
    Shown.STRING: widgets_wire.shown_string,
    Shown.VALUE_JSON: data_wire.shown_value_json,
    Shown.SELECTION_JSON: charts_wire.shown_selection,
    Shown.FILE_IDS: media_wire.shown_file_ids,
    Shown.NOTHING: widgets_wire.shown_nothing,
}


@dataclass(frozen=True)
class Variants:
    """A case that serves several st.* names, told apart by one field of its message."""

    field: str  # the message's field (an enum or a bool)
    names: Mapping[int, str]  # the field's value → the st.* name


@dataclass(frozen=True)
class ElementKind:
    case: str  # the `Element.type` oneof field
    family: str  # engine/elements/<family>/, engine/proto/<family>.proto, assets/src/<family>/
    name: str  # the st.* name (also the page's data-testid); the default of `variants`
    variants: Variants | None = None
    widget: WidgetMode = WidgetMode.NEVER
    shown: Shown | None = None  # widgets: how the untouched widget reports its value

    @property
    def api_names(self) -> tuple[str, ...]:
        names = [self.name, *(self.variants.names.values() if self.variants else ())]
        return tuple(dict.fromkeys(names))

    def name_of(self, proto: Any) -> str:
        """The st.* call that made this element."""
        if self.variants is None:
            return self.name
        return self.variants.names.get(int(getattr(proto, self.variants.field)), self.name)

    def is_widget(self, proto: Any) -> bool:
        if self.widget is WidgetMode.ON_SELECT:
            return bool(proto.info.id)
        return self.widget is WidgetMode.ALWAYS


@dataclass(frozen=True)
class BlockKind:
    case: str  # the `Block.type` oneof field
    family: str
    name: str  # the st.* name (the page's data-testid)
    # AppTest's type name where Streamlit's AppTest has its own ("tab_container" for st.tabs).
    apptest_name: str = field(default="")


def _widget(case: str, family: str, shown: Shown, name: str = "", **kw: Any) -> ElementKind:
    return ElementKind(case, family, name or case, widget=WidgetMode.ALWAYS, shown=shown, **kw)


ELEMENTS: tuple[ElementKind, ...] = (
    # text
    ElementKind(
        "markdown",
        "text",
        "markdown",
        Variants(
            "kind",
            {
                Markdown.MARKDOWN: "markdown",
                Markdown.CAPTION: "caption",
                Markdown.LATEX: "latex",
                Markdown.DIVIDER: "divider",
            },
        ),
    ),
    ElementKind(
        "heading",
        "text",
        "header",
        Variants(
            "level",
            {Heading.TITLE: "title", Heading.HEADER: "header", Heading.SUBHEADER: "subheader"},
        ),
    ),
    ElementKind("text", "text", "text"),
    ElementKind("code", "text", "code"),
    ElementKind("json", "text", "json"),
    ElementKind("metric", "text", "metric"),
    ElementKind("badge", "text", "badge"),
    # status
    ElementKind(
        "alert",
        "status",
        "info",
        Variants(
            "kind",
            {
                Alert.INFO: "info",
                Alert.SUCCESS: "success",
                Alert.WARNING: "warning",
                Alert.ERROR: "error",
            },
        ),
    ),
    ElementKind("exception", "status", "exception"),
    ElementKind("progress", "status", "progress"),
    ElementKind("spinner", "status", "spinner"),
    ElementKind("toast", "status", "toast"),
    ElementKind(
        "celebration",
        "status",
        "balloons",
        Variants("kind", {Celebration.BALLOONS: "balloons", Celebration.SNOW: "snow"}),
    ),
    ElementKind("empty", "status", "empty"),
    ElementKind("skeleton", "status", "skeleton"),
    # widgets
    _widget(
        "button",
        "widgets",
        Shown.TRIGGER,
        variants=Variants("is_form_submit", {0: "button", 1: "form_submit_button"}),
    ),
    _widget(
        "checkbox",
        "widgets",
        Shown.BOOL,
        variants=Variants("style", {Checkbox.CHECKBOX: "checkbox", Checkbox.TOGGLE: "toggle"}),
    ),
    _widget("radio", "widgets", Shown.INDEX),
    _widget("selectbox", "widgets", Shown.INDEX),
    _widget("multiselect", "widgets", Shown.INDICES),
    _widget(
        "slider",
        "widgets",
        Shown.DOUBLES,
        variants=Variants("kind", {Slider.SLIDER: "slider", Slider.SELECT_SLIDER: "select_slider"}),
    ),
    _widget("number_input", "widgets", Shown.NUMBER),
    _widget("text_input", "widgets", Shown.TEXT),
    _widget("text_area", "widgets", Shown.TEXT),
    _widget("date_input", "widgets", Shown.STRINGS),
    _widget("time_input", "widgets", Shown.TEXT),
    _widget("datetime_input", "widgets", Shown.STRINGS),
    _widget("color_picker", "widgets", Shown.STRING),
    _widget(
        "button_group",
        "widgets",
        Shown.INDICES,
        "segmented_control",
        variants=Variants(
            "style",
            {ButtonGroup.SEGMENTED_CONTROL: "segmented_control", ButtonGroup.PILLS: "pills"},
        ),
    ),
    _widget("feedback", "widgets", Shown.INDICES),
    _widget("menu_button", "widgets", Shown.NOTHING),
    _widget("pagination", "widgets", Shown.INDEX),
    # data
    ElementKind(
        "dataframe", "data", "dataframe", widget=WidgetMode.ON_SELECT, shown=Shown.VALUE_JSON
    ),
    ElementKind("table", "data", "table"),
    _widget("data_editor", "data", Shown.VALUE_JSON),
    # charts
    ElementKind(
        "vega_lite_chart",
        "charts",
        "vega_lite_chart",
        Variants(
            "kind",
            {
                VegaLiteChart.VEGA_LITE: "vega_lite_chart",
                VegaLiteChart.ALTAIR: "altair_chart",
                VegaLiteChart.LINE: "line_chart",
                VegaLiteChart.AREA: "area_chart",
                VegaLiteChart.BAR: "bar_chart",
                VegaLiteChart.SCATTER: "scatter_chart",
                VegaLiteChart.MAP: "map",
            },
        ),
        widget=WidgetMode.ON_SELECT,
        shown=Shown.SELECTION_JSON,
    ),
    ElementKind(
        "plotly_chart",
        "charts",
        "plotly_chart",
        widget=WidgetMode.ON_SELECT,
        shown=Shown.SELECTION_JSON,
    ),
    # media
    ElementKind(
        "image_list",
        "media",
        "image",
        Variants("kind", {ImageList.IMAGE: "image", ImageList.PYPLOT: "pyplot"}),
    ),
    ElementKind("audio", "media", "audio"),
    ElementKind("video", "media", "video"),
    _widget("file_uploader", "media", Shown.FILE_IDS),
    _widget("download_button", "media", Shown.TRIGGER),
    ElementKind("link_button", "media", "link_button"),
    ElementKind("pdf", "media", "pdf"),
    # chat
    _widget("chat_input", "chat", Shown.NOTHING),
    # flow
    ElementKind("page_link", "flow", "page_link"),
    ElementKind("html", "flow", "html"),
    ElementKind("doc_string", "flow", "help"),
    # components
    _widget("component_instance", "components", Shown.NOTHING, "custom_component"),
    ElementKind("iframe", "components", "iframe"),
    _widget("bidi_component", "components", Shown.NOTHING, "bidi_component"),
    # layout
    ElementKind("space", "layout", "space"),
)

BLOCKS: tuple[BlockKind, ...] = (
    BlockKind("vertical", "layout", "container"),
    BlockKind("horizontal", "layout", "columns", apptest_name="horizontal"),
    BlockKind("column", "layout", "column"),
    BlockKind("expander", "layout", "expander"),
    BlockKind("tabs", "layout", "tabs", apptest_name="tab_container"),
    BlockKind("tab", "layout", "tab"),
    BlockKind("form", "layout", "form"),
    BlockKind("fragment", "layout", "fragment"),
    BlockKind("chat_message", "chat", "chat_message"),
    BlockKind("status", "flow", "status"),
    BlockKind("dialog", "flow", "dialog"),
    BlockKind("popover", "flow", "popover"),
)

_BY_CASE = {kind.case: kind for kind in ELEMENTS}
_BLOCKS_BY_CASE = {kind.case: kind for kind in BLOCKS}


def element_kind(element: Element) -> ElementKind | None:
    """The entry of an element's kind (None for an empty or unknown element)."""
    case = element.WhichOneof("type")
    return _BY_CASE.get(case) if case is not None else None


def block_kind(block: Block) -> BlockKind | None:
    case = block.WhichOneof("type")
    return _BLOCKS_BY_CASE.get(case) if case is not None else None


def shown_state(element: Element) -> WidgetState:
    """The state the page reports for a widget showing what the server sent (untouched)."""
    kind = element_kind(element)
    proto = getattr(element, kind.case) if kind is not None else None
    if kind is None or kind.shown is None or proto is None or not kind.is_widget(proto):
        raise ValueError(f"A {element.WhichOneof('type')} element is not a widget.")
    state = WidgetState(id=proto.info.id)
    _SHOWN[kind.shown](proto, state)
    return state


# -- the page's tables -------------------------------------------------------------------------

TS_PATH = Path(__file__).resolve().parents[2] / "assets" / "src" / "session" / "kinds.generated.ts"


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def typescript() -> str:
    """assets/src/session/kinds.generated.ts: the entries above as the page reads them."""

    def element(kind: ElementKind) -> str:
        parts = [f"name: {json.dumps(kind.name)}", f'widget: "{kind.widget.value}"']
        if kind.variants is not None:
            names = ", ".join(f"{k}: {json.dumps(v)}" for k, v in kind.variants.names.items())
            parts.append(
                f'variants: {{ field: "{_camel(kind.variants.field)}", names: {{ {names} }} }}'
            )
        if kind.shown is not None:
            parts.append(f'shown: "{kind.shown.value}"')
        return f"  {_camel(kind.case)}: {{ {', '.join(parts)} }},"

    shown = " | ".join(f'"{s.value}"' for s in Shown)
    lines = [
        "// Generated by `python -m dataapp.elements.registry --write-ts` from",
        "// engine/elements/registry.py: do not edit (tests/run fails when it is stale).",
        'import type { Block } from "../proto/layout_pb";',
        'import type { Element } from "../proto/element_pb";',
        "",
        "/** How an untouched widget reports the value its element shows (widgetValues.ts). */",
        f"export type Shown = {shown};",
        "",
        "export interface ElementKind {",
        "  /** The st.* name (the element's data-testid); the default of `variants`. */",
        "  readonly name: string;",
        '  readonly widget: "never" | "always" | "on_select";',
        "  readonly variants?: { readonly field: string; readonly names: Readonly<Record<number, string>> };",
        "  readonly shown?: Shown;",
        "}",
        "",
        'export const ELEMENT_KINDS: { readonly [C in NonNullable<Element["type"]["case"]>]: ElementKind } = {',
        *(element(kind) for kind in ELEMENTS),
        "};",
        "",
        'export const BLOCK_NAMES: { readonly [C in NonNullable<Block["type"]["case"]>]: string } = {',
        *(f"  {_camel(kind.case)}: {json.dumps(kind.name)}," for kind in BLOCKS),
        "};",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    text = typescript()
    if "--check" in argv:
        if not TS_PATH.exists() or TS_PATH.read_text() != text:
            print(f"stale {TS_PATH.name}: run python -m dataapp.elements.registry --write-ts")
            return 1
        return 0
    if "--write-ts" in argv:
        TS_PATH.write_text(text)
        print(f"wrote {TS_PATH}")
        return 0
    print("usage: python -m dataapp.elements.registry --write-ts | --check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
