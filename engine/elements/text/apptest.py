"""AppTest's views of text elements (markdown, caption, latex, divider, headings, text, code,
json, metric, badge), named as in Streamlit's AppTest. Used by the test's thread, between runs."""

from __future__ import annotations

from typing import ClassVar

from dataapp.elements.apptest_support import Element
from dataapp.proto.text_pb2 import Heading
from dataapp.proto.text_pb2 import Markdown as MarkdownProto
from dataapp.proto.text_pb2 import Metric as MetricProto


class Markdown(Element):
    serves = ("markdown",)
    type = "markdown"

    @property
    def value(self) -> str:
        return str(self.proto.body)

    @property
    def is_caption(self) -> bool:
        return bool(self.proto.kind == MarkdownProto.CAPTION)


class Caption(Markdown):
    serves = ("caption",)
    type = "caption"


class Latex(Markdown):
    serves = ("latex",)
    type = "latex"


class Divider(Markdown):
    serves = ("divider",)
    type = "divider"


class HeadingBase(Element):
    _TAGS: ClassVar[dict[int, str]] = {
        Heading.TITLE: "h1",
        Heading.HEADER: "h2",
        Heading.SUBHEADER: "h3",
    }

    @property
    def value(self) -> str:
        return str(self.proto.body)

    @property
    def tag(self) -> str:
        return self._TAGS.get(self.proto.level, "")


class Title(HeadingBase):
    serves = ("title",)
    type = "title"


class Header(HeadingBase):
    serves = ("header",)
    type = "header"


class Subheader(HeadingBase):
    serves = ("subheader",)
    type = "subheader"


class Text(Element):
    serves = ("text",)
    type = "text"

    @property
    def value(self) -> str:
        return str(self.proto.body)


class Code(Element):
    serves = ("code",)
    type = "code"

    @property
    def value(self) -> str:
        return str(self.proto.body)

    @property
    def show_line_numbers(self) -> bool:
        return bool(self.proto.line_numbers)


class Json(Element):
    serves = ("json",)
    type = "json"

    @property
    def value(self) -> str:
        """The JSON text, as Streamlit's AppTest gives it; `json.loads` it to compare values."""
        return str(self.proto.body)


class Metric(Element):
    serves = ("metric",)
    type = "metric"
    _repr_fields = ("label", "value", "delta")

    @property
    def value(self) -> str:
        return str(self.proto.value)

    @property
    def color(self) -> str:
        """The colour the delta is shown in: "green", "red" or "gray"."""
        if not self.proto.delta or self.proto.delta_color == MetricProto.OFF:
            return "gray"
        good = self.proto.direction == MetricProto.UP
        if self.proto.delta_color == MetricProto.INVERSE:
            good = not good
        return "green" if good else "red"


class Badge(Element):
    """st.badge. Streamlit's AppTest sees a badge as markdown with a colour-badge directive;
    `value` is that directive (`:blue-badge[New]`), and `label`, `icon`, `color` its parts."""

    serves = ("badge",)
    type = "badge"

    @property
    def value(self) -> str:
        icon = f"{self.proto.icon} " if self.proto.icon else ""
        label = str(self.proto.label).replace("[", "\\[").replace("]", "\\]")
        return f":{self.proto.color}-badge[{icon}{label}]"

    @property
    def label(self) -> str:
        return str(self.proto.label)

    @property
    def icon(self) -> str:
        return str(self.proto.icon)

    @property
    def color(self) -> str:
        return str(self.proto.color)

    @property
    def help(self) -> str:
        return str(self.proto.help)
