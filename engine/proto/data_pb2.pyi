from dataapp.proto import widgets_pb2 as _widgets_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DataFrame(_message.Message):
    __slots__ = ("source_id", "row_count", "columns", "first_window", "width", "height", "use_container_width", "info", "selection_modes", "value_json", "can_add_rows", "can_delete_rows", "styled", "row_height")
    class SelectionMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        NO_SELECTION: _ClassVar[DataFrame.SelectionMode]
        SINGLE_ROW: _ClassVar[DataFrame.SelectionMode]
        MULTI_ROW: _ClassVar[DataFrame.SelectionMode]
        SINGLE_COLUMN: _ClassVar[DataFrame.SelectionMode]
        MULTI_COLUMN: _ClassVar[DataFrame.SelectionMode]
    NO_SELECTION: DataFrame.SelectionMode
    SINGLE_ROW: DataFrame.SelectionMode
    MULTI_ROW: DataFrame.SelectionMode
    SINGLE_COLUMN: DataFrame.SelectionMode
    MULTI_COLUMN: DataFrame.SelectionMode
    SOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    ROW_COUNT_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    FIRST_WINDOW_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    USE_CONTAINER_WIDTH_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    SELECTION_MODES_FIELD_NUMBER: _ClassVar[int]
    VALUE_JSON_FIELD_NUMBER: _ClassVar[int]
    CAN_ADD_ROWS_FIELD_NUMBER: _ClassVar[int]
    CAN_DELETE_ROWS_FIELD_NUMBER: _ClassVar[int]
    STYLED_FIELD_NUMBER: _ClassVar[int]
    ROW_HEIGHT_FIELD_NUMBER: _ClassVar[int]
    source_id: str
    row_count: int
    columns: _containers.RepeatedCompositeFieldContainer[DataColumn]
    first_window: DataWindow
    width: int
    height: int
    use_container_width: bool
    info: _widgets_pb2.WidgetInfo
    selection_modes: _containers.RepeatedScalarFieldContainer[DataFrame.SelectionMode]
    value_json: str
    can_add_rows: bool
    can_delete_rows: bool
    styled: bool
    row_height: int
    def __init__(self, source_id: _Optional[str] = ..., row_count: _Optional[int] = ..., columns: _Optional[_Iterable[_Union[DataColumn, _Mapping]]] = ..., first_window: _Optional[_Union[DataWindow, _Mapping]] = ..., width: _Optional[int] = ..., height: _Optional[int] = ..., use_container_width: bool = ..., info: _Optional[_Union[_widgets_pb2.WidgetInfo, _Mapping]] = ..., selection_modes: _Optional[_Iterable[_Union[DataFrame.SelectionMode, str]]] = ..., value_json: _Optional[str] = ..., can_add_rows: bool = ..., can_delete_rows: bool = ..., styled: bool = ..., row_height: _Optional[int] = ...) -> None: ...

class DataColumn(_message.Message):
    __slots__ = ("name", "kind", "is_index", "dtype", "config", "key")
    class Kind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        TEXT: _ClassVar[DataColumn.Kind]
        INTEGER: _ClassVar[DataColumn.Kind]
        FLOAT: _ClassVar[DataColumn.Kind]
        BOOLEAN: _ClassVar[DataColumn.Kind]
        DATETIME: _ClassVar[DataColumn.Kind]
        DATE: _ClassVar[DataColumn.Kind]
        TIME: _ClassVar[DataColumn.Kind]
        TIMEDELTA: _ClassVar[DataColumn.Kind]
        CATEGORY: _ClassVar[DataColumn.Kind]
        OBJECT: _ClassVar[DataColumn.Kind]
    TEXT: DataColumn.Kind
    INTEGER: DataColumn.Kind
    FLOAT: DataColumn.Kind
    BOOLEAN: DataColumn.Kind
    DATETIME: DataColumn.Kind
    DATE: DataColumn.Kind
    TIME: DataColumn.Kind
    TIMEDELTA: DataColumn.Kind
    CATEGORY: DataColumn.Kind
    OBJECT: DataColumn.Kind
    NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    IS_INDEX_FIELD_NUMBER: _ClassVar[int]
    DTYPE_FIELD_NUMBER: _ClassVar[int]
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    name: str
    kind: DataColumn.Kind
    is_index: bool
    dtype: str
    config: ColumnConfig
    key: str
    def __init__(self, name: _Optional[str] = ..., kind: _Optional[_Union[DataColumn.Kind, str]] = ..., is_index: bool = ..., dtype: _Optional[str] = ..., config: _Optional[_Union[ColumnConfig, _Mapping]] = ..., key: _Optional[str] = ...) -> None: ...

