from dataapp.proto import widgets_pb2 as _widgets_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Image(_message.Message):
    __slots__ = ("url", "caption", "width", "alt")
    URL_FIELD_NUMBER: _ClassVar[int]
    CAPTION_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    ALT_FIELD_NUMBER: _ClassVar[int]
    url: str
    caption: str
    width: int
    alt: str
    def __init__(self, url: _Optional[str] = ..., caption: _Optional[str] = ..., width: _Optional[int] = ..., alt: _Optional[str] = ...) -> None: ...

class ImageList(_message.Message):
    __slots__ = ("kind", "images", "use_container_width")
    class Kind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        IMAGE: _ClassVar[ImageList.Kind]
        PYPLOT: _ClassVar[ImageList.Kind]
    IMAGE: ImageList.Kind
    PYPLOT: ImageList.Kind
    KIND_FIELD_NUMBER: _ClassVar[int]
    IMAGES_FIELD_NUMBER: _ClassVar[int]
    USE_CONTAINER_WIDTH_FIELD_NUMBER: _ClassVar[int]
    kind: ImageList.Kind
    images: _containers.RepeatedCompositeFieldContainer[Image]
    use_container_width: bool
    def __init__(self, kind: _Optional[_Union[ImageList.Kind, str]] = ..., images: _Optional[_Iterable[_Union[Image, _Mapping]]] = ..., use_container_width: bool = ...) -> None: ...

class Subtitle(_message.Message):
    __slots__ = ("label", "url")
    LABEL_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    label: str
    url: str
    def __init__(self, label: _Optional[str] = ..., url: _Optional[str] = ...) -> None: ...

class Audio(_message.Message):
    __slots__ = ("url", "mimetype", "start_time", "end_time", "loop", "autoplay")
    URL_FIELD_NUMBER: _ClassVar[int]
    MIMETYPE_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    LOOP_FIELD_NUMBER: _ClassVar[int]
    AUTOPLAY_FIELD_NUMBER: _ClassVar[int]
    url: str
    mimetype: str
    start_time: float
    end_time: float
    loop: bool
    autoplay: bool
    def __init__(self, url: _Optional[str] = ..., mimetype: _Optional[str] = ..., start_time: _Optional[float] = ..., end_time: _Optional[float] = ..., loop: bool = ..., autoplay: bool = ...) -> None: ...

class Video(_message.Message):
    __slots__ = ("url", "mimetype", "start_time", "end_time", "loop", "autoplay", "muted", "subtitles")
    URL_FIELD_NUMBER: _ClassVar[int]
    MIMETYPE_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    LOOP_FIELD_NUMBER: _ClassVar[int]
    AUTOPLAY_FIELD_NUMBER: _ClassVar[int]
    MUTED_FIELD_NUMBER: _ClassVar[int]
    SUBTITLES_FIELD_NUMBER: _ClassVar[int]
    url: str
    mimetype: str
    start_time: float
    end_time: float
    loop: bool
    autoplay: bool
    muted: bool
    subtitles: _containers.RepeatedCompositeFieldContainer[Subtitle]
    def __init__(self, url: _Optional[str] = ..., mimetype: _Optional[str] = ..., start_time: _Optional[float] = ..., end_time: _Optional[float] = ..., loop: bool = ..., autoplay: bool = ..., muted: bool = ..., subtitles: _Optional[_Iterable[_Union[Subtitle, _Mapping]]] = ...) -> None: ...

class UploadedFileInfo(_message.Message):
    __slots__ = ("file_id", "name", "size", "type")
    FILE_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    file_id: str
    name: str
    size: int
    type: str
    def __init__(self, file_id: _Optional[str] = ..., name: _Optional[str] = ..., size: _Optional[int] = ..., type: _Optional[str] = ...) -> None: ...

class FileUploader(_message.Message):
    __slots__ = ("info", "types", "multiple", "max_upload_size", "files")
    INFO_FIELD_NUMBER: _ClassVar[int]
    TYPES_FIELD_NUMBER: _ClassVar[int]
    MULTIPLE_FIELD_NUMBER: _ClassVar[int]
    MAX_UPLOAD_SIZE_FIELD_NUMBER: _ClassVar[int]
    FILES_FIELD_NUMBER: _ClassVar[int]
    info: _widgets_pb2.WidgetInfo
    types: _containers.RepeatedScalarFieldContainer[str]
    multiple: bool
    max_upload_size: int
    files: _containers.RepeatedCompositeFieldContainer[UploadedFileInfo]
    def __init__(self, info: _Optional[_Union[_widgets_pb2.WidgetInfo, _Mapping]] = ..., types: _Optional[_Iterable[str]] = ..., multiple: bool = ..., max_upload_size: _Optional[int] = ..., files: _Optional[_Iterable[_Union[UploadedFileInfo, _Mapping]]] = ...) -> None: ...

class DownloadButton(_message.Message):
    __slots__ = ("info", "url", "file_name", "kind", "icon", "use_container_width", "ignore_click")
    INFO_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    FILE_NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    USE_CONTAINER_WIDTH_FIELD_NUMBER: _ClassVar[int]
    IGNORE_CLICK_FIELD_NUMBER: _ClassVar[int]
    info: _widgets_pb2.WidgetInfo
    url: str
    file_name: str
    kind: _widgets_pb2.Button.Kind
    icon: str
    use_container_width: bool
    ignore_click: bool
    def __init__(self, info: _Optional[_Union[_widgets_pb2.WidgetInfo, _Mapping]] = ..., url: _Optional[str] = ..., file_name: _Optional[str] = ..., kind: _Optional[_Union[_widgets_pb2.Button.Kind, str]] = ..., icon: _Optional[str] = ..., use_container_width: bool = ..., ignore_click: bool = ...) -> None: ...

class LinkButton(_message.Message):
    __slots__ = ("label", "url", "help", "kind", "icon", "disabled", "use_container_width")
    LABEL_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    HELP_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    DISABLED_FIELD_NUMBER: _ClassVar[int]
    USE_CONTAINER_WIDTH_FIELD_NUMBER: _ClassVar[int]
    label: str
    url: str
    help: str
    kind: _widgets_pb2.Button.Kind
    icon: str
    disabled: bool
    use_container_width: bool
    def __init__(self, label: _Optional[str] = ..., url: _Optional[str] = ..., help: _Optional[str] = ..., kind: _Optional[_Union[_widgets_pb2.Button.Kind, str]] = ..., icon: _Optional[str] = ..., disabled: bool = ..., use_container_width: bool = ...) -> None: ...

class Pdf(_message.Message):
    __slots__ = ("url", "height", "stretch", "alt", "key", "file_name")
    URL_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    STRETCH_FIELD_NUMBER: _ClassVar[int]
    ALT_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    FILE_NAME_FIELD_NUMBER: _ClassVar[int]
    url: str
    height: int
    stretch: bool
    alt: str
    key: str
    file_name: str
    def __init__(self, url: _Optional[str] = ..., height: _Optional[int] = ..., stretch: bool = ..., alt: _Optional[str] = ..., key: _Optional[str] = ..., file_name: _Optional[str] = ...) -> None: ...
