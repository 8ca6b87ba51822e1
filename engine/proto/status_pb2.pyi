from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Alert(_message.Message):
    __slots__ = ("kind", "body", "icon")
    class Kind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        INFO: _ClassVar[Alert.Kind]
        SUCCESS: _ClassVar[Alert.Kind]
        WARNING: _ClassVar[Alert.Kind]
        ERROR: _ClassVar[Alert.Kind]
    INFO: Alert.Kind
    SUCCESS: Alert.Kind
    WARNING: Alert.Kind
    ERROR: Alert.Kind
    KIND_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    kind: Alert.Kind
    body: str
    icon: str
    def __init__(self, kind: _Optional[_Union[Alert.Kind, str]] = ..., body: _Optional[str] = ..., icon: _Optional[str] = ...) -> None: ...

class Exception(_message.Message):
    __slots__ = ("type", "message", "stack_trace", "is_warning")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    STACK_TRACE_FIELD_NUMBER: _ClassVar[int]
    IS_WARNING_FIELD_NUMBER: _ClassVar[int]
    type: str
    message: str
    stack_trace: _containers.RepeatedScalarFieldContainer[str]
    is_warning: bool
    def __init__(self, type: _Optional[str] = ..., message: _Optional[str] = ..., stack_trace: _Optional[_Iterable[str]] = ..., is_warning: bool = ...) -> None: ...

class Progress(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class Spinner(_message.Message):
    __slots__ = ("text", "show_time")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    SHOW_TIME_FIELD_NUMBER: _ClassVar[int]
    text: str
    show_time: bool
    def __init__(self, text: _Optional[str] = ..., show_time: bool = ...) -> None: ...

class Toast(_message.Message):
    __slots__ = ("body", "icon", "nonce")
    BODY_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    NONCE_FIELD_NUMBER: _ClassVar[int]
    body: str
    icon: str
    nonce: int
    def __init__(self, body: _Optional[str] = ..., icon: _Optional[str] = ..., nonce: _Optional[int] = ...) -> None: ...

class Celebration(_message.Message):
    __slots__ = ("kind", "nonce")
    class Kind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        BALLOONS: _ClassVar[Celebration.Kind]
        SNOW: _ClassVar[Celebration.Kind]
    BALLOONS: Celebration.Kind
    SNOW: Celebration.Kind
    KIND_FIELD_NUMBER: _ClassVar[int]
    NONCE_FIELD_NUMBER: _ClassVar[int]
    kind: Celebration.Kind
    nonce: int
    def __init__(self, kind: _Optional[_Union[Celebration.Kind, str]] = ..., nonce: _Optional[int] = ...) -> None: ...

class Empty(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Skeleton(_message.Message):
    __slots__ = ("height", "stretch_height", "width")
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    STRETCH_HEIGHT_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    height: int
    stretch_height: bool
    width: int
    def __init__(self, height: _Optional[int] = ..., stretch_height: bool = ..., width: _Optional[int] = ...) -> None: ...
