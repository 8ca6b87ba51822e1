from dataapp.proto import widgets_pb2 as _widgets_pb2
from dataapp.proto import data_pb2 as _data_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class BackMsg(_message.Message):
    __slots__ = ("rerun", "stop", "clear_cache", "reset_saved_state", "data_window_request", "native_file_request", "native_save_request", "inspect")
    RERUN_FIELD_NUMBER: _ClassVar[int]
    STOP_FIELD_NUMBER: _ClassVar[int]
    CLEAR_CACHE_FIELD_NUMBER: _ClassVar[int]
    RESET_SAVED_STATE_FIELD_NUMBER: _ClassVar[int]
    DATA_WINDOW_REQUEST_FIELD_NUMBER: _ClassVar[int]
    NATIVE_FILE_REQUEST_FIELD_NUMBER: _ClassVar[int]
    NATIVE_SAVE_REQUEST_FIELD_NUMBER: _ClassVar[int]
    INSPECT_FIELD_NUMBER: _ClassVar[int]
    rerun: RerunRequest
    stop: bool
    clear_cache: bool
    reset_saved_state: bool
    data_window_request: _data_pb2.DataWindowRequest
    native_file_request: NativeFileRequest
    native_save_request: NativeSaveRequest
    inspect: bool
    def __init__(self, rerun: _Optional[_Union[RerunRequest, _Mapping]] = ..., stop: bool = ..., clear_cache: bool = ..., reset_saved_state: bool = ..., data_window_request: _Optional[_Union[_data_pb2.DataWindowRequest, _Mapping]] = ..., native_file_request: _Optional[_Union[NativeFileRequest, _Mapping]] = ..., native_save_request: _Optional[_Union[NativeSaveRequest, _Mapping]] = ..., inspect: bool = ...) -> None: ...

class NativeFileRequest(_message.Message):
    __slots__ = ("widget_id", "multiple", "types")
    WIDGET_ID_FIELD_NUMBER: _ClassVar[int]
    MULTIPLE_FIELD_NUMBER: _ClassVar[int]
    TYPES_FIELD_NUMBER: _ClassVar[int]
    widget_id: str
    multiple: bool
    types: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, widget_id: _Optional[str] = ..., multiple: bool = ..., types: _Optional[_Iterable[str]] = ...) -> None: ...

class NativeSaveRequest(_message.Message):
    __slots__ = ("media_id", "file_name", "widget_id")
    MEDIA_ID_FIELD_NUMBER: _ClassVar[int]
    FILE_NAME_FIELD_NUMBER: _ClassVar[int]
    WIDGET_ID_FIELD_NUMBER: _ClassVar[int]
    media_id: str
    file_name: str
    widget_id: str
    def __init__(self, media_id: _Optional[str] = ..., file_name: _Optional[str] = ..., widget_id: _Optional[str] = ...) -> None: ...

class RerunRequest(_message.Message):
    __slots__ = ("widget_states", "query_string", "page_name", "fragment_id")
    WIDGET_STATES_FIELD_NUMBER: _ClassVar[int]
    QUERY_STRING_FIELD_NUMBER: _ClassVar[int]
    PAGE_NAME_FIELD_NUMBER: _ClassVar[int]
    FRAGMENT_ID_FIELD_NUMBER: _ClassVar[int]
    widget_states: _widgets_pb2.WidgetStates
    query_string: str
    page_name: str
    fragment_id: str
    def __init__(self, widget_states: _Optional[_Union[_widgets_pb2.WidgetStates, _Mapping]] = ..., query_string: _Optional[str] = ..., page_name: _Optional[str] = ..., fragment_id: _Optional[str] = ...) -> None: ...
