from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RunReport(_message.Message):
    __slots__ = ("run_id", "page", "seconds", "calls", "caches", "queries", "bytes_sent", "messages_sent")
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    SECONDS_FIELD_NUMBER: _ClassVar[int]
    CALLS_FIELD_NUMBER: _ClassVar[int]
    CACHES_FIELD_NUMBER: _ClassVar[int]
    QUERIES_FIELD_NUMBER: _ClassVar[int]
    BYTES_SENT_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_SENT_FIELD_NUMBER: _ClassVar[int]
    run_id: int
    page: str
    seconds: float
    calls: _containers.RepeatedCompositeFieldContainer[CallTiming]
    caches: _containers.RepeatedCompositeFieldContainer[CacheUse]
    queries: _containers.RepeatedCompositeFieldContainer[QueryUse]
    bytes_sent: int
    messages_sent: int
    def __init__(self, run_id: _Optional[int] = ..., page: _Optional[str] = ..., seconds: _Optional[float] = ..., calls: _Optional[_Iterable[_Union[CallTiming, _Mapping]]] = ..., caches: _Optional[_Iterable[_Union[CacheUse, _Mapping]]] = ..., queries: _Optional[_Iterable[_Union[QueryUse, _Mapping]]] = ..., bytes_sent: _Optional[int] = ..., messages_sent: _Optional[int] = ...) -> None: ...

class CallTiming(_message.Message):
    __slots__ = ("name", "seconds", "where")
    NAME_FIELD_NUMBER: _ClassVar[int]
    SECONDS_FIELD_NUMBER: _ClassVar[int]
    WHERE_FIELD_NUMBER: _ClassVar[int]
    name: str
    seconds: float
    where: str
    def __init__(self, name: _Optional[str] = ..., seconds: _Optional[float] = ..., where: _Optional[str] = ...) -> None: ...

class CacheUse(_message.Message):
    __slots__ = ("function", "kind", "hit", "seconds")
    FUNCTION_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    HIT_FIELD_NUMBER: _ClassVar[int]
    SECONDS_FIELD_NUMBER: _ClassVar[int]
    function: str
    kind: str
    hit: bool
    seconds: float
    def __init__(self, function: _Optional[str] = ..., kind: _Optional[str] = ..., hit: bool = ..., seconds: _Optional[float] = ...) -> None: ...

class QueryUse(_message.Message):
    __slots__ = ("connection", "sql", "seconds", "cached", "every_run", "where")
    CONNECTION_FIELD_NUMBER: _ClassVar[int]
    SQL_FIELD_NUMBER: _ClassVar[int]
    SECONDS_FIELD_NUMBER: _ClassVar[int]
    CACHED_FIELD_NUMBER: _ClassVar[int]
    EVERY_RUN_FIELD_NUMBER: _ClassVar[int]
    WHERE_FIELD_NUMBER: _ClassVar[int]
    connection: str
    sql: str
    seconds: float
    cached: bool
    every_run: bool
    where: str
    def __init__(self, connection: _Optional[str] = ..., sql: _Optional[str] = ..., seconds: _Optional[float] = ..., cached: bool = ..., every_run: bool = ..., where: _Optional[str] = ...) -> None: ...