class ColumnConfig(_message.Message):
    __slots__ = ("type", "help", "width", "disabled", "required", "pinned", "alignment", "format", "min_value", "max_value", "step", "options", "display_text", "max_chars", "validate", "default_json")
    class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        AUTO: _ClassVar[ColumnConfig.Type]
        TEXT: _ClassVar[ColumnConfig.Type]
        NUMBER: _ClassVar[ColumnConfig.Type]
        CHECKBOX: _ClassVar[ColumnConfig.Type]
        SELECTBOX: _ClassVar[ColumnConfig.Type]
        DATE: _ClassVar[ColumnConfig.Type]
        DATETIME: _ClassVar[ColumnConfig.Type]
        TIME: _ClassVar[ColumnConfig.Type]
        PROGRESS: _ClassVar[ColumnConfig.Type]
        LINK: _ClassVar[ColumnConfig.Type]
        IMAGE: _ClassVar[ColumnConfig.Type]
        LIST: _ClassVar[ColumnConfig.Type]
        LINE_CHART: _ClassVar[ColumnConfig.Type]
        BAR_CHART: _ClassVar[ColumnConfig.Type]
        AREA_CHART: _ClassVar[ColumnConfig.Type]
        JSON: _ClassVar[ColumnConfig.Type]
    AUTO: ColumnConfig.Type
    TEXT: ColumnConfig.Type
    NUMBER: ColumnConfig.Type
    CHECKBOX: ColumnConfig.Type
    SELECTBOX: ColumnConfig.Type
    DATE: ColumnConfig.Type
    DATETIME: ColumnConfig.Type
    TIME: ColumnConfig.Type
    PROGRESS: ColumnConfig.Type
    LINK: ColumnConfig.Type
    IMAGE: ColumnConfig.Type
    LIST: ColumnConfig.Type
    LINE_CHART: ColumnConfig.Type
    BAR_CHART: ColumnConfig.Type
    AREA_CHART: ColumnConfig.Type
    JSON: ColumnConfig.Type
    TYPE_FIELD_NUMBER: _ClassVar[int]
    HELP_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    DISABLED_FIELD_NUMBER: _ClassVar[int]
    REQUIRED_FIELD_NUMBER: _ClassVar[int]
    PINNED_FIELD_NUMBER: _ClassVar[int]
    ALIGNMENT_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    MIN_VALUE_FIELD_NUMBER: _ClassVar[int]
    MAX_VALUE_FIELD_NUMBER: _ClassVar[int]
    STEP_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    MAX_CHARS_FIELD_NUMBER: _ClassVar[int]
    VALIDATE_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_JSON_FIELD_NUMBER: _ClassVar[int]
    type: ColumnConfig.Type
    help: str
    width: str
    disabled: bool
    required: bool
    pinned: bool
    alignment: str
    format: str
    min_value: float
    max_value: float
    step: float
    options: _containers.RepeatedScalarFieldContainer[str]
    display_text: str
    max_chars: int
    validate: str
    default_json: str
    def __init__(self, type: _Optional[_Union[ColumnConfig.Type, str]] = ..., help: _Optional[str] = ..., width: _Optional[str] = ..., disabled: bool = ..., required: bool = ..., pinned: bool = ..., alignment: _Optional[str] = ..., format: _Optional[str] = ..., min_value: _Optional[float] = ..., max_value: _Optional[float] = ..., step: _Optional[float] = ..., options: _Optional[_Iterable[str]] = ..., display_text: _Optional[str] = ..., max_chars: _Optional[int] = ..., validate: _Optional[str] = ..., default_json: _Optional[str] = ...) -> None: ...

