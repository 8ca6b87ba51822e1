from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor

class ArrowTable(_message.Message):
    __slots__ = ("data", "index", "columns")
    DATA_FIELD_NUMBER: _ClassVar[int]
    INDEX_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    index: bytes
    columns: bytes
    def __init__(self, data: _Optional[bytes] = ..., index: _Optional[bytes] = ..., columns: _Optional[bytes] = ...) -> None: ...
