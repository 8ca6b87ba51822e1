from dataapp.proto import chat_pb2 as _chat_pb2
from dataapp.proto import flow_pb2 as _flow_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Block(_message.Message):
    __slots__ = ("vertical", "horizontal", "column", "expander", "tabs", "tab", "form", "fragment", "chat_message", "status", "dialog", "popover")
    VERTICAL_FIELD_NUMBER: _ClassVar[int]
    HORIZONTAL_FIELD_NUMBER: _ClassVar[int]
    COLUMN_FIELD_NUMBER: _ClassVar[int]
    EXPANDER_FIELD_NUMBER: _ClassVar[int]
    TABS_FIELD_NUMBER: _ClassVar[int]
    TAB_FIELD_NUMBER: _ClassVar[int]
    FORM_FIELD_NUMBER: _ClassVar[int]
    FRAGMENT_FIELD_NUMBER: _ClassVar[int]
    CHAT_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DIALOG_FIELD_NUMBER: _ClassVar[int]
    POPOVER_FIELD_NUMBER: _ClassVar[int]
    vertical: Vertical
    horizontal: Horizontal
    column: Column
    expander: Expander
    tabs: Tabs
    tab: Tab
    form: Form
    fragment: Fragment
    chat_message: _chat_pb2.ChatMessage
    status: _flow_pb2.Status
    dialog: _flow_pb2.Dialog
    popover: _flow_pb2.Popover
    def __init__(self, vertical: _Optional[_Union[Vertical, _Mapping]] = ..., horizontal: _Optional[_Union[Horizontal, _Mapping]] = ..., column: _Optional[_Union[Column, _Mapping]] = ..., expander: _Optional[_Union[Expander, _Mapping]] = ..., tabs: _Optional[_Union[Tabs, _Mapping]] = ..., tab: _Optional[_Union[Tab, _Mapping]] = ..., form: _Optional[_Union[Form, _Mapping]] = ..., fragment: _Optional[_Union[Fragment, _Mapping]] = ..., chat_message: _Optional[_Union[_chat_pb2.ChatMessage, _Mapping]] = ..., status: _Optional[_Union[_flow_pb2.Status, _Mapping]] = ..., dialog: _Optional[_Union[_flow_pb2.Dialog, _Mapping]] = ..., popover: _Optional[_Union[_flow_pb2.Popover, _Mapping]] = ...) -> None: ...

class Vertical(_message.Message):
    __slots__ = ("border", "height", "key")
    BORDER_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    border: bool
    height: int
    key: str
    def __init__(self, border: bool = ..., height: _Optional[int] = ..., key: _Optional[str] = ...) -> None: ...

class Horizontal(_message.Message):
    __slots__ = ("gap", "vertical_alignment")
    class Gap(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SMALL: _ClassVar[Horizontal.Gap]
        MEDIUM: _ClassVar[Horizontal.Gap]
        LARGE: _ClassVar[Horizontal.Gap]
        NONE: _ClassVar[Horizontal.Gap]
    SMALL: Horizontal.Gap
    MEDIUM: Horizontal.Gap
    LARGE: Horizontal.Gap
    NONE: Horizontal.Gap
    class Align(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        TOP: _ClassVar[Horizontal.Align]
        CENTER: _ClassVar[Horizontal.Align]
        BOTTOM: _ClassVar[Horizontal.Align]
    TOP: Horizontal.Align
    CENTER: Horizontal.Align
    BOTTOM: Horizontal.Align
    GAP_FIELD_NUMBER: _ClassVar[int]
    VERTICAL_ALIGNMENT_FIELD_NUMBER: _ClassVar[int]
    gap: Horizontal.Gap
    vertical_alignment: Horizontal.Align
    def __init__(self, gap: _Optional[_Union[Horizontal.Gap, str]] = ..., vertical_alignment: _Optional[_Union[Horizontal.Align, str]] = ...) -> None: ...

class Column(_message.Message):
    __slots__ = ("weight", "border")
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    BORDER_FIELD_NUMBER: _ClassVar[int]
    weight: float
    border: bool
    def __init__(self, weight: _Optional[float] = ..., border: bool = ...) -> None: ...

class Expander(_message.Message):
    __slots__ = ("label", "expanded", "icon")
    LABEL_FIELD_NUMBER: _ClassVar[int]
    EXPANDED_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    label: str
    expanded: bool
    icon: str
    def __init__(self, label: _Optional[str] = ..., expanded: bool = ..., icon: _Optional[str] = ...) -> None: ...

class Tabs(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Tab(_message.Message):
    __slots__ = ("label",)
    LABEL_FIELD_NUMBER: _ClassVar[int]
    label: str
    def __init__(self, label: _Optional[str] = ...) -> None: ...

class Form(_message.Message):
    __slots__ = ("form_id", "clear_on_submit", "border", "enter_to_submit")
    FORM_ID_FIELD_NUMBER: _ClassVar[int]
    CLEAR_ON_SUBMIT_FIELD_NUMBER: _ClassVar[int]
    BORDER_FIELD_NUMBER: _ClassVar[int]
    ENTER_TO_SUBMIT_FIELD_NUMBER: _ClassVar[int]
    form_id: str
    clear_on_submit: bool
    border: bool
    enter_to_submit: bool
    def __init__(self, form_id: _Optional[str] = ..., clear_on_submit: bool = ..., border: bool = ..., enter_to_submit: bool = ...) -> None: ...

class Fragment(_message.Message):
    __slots__ = ("fragment_id", "run_every")
    FRAGMENT_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_EVERY_FIELD_NUMBER: _ClassVar[int]
    fragment_id: str
    run_every: float
    def __init__(self, fragment_id: _Optional[str] = ..., run_every: _Optional[float] = ...) -> None: ...

class Space(_message.Message):
    __slots__ = ("size", "pixels")
    class Size(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SMALL: _ClassVar[Space.Size]
        XXSMALL: _ClassVar[Space.Size]
        XSMALL: _ClassVar[Space.Size]
        MEDIUM: _ClassVar[Space.Size]
        LARGE: _ClassVar[Space.Size]
        XLARGE: _ClassVar[Space.Size]
        XXLARGE: _ClassVar[Space.Size]
        STRETCH: _ClassVar[Space.Size]
        PIXELS: _ClassVar[Space.Size]
    SMALL: Space.Size
    XXSMALL: Space.Size
    XSMALL: Space.Size
    MEDIUM: Space.Size
    LARGE: Space.Size
    XLARGE: Space.Size
    XXLARGE: Space.Size
    STRETCH: Space.Size
    PIXELS: Space.Size
    SIZE_FIELD_NUMBER: _ClassVar[int]
    PIXELS_FIELD_NUMBER: _ClassVar[int]
    size: Space.Size
    pixels: int
    def __init__(self, size: _Optional[_Union[Space.Size, str]] = ..., pixels: _Optional[int] = ...) -> None: ...
