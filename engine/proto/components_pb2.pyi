from dataapp.proto import arrow_pb2 as _arrow_pb2
from dataapp.proto import widgets_pb2 as _widgets_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ComponentInstance(_message.Message):
    __slots__ = ("info", "component_name", "url", "json_args", "special_args", "tab_index")
    INFO_FIELD_NUMBER: _ClassVar[int]
    COMPONENT_NAME_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    JSON_ARGS_FIELD_NUMBER: _ClassVar[int]
    SPECIAL_ARGS_FIELD_NUMBER: _ClassVar[int]
    TAB_INDEX_FIELD_NUMBER: _ClassVar[int]
    info: _widgets_pb2.WidgetInfo
    component_name: str
    url: str
    json_args: str
    special_args: _containers.RepeatedCompositeFieldContainer[SpecialArg]
    tab_index: int
    def __init__(self, info: _Optional[_Union[_widgets_pb2.WidgetInfo, _Mapping]] = ..., component_name: _Optional[str] = ..., url: _Optional[str] = ..., json_args: _Optional[str] = ..., special_args: _Optional[_Iterable[_Union[SpecialArg, _Mapping]]] = ..., tab_index: _Optional[int] = ...) -> None: ...

class SpecialArg(_message.Message):
    __slots__ = ("key", "arrow_table", "bytes")
    KEY_FIELD_NUMBER: _ClassVar[int]
    ARROW_TABLE_FIELD_NUMBER: _ClassVar[int]
    BYTES_FIELD_NUMBER: _ClassVar[int]
    key: str
    arrow_table: _arrow_pb2.ArrowTable
    bytes: bytes
    def __init__(self, key: _Optional[str] = ..., arrow_table: _Optional[_Union[_arrow_pb2.ArrowTable, _Mapping]] = ..., bytes: _Optional[bytes] = ...) -> None: ...

class IFrame(_message.Message):
    __slots__ = ("src", "width_mode", "width", "height_mode", "height", "scrolling", "tab_index", "title")
    class Size(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        PIXELS: _ClassVar[IFrame.Size]
        STRETCH: _ClassVar[IFrame.Size]
        CONTENT: _ClassVar[IFrame.Size]
    PIXELS: IFrame.Size
    STRETCH: IFrame.Size
    CONTENT: IFrame.Size
    SRC_FIELD_NUMBER: _ClassVar[int]
    WIDTH_MODE_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_MODE_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    SCROLLING_FIELD_NUMBER: _ClassVar[int]
    TAB_INDEX_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    src: str
    width_mode: IFrame.Size
    width: int
    height_mode: IFrame.Size
    height: int
    scrolling: bool
    tab_index: int
    title: str
    def __init__(self, src: _Optional[str] = ..., width_mode: _Optional[_Union[IFrame.Size, str]] = ..., width: _Optional[int] = ..., height_mode: _Optional[_Union[IFrame.Size, str]] = ..., height: _Optional[int] = ..., scrolling: bool = ..., tab_index: _Optional[int] = ..., title: _Optional[str] = ...) -> None: ...

class BidiComponent(_message.Message):
    __slots__ = ("info", "trigger_id", "component_name", "html", "css", "css_url", "js_url", "isolate_styles", "json", "bytes", "arrow", "width_mode", "width", "height_mode", "height")
    INFO_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_ID_FIELD_NUMBER: _ClassVar[int]
    COMPONENT_NAME_FIELD_NUMBER: _ClassVar[int]
    HTML_FIELD_NUMBER: _ClassVar[int]
    CSS_FIELD_NUMBER: _ClassVar[int]
    CSS_URL_FIELD_NUMBER: _ClassVar[int]
    JS_URL_FIELD_NUMBER: _ClassVar[int]
    ISOLATE_STYLES_FIELD_NUMBER: _ClassVar[int]
    JSON_FIELD_NUMBER: _ClassVar[int]
    BYTES_FIELD_NUMBER: _ClassVar[int]
    ARROW_FIELD_NUMBER: _ClassVar[int]
    WIDTH_MODE_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_MODE_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    info: _widgets_pb2.WidgetInfo
    trigger_id: str
    component_name: str
    html: str
    css: str
    css_url: str
    js_url: str
    isolate_styles: bool
    json: str
    bytes: bytes
    arrow: bytes
    width_mode: IFrame.Size
    width: int
    height_mode: IFrame.Size
    height: int
    def __init__(self, info: _Optional[_Union[_widgets_pb2.WidgetInfo, _Mapping]] = ..., trigger_id: _Optional[str] = ..., component_name: _Optional[str] = ..., html: _Optional[str] = ..., css: _Optional[str] = ..., css_url: _Optional[str] = ..., js_url: _Optional[str] = ..., isolate_styles: bool = ..., json: _Optional[str] = ..., bytes: _Optional[bytes] = ..., arrow: _Optional[bytes] = ..., width_mode: _Optional[_Union[IFrame.Size, str]] = ..., width: _Optional[int] = ..., height_mode: _Optional[_Union[IFrame.Size, str]] = ..., height: _Optional[int] = ...) -> None: ...
