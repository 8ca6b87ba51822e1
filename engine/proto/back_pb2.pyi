from dataapp.proto import widgets_pb2 as _widgets_pb2
from dataapp.proto import data_pb2 as _data_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class BackMsg(_message.Message):
    __slots__ = ("rerun", "stop", "clear_cache", "reset_saved_state", "data_window_request")
    RERUN_FIELD_NUMBER: _ClassVar[int]
    STOP_FIELD_NUMBER: _ClassVar[int]
    CLEAR_CACHE_FIELD_NUMBER: _ClassVar[int]
    RESET_SAVED_STATE_FIELD_NUMBER: _ClassVar[int]
    DATA_WINDOW_REQUEST_FIELD_NUMBER: _ClassVar[int]
    rerun: RerunRequest
    stop: bool
    clear_cache: bool
    reset_saved_state: bool
    data_window_request: _data_pb2.DataWindowRequest
    def __init__(self, rerun: _Optional[_Union[RerunRequest, _Mapping]] = ..., stop: bool = ..., clear_cache: bool = ..., reset_saved_state: bool = ..., data_window_request: _Optional[_Union[_data_pb2.DataWindowRequest, _Mapping]] = ...) -> None: ...

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
