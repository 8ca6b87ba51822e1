from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class LabelVisibility(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    VISIBLE: _ClassVar[LabelVisibility]
    HIDDEN: _ClassVar[LabelVisibility]
    COLLAPSED: _ClassVar[LabelVisibility]
VISIBLE: LabelVisibility
HIDDEN: LabelVisibility
COLLAPSED: LabelVisibility

class Markdown(_message.Message):
    __slots__ = ("body", "kind", "allow_html", "help")
    class Kind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        MARKDOWN: _ClassVar[Markdown.Kind]
        CAPTION: _ClassVar[Markdown.Kind]
        LATEX: _ClassVar[Markdown.Kind]
        DIVIDER: _ClassVar[Markdown.Kind]
    MARKDOWN: Markdown.Kind
    CAPTION: Markdown.Kind
    LATEX: Markdown.Kind
    DIVIDER: Markdown.Kind
    BODY_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    ALLOW_HTML_FIELD_NUMBER: _ClassVar[int]
    HELP_FIELD_NUMBER: _ClassVar[int]
    body: str
    kind: Markdown.Kind
    allow_html: bool
    help: str
    def __init__(self, body: _Optional[str] = ..., kind: _Optional[_Union[Markdown.Kind, str]] = ..., allow_html: bool = ..., help: _Optional[str] = ...) -> None: ...

class Heading(_message.Message):
    __slots__ = ("level", "body", "anchor", "hide_anchor", "help", "divider")
    class Level(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        TITLE: _ClassVar[Heading.Level]
        HEADER: _ClassVar[Heading.Level]
        SUBHEADER: _ClassVar[Heading.Level]
    TITLE: Heading.Level
    HEADER: Heading.Level
    SUBHEADER: Heading.Level
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_FIELD_NUMBER: _ClassVar[int]
    HIDE_ANCHOR_FIELD_NUMBER: _ClassVar[int]
    HELP_FIELD_NUMBER: _ClassVar[int]
    DIVIDER_FIELD_NUMBER: _ClassVar[int]
    level: Heading.Level
    body: str
    anchor: str
    hide_anchor: bool
    help: str
    divider: str
    def __init__(self, level: _Optional[_Union[Heading.Level, str]] = ..., body: _Optional[str] = ..., anchor: _Optional[str] = ..., hide_anchor: bool = ..., help: _Optional[str] = ..., divider: _Optional[str] = ...) -> None: ...

class Text(_message.Message):
    __slots__ = ("body", "help")
    BODY_FIELD_NUMBER: _ClassVar[int]
    HELP_FIELD_NUMBER: _ClassVar[int]
    body: str
    help: str
    def __init__(self, body: _Optional[str] = ..., help: _Optional[str] = ...) -> None: ...

class Badge(_message.Message):
    __slots__ = ("label", "icon", "color", "help", "width", "width_pixels")
    class Width(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        CONTENT: _ClassVar[Badge.Width]
        STRETCH: _ClassVar[Badge.Width]
        PIXELS: _ClassVar[Badge.Width]
    CONTENT: Badge.Width
    STRETCH: Badge.Width
    PIXELS: Badge.Width
    LABEL_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    COLOR_FIELD_NUMBER: _ClassVar[int]
    HELP_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    WIDTH_PIXELS_FIELD_NUMBER: _ClassVar[int]
    label: str
    icon: str
    color: str
    help: str
    width: Badge.Width
    width_pixels: int
    def __init__(self, label: _Optional[str] = ..., icon: _Optional[str] = ..., color: _Optional[str] = ..., help: _Optional[str] = ..., width: _Optional[_Union[Badge.Width, str]] = ..., width_pixels: _Optional[int] = ...) -> None: ...

class Code(_message.Message):
    __slots__ = ("body", "language", "line_numbers", "wrap_lines")
    BODY_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    LINE_NUMBERS_FIELD_NUMBER: _ClassVar[int]
    WRAP_LINES_FIELD_NUMBER: _ClassVar[int]
    body: str
    language: str
    line_numbers: bool
    wrap_lines: bool
    def __init__(self, body: _Optional[str] = ..., language: _Optional[str] = ..., line_numbers: bool = ..., wrap_lines: bool = ...) -> None: ...

class Json(_message.Message):
    __slots__ = ("body", "expanded", "expand_depth")
    BODY_FIELD_NUMBER: _ClassVar[int]
    EXPANDED_FIELD_NUMBER: _ClassVar[int]
    EXPAND_DEPTH_FIELD_NUMBER: _ClassVar[int]
    body: str
    expanded: bool
    expand_depth: int
    def __init__(self, body: _Optional[str] = ..., expanded: bool = ..., expand_depth: _Optional[int] = ...) -> None: ...

class Metric(_message.Message):
    __slots__ = ("label", "value", "delta", "delta_color", "direction", "help", "border", "label_visibility")
    class DeltaColor(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        NORMAL: _ClassVar[Metric.DeltaColor]
        INVERSE: _ClassVar[Metric.DeltaColor]
        OFF: _ClassVar[Metric.DeltaColor]
    NORMAL: Metric.DeltaColor
    INVERSE: Metric.DeltaColor
    OFF: Metric.DeltaColor
    class Direction(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        NONE: _ClassVar[Metric.Direction]
        UP: _ClassVar[Metric.Direction]
        DOWN: _ClassVar[Metric.Direction]
    NONE: Metric.Direction
    UP: Metric.Direction
    DOWN: Metric.Direction
    LABEL_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    DELTA_FIELD_NUMBER: _ClassVar[int]
    DELTA_COLOR_FIELD_NUMBER: _ClassVar[int]
    DIRECTION_FIELD_NUMBER: _ClassVar[int]
    HELP_FIELD_NUMBER: _ClassVar[int]
    BORDER_FIELD_NUMBER: _ClassVar[int]
    LABEL_VISIBILITY_FIELD_NUMBER: _ClassVar[int]
    label: str
    value: str
    delta: str
    delta_color: Metric.DeltaColor
    direction: Metric.Direction
    help: str
    border: bool
    label_visibility: LabelVisibility
    def __init__(self, label: _Optional[str] = ..., value: _Optional[str] = ..., delta: _Optional[str] = ..., delta_color: _Optional[_Union[Metric.DeltaColor, str]] = ..., direction: _Optional[_Union[Metric.Direction, str]] = ..., help: _Optional[str] = ..., border: bool = ..., label_visibility: _Optional[_Union[LabelVisibility, str]] = ...) -> None: ...