class DataWindow(_message.Message):
    __slots__ = ("source_id", "seq", "view_row_count", "start", "positions", "columns", "invalidate", "error", "view")
    SOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    VIEW_ROW_COUNT_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    POSITIONS_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    INVALIDATE_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    VIEW_FIELD_NUMBER: _ClassVar[int]
    source_id: str
    seq: int
    view_row_count: int
    start: int
    positions: _containers.RepeatedScalarFieldContainer[int]
    columns: _containers.RepeatedCompositeFieldContainer[DataValues]
    invalidate: bool
    error: str
    view: int
    def __init__(self, source_id: _Optional[str] = ..., seq: _Optional[int] = ..., view_row_count: _Optional[int] = ..., start: _Optional[int] = ..., positions: _Optional[_Iterable[int]] = ..., columns: _Optional[_Iterable[_Union[DataValues, _Mapping]]] = ..., invalidate: bool = ..., error: _Optional[str] = ..., view: _Optional[int] = ...) -> None: ...

class DataValues(_message.Message):
    __slots__ = ("doubles", "ints", "strings", "bools", "missing", "display", "css")
    DOUBLES_FIELD_NUMBER: _ClassVar[int]
    INTS_FIELD_NUMBER: _ClassVar[int]
    STRINGS_FIELD_NUMBER: _ClassVar[int]
    BOOLS_FIELD_NUMBER: _ClassVar[int]
    MISSING_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_FIELD_NUMBER: _ClassVar[int]
    CSS_FIELD_NUMBER: _ClassVar[int]
    doubles: _widgets_pb2.DoubleArray
    ints: _widgets_pb2.IntArray
    strings: _widgets_pb2.StringArray
    bools: BoolArray
    missing: _containers.RepeatedScalarFieldContainer[int]
    display: _containers.RepeatedScalarFieldContainer[str]
    css: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, doubles: _Optional[_Union[_widgets_pb2.DoubleArray, _Mapping]] = ..., ints: _Optional[_Union[_widgets_pb2.IntArray, _Mapping]] = ..., strings: _Optional[_Union[_widgets_pb2.StringArray, _Mapping]] = ..., bools: _Optional[_Union[BoolArray, _Mapping]] = ..., missing: _Optional[_Iterable[int]] = ..., display: _Optional[_Iterable[str]] = ..., css: _Optional[_Iterable[str]] = ...) -> None: ...

class BoolArray(_message.Message):
    __slots__ = ("data",)
    DATA_FIELD_NUMBER: _ClassVar[int]
    data: _containers.RepeatedScalarFieldContainer[bool]
    def __init__(self, data: _Optional[_Iterable[bool]] = ...) -> None: ...

class DataWindowRequest(_message.Message):
    __slots__ = ("source_id", "seq", "start", "count", "sort", "search", "hidden_positions", "view")
    class SortKey(_message.Message):
        __slots__ = ("column", "descending")
        COLUMN_FIELD_NUMBER: _ClassVar[int]
        DESCENDING_FIELD_NUMBER: _ClassVar[int]
        column: int
        descending: bool
        def __init__(self, column: _Optional[int] = ..., descending: bool = ...) -> None: ...
    SOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    SORT_FIELD_NUMBER: _ClassVar[int]
    SEARCH_FIELD_NUMBER: _ClassVar[int]
    HIDDEN_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    VIEW_FIELD_NUMBER: _ClassVar[int]
    source_id: str
    seq: int
    start: int
    count: int
    sort: _containers.RepeatedCompositeFieldContainer[DataWindowRequest.SortKey]
    search: str
    hidden_positions: _containers.RepeatedScalarFieldContainer[int]
    view: int
    def __init__(self, source_id: _Optional[str] = ..., seq: _Optional[int] = ..., start: _Optional[int] = ..., count: _Optional[int] = ..., sort: _Optional[_Iterable[_Union[DataWindowRequest.SortKey, _Mapping]]] = ..., search: _Optional[str] = ..., hidden_positions: _Optional[_Iterable[int]] = ..., view: _Optional[int] = ...) -> None: ...

class AddRows(_message.Message):
    __slots__ = ("source_id", "row_count", "rows")
    SOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    ROW_COUNT_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    source_id: str
    row_count: int
    rows: DataWindow
    def __init__(self, source_id: _Optional[str] = ..., row_count: _Optional[int] = ..., rows: _Optional[_Union[DataWindow, _Mapping]] = ...) -> None: ...
