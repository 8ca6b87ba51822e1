from dataapp.proto import data_pb2 as _data_pb2
from dataapp.proto import widgets_pb2 as _widgets_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ChartDataset(_message.Message):
    __slots__ = ("name", "column_names", "columns")
    NAME_FIELD_NUMBER: _ClassVar[int]
    COLUMN_NAMES_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    name: str
    column_names: _containers.RepeatedScalarFieldContainer[str]
    columns: _containers.RepeatedCompositeFieldContainer[_data_pb2.DataValues]
    def __init__(self, name: _Optional[str] = ..., column_names: _Optional[_Iterable[str]] = ..., columns: _Optional[_Iterable[_Union[_data_pb2.DataValues, _Mapping]]] = ...) -> None: ...

class VegaLiteChart(_message.Message):
    __slots__ = ("kind", "spec", "datasets", "use_container_width", "theme", "info", "selection_params", "selection_json", "note", "basemap")
    class Kind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        VEGA_LITE: _ClassVar[VegaLiteChart.Kind]
        ALTAIR: _ClassVar[VegaLiteChart.Kind]
        LINE: _ClassVar[VegaLiteChart.Kind]
        AREA: _ClassVar[VegaLiteChart.Kind]
        BAR: _ClassVar[VegaLiteChart.Kind]
        SCATTER: _ClassVar[VegaLiteChart.Kind]
        MAP: _ClassVar[VegaLiteChart.Kind]
    VEGA_LITE: VegaLiteChart.Kind
    ALTAIR: VegaLiteChart.Kind
    LINE: VegaLiteChart.Kind
    AREA: VegaLiteChart.Kind
    BAR: VegaLiteChart.Kind
    SCATTER: VegaLiteChart.Kind
    MAP: VegaLiteChart.Kind
    KIND_FIELD_NUMBER: _ClassVar[int]
    SPEC_FIELD_NUMBER: _ClassVar[int]
    DATASETS_FIELD_NUMBER: _ClassVar[int]
    USE_CONTAINER_WIDTH_FIELD_NUMBER: _ClassVar[int]
    THEME_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    SELECTION_PARAMS_FIELD_NUMBER: _ClassVar[int]
    SELECTION_JSON_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    BASEMAP_FIELD_NUMBER: _ClassVar[int]
    kind: VegaLiteChart.Kind
    spec: str
    datasets: _containers.RepeatedCompositeFieldContainer[ChartDataset]
    use_container_width: bool
    theme: str
    info: _widgets_pb2.WidgetInfo
    selection_params: _containers.RepeatedScalarFieldContainer[str]
    selection_json: str
    note: str
    basemap: bool
    def __init__(self, kind: _Optional[_Union[VegaLiteChart.Kind, str]] = ..., spec: _Optional[str] = ..., datasets: _Optional[_Iterable[_Union[ChartDataset, _Mapping]]] = ..., use_container_width: bool = ..., theme: _Optional[str] = ..., info: _Optional[_Union[_widgets_pb2.WidgetInfo, _Mapping]] = ..., selection_params: _Optional[_Iterable[str]] = ..., selection_json: _Optional[str] = ..., note: _Optional[str] = ..., basemap: bool = ...) -> None: ...

class PlotlyChart(_message.Message):
    __slots__ = ("figure", "config", "use_container_width", "theme", "info", "selection_modes", "selection_json")
    FIGURE_FIELD_NUMBER: _ClassVar[int]
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    USE_CONTAINER_WIDTH_FIELD_NUMBER: _ClassVar[int]
    THEME_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    SELECTION_MODES_FIELD_NUMBER: _ClassVar[int]
    SELECTION_JSON_FIELD_NUMBER: _ClassVar[int]
    figure: str
    config: str
    use_container_width: bool
    theme: str
    info: _widgets_pb2.WidgetInfo
    selection_modes: _containers.RepeatedScalarFieldContainer[str]
    selection_json: str
    def __init__(self, figure: _Optional[str] = ..., config: _Optional[str] = ..., use_container_width: bool = ..., theme: _Optional[str] = ..., info: _Optional[_Union[_widgets_pb2.WidgetInfo, _Mapping]] = ..., selection_modes: _Optional[_Iterable[str]] = ..., selection_json: _Optional[str] = ...) -> None: ...
