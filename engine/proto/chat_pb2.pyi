from dataapp.proto import widgets_pb2 as _widgets_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ChatMessage(_message.Message):
    __slots__ = ("name", "avatar", "avatar_kind")
    class AvatarKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        DEFAULT: _ClassVar[ChatMessage.AvatarKind]
        EMOJI: _ClassVar[ChatMessage.AvatarKind]
        IMAGE: _ClassVar[ChatMessage.AvatarKind]
    DEFAULT: ChatMessage.AvatarKind
    EMOJI: ChatMessage.AvatarKind
    IMAGE: ChatMessage.AvatarKind
    NAME_FIELD_NUMBER: _ClassVar[int]
    AVATAR_FIELD_NUMBER: _ClassVar[int]
    AVATAR_KIND_FIELD_NUMBER: _ClassVar[int]
    name: str
    avatar: str
    avatar_kind: ChatMessage.AvatarKind
    def __init__(self, name: _Optional[str] = ..., avatar: _Optional[str] = ..., avatar_kind: _Optional[_Union[ChatMessage.AvatarKind, str]] = ...) -> None: ...

class ChatInput(_message.Message):
    __slots__ = ("info", "placeholder", "max_chars")
    INFO_FIELD_NUMBER: _ClassVar[int]
    PLACEHOLDER_FIELD_NUMBER: _ClassVar[int]
    MAX_CHARS_FIELD_NUMBER: _ClassVar[int]
    info: _widgets_pb2.WidgetInfo
    placeholder: str
    max_chars: int
    def __init__(self, info: _Optional[_Union[_widgets_pb2.WidgetInfo, _Mapping]] = ..., placeholder: _Optional[str] = ..., max_chars: _Optional[int] = ...) -> None: ...
