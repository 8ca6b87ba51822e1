from dataapp.proto import text_pb2 as _text_pb2
from dataapp.proto import arrow_pb2 as _arrow_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class WidgetInfo(_message.Message):
    __slots__ = ("id", "label", "help", "disabled", "label_visibility", "form_id", "key", "set_value")
    ID_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    HELP_FIELD_NUMBER: _ClassVar[int]
    DISABLED_FIELD_NUMBER: _ClassVar[int]
    LABEL_VISIBILITY_FIELD_NUMBER: _ClassVar[int]
    FORM_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    SET_VALUE_FIELD_NUMBER: _ClassVar[int]
    id: str
    label: str
    help: str
    disabled: bool
    label_visibility: _text_pb2.LabelVisibility
    form_id: str
    key: str
    set_value: bool
    def __init__(self, id: _Optional[str] = ..., label: _Optional[str] = ..., help: _Optional[str] = ..., disabled: bool = ..., label_visibility: _Optional[_Union[_text_pb2.LabelVisibility, str]] = ..., form_id: _Optional[str] = ..., key: _Optional[str] = ..., set_value: bool = ...) -> None: ...

class Button(_message.Message):
    __slots__ = ("info", "kind", "icon", "is_form_submit", "use_container_width")
    class Kind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SECONDARY: _ClassVar[Button.Kind]
        PRIMARY: _ClassVar[Button.Kind]
        TERTIARY: _ClassVar[Button.Kind]
    SECONDARY: Button.Kind
    PRIMARY: Button.Kind
    TERTIARY: Button.Kind
    INFO_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    IS_FORM_SUBMIT_FIELD_NUMBER: _ClassVar[int]
    USE_CONTAINER_WIDTH_FIELD_NUMBER: _ClassVar[int]
    info: WidgetInfo
    kind: Button.Kind
    icon: str
    is_form_submit: bool
    use_container_width: bool
    def __init__(self, info: _Optional[_Union[WidgetInfo, _Mapping]] = ..., kind: _Optional[_Union[Button.Kind, str]] = ..., icon: _Optional[str] = ..., is_form_submit: bool = ..., use_container_width: bool = ...) -> None: ...

class Checkbox(_message.Message):
    __slots__ = ("info", "style", "value")
    class Style(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        CHECKBOX: _ClassVar[Checkbox.Style]
        TOGGLE: _ClassVar[Checkbox.Style]
    CHECKBOX: Checkbox.Style
    TOGGLE: Checkbox.Style
    INFO_FIELD_NUMBER: _ClassVar[int]
    STYLE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    info: WidgetInfo
    style: Checkbox.Style
    value: bool
    def __init__(self, info: _Optional[_Union[WidgetInfo, _Mapping]] = ..., style: _Optional[_Union[Checkbox.Style, str]] = ..., value: bool = ...) -> None: ...

class Radio(_message.Message):
    __slots__ = ("info", "options", "index", "horizontal", "captions")
    INFO_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    INDEX_FIELD_NUMBER: _ClassVar[int]
    HORIZONTAL_FIELD_NUMBER: _ClassVar[int]
    CAPTIONS_FIELD_NUMBER: _ClassVar[int]
    info: WidgetInfo
    options: _containers.RepeatedScalarFieldContainer[str]
    index: int
    horizontal: bool
    captions: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, info: _Optional[_Union[WidgetInfo, _Mapping]] = ..., options: _Optional[_Iterable[str]] = ..., index: _Optional[int] = ..., horizontal: bool = ..., captions: _Optional[_Iterable[str]] = ...) -> None: ...

class Selectbox(_message.Message):
    __slots__ = ("info", "options", "index", "placeholder")
    INFO_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    INDEX_FIELD_NUMBER: _ClassVar[int]
    PLACEHOLDER_FIELD_NUMBER: _ClassVar[int]
    info: WidgetInfo
    options: _containers.RepeatedScalarFieldContainer[str]
    index: int
    placeholder: str
    def __init__(self, info: _Optional[_Union[WidgetInfo, _Mapping]] = ..., options: _Optional[_Iterable[str]] = ..., index: _Optional[int] = ..., placeholder: _Optional[str] = ...) -> None: ...

class Multiselect(_message.Message):
    __slots__ = ("info", "options", "indices", "max_selections", "placeholder")
    INFO_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    INDICES_FIELD_NUMBER: _ClassVar[int]
    MAX_SELECTIONS_FIELD_NUMBER: _ClassVar[int]
    PLACEHOLDER_FIELD_NUMBER: _ClassVar[int]
    info: WidgetInfo
    options: _containers.RepeatedScalarFieldContainer[str]
    indices: _containers.RepeatedScalarFieldContainer[int]
    max_selections: int
    placeholder: str
    def __init__(self, info: _Optional[_Union[WidgetInfo, _Mapping]] = ..., options: _Optional[_Iterable[str]] = ..., indices: _Optional[_Iterable[int]] = ..., max_selections: _Optional[int] = ..., placeholder: _Optional[str] = ...) -> None: ...

class Slider(_message.Message):
    __slots__ = ("info", "kind", "data_type", "min", "max", "step", "value", "format", "options")
    class Kind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SLIDER: _ClassVar[Slider.Kind]
        SELECT_SLIDER: _ClassVar[Slider.Kind]
    SLIDER: Slider.Kind
    SELECT_SLIDER: Slider.Kind
    class DataType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        INT: _ClassVar[Slider.DataType]
        FLOAT: _ClassVar[Slider.DataType]
        DATE: _ClassVar[Slider.DataType]
        TIME: _ClassVar[Slider.DataType]
        DATETIME: _ClassVar[Slider.DataType]
    INT: Slider.DataType
    FLOAT: Slider.DataType
    DATE: Slider.DataType
    TIME: Slider.DataType
    DATETIME: Slider.DataType
    INFO_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    DATA_TYPE_FIELD_NUMBER: _ClassVar[int]
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    STEP_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    info: WidgetInfo
    kind: Slider.Kind
    data_type: Slider.DataType
    min: float
    max: float
    step: float
    value: _containers.RepeatedScalarFieldContainer[float]
    format: str
    options: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, info: _Optional[_Union[WidgetInfo, _Mapping]] = ..., kind: _Optional[_Union[Slider.Kind, str]] = ..., data_type: _Optional[_Union[Slider.DataType, str]] = ..., min: _Optional[float] = ..., max: _Optional[float] = ..., step: _Optional[float] = ..., value: _Optional[_Iterable[float]] = ..., format: _Optional[str] = ..., options: _Optional[_Iterable[str]] = ...) -> None: ...

class NumberInput(_message.Message):
    __slots__ = ("info", "data_type", "has_min", "min", "has_max", "max", "step", "value", "format", "placeholder", "clearable")
    class DataType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        INT: _ClassVar[NumberInput.DataType]
        FLOAT: _ClassVar[NumberInput.DataType]
    INT: NumberInput.DataType
    FLOAT: NumberInput.DataType
    INFO_FIELD_NUMBER: _ClassVar[int]
    DATA_TYPE_FIELD_NUMBER: _ClassVar[int]
    HAS_MIN_FIELD_NUMBER: _ClassVar[int]
    MIN_FIELD_NUMBER: _ClassVar[int]
    HAS_MAX_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    STEP_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    PLACEHOLDER_FIELD_NUMBER: _ClassVar[int]
    CLEARABLE_FIELD_NUMBER: _ClassVar[int]
    info: WidgetInfo
    data_type: NumberInput.DataType
    has_min: bool
    min: float
    has_max: bool
    max: float
    step: float
    value: float
    format: str
    placeholder: str
    clearable: bool
    def __init__(self, info: _Optional[_Union[WidgetInfo, _Mapping]] = ..., data_type: _Optional[_Union[NumberInput.DataType, str]] = ..., has_min: bool = ..., min: _Optional[float] = ..., has_max: bool = ..., max: _Optional[float] = ..., step: _Optional[float] = ..., value: _Optional[float] = ..., format: _Optional[str] = ..., placeholder: _Optional[str] = ..., clearable: bool = ...) -> None: ...

class TextInput(_message.Message):
    __slots__ = ("info", "value", "max_chars", "type", "placeholder", "autocomplete")
    class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        DEFAULT: _ClassVar[TextInput.Type]
        PASSWORD: _ClassVar[TextInput.Type]
    DEFAULT: TextInput.Type
    PASSWORD: TextInput.Type
    INFO_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    MAX_CHARS_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    PLACEHOLDER_FIELD_NUMBER: _ClassVar[int]
    AUTOCOMPLETE_FIELD_NUMBER: _ClassVar[int]
    info: WidgetInfo
    value: str
    max_chars: int
    type: TextInput.Type
    placeholder: str
    autocomplete: str
    def __init__(self, info: _Optional[_Union[WidgetInfo, _Mapping]] = ..., value: _Optional[str] = ..., max_chars: _Optional[int] = ..., type: _Optional[_Union[TextInput.Type, str]] = ..., placeholder: _Optional[str] = ..., autocomplete: _Optional[str] = ...) -> None: ...

class TextArea(_message.Message):
    __slots__ = ("info", "value", "max_chars", "height", "placeholder")
    INFO_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    MAX_CHARS_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    PLACEHOLDER_FIELD_NUMBER: _ClassVar[int]
    info: WidgetInfo
    value: str
    max_chars: int
    height: int
    placeholder: str
    def __init__(self, info: _Optional[_Union[WidgetInfo, _Mapping]] = ..., value: _Optional[str] = ..., max_chars: _Optional[int] = ..., height: _Optional[int] = ..., placeholder: _Optional[str] = ...) -> None: ...

class DateInput(_message.Message):
    __slots__ = ("info", "value", "is_range", "min", "max", "format")
    INFO_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    IS_RANGE_FIELD_NUMBER: _ClassVar[int]
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    info: WidgetInfo
    value: _containers.RepeatedScalarFieldContainer[str]
    is_range: bool
    min: str
    max: str
    format: str
    def __init__(self, info: _Optional[_Union[WidgetInfo, _Mapping]] = ..., value: _Optional[_Iterable[str]] = ..., is_range: bool = ..., min: _Optional[str] = ..., max: _Optional[str] = ..., format: _Optional[str] = ...) -> None: ...

class TimeInput(_message.Message):
    __slots__ = ("info", "value", "step")
    INFO_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    STEP_FIELD_NUMBER: _ClassVar[int]
    info: WidgetInfo
    value: str
    step: int
    def __init__(self, info: _Optional[_Union[WidgetInfo, _Mapping]] = ..., value: _Optional[str] = ..., step: _Optional[int] = ...) -> None: ...

class ColorPicker(_message.Message):
    __slots__ = ("info", "value")
    INFO_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    info: WidgetInfo
    value: str
    def __init__(self, info: _Optional[_Union[WidgetInfo, _Mapping]] = ..., value: _Optional[str] = ...) -> None: ...

class ButtonGroup(_message.Message):
    __slots__ = ("info", "style", "options", "indices", "multi", "required", "width", "width_pixels", "wrap")
    class Style(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SEGMENTED_CONTROL: _ClassVar[ButtonGroup.Style]
        PILLS: _ClassVar[ButtonGroup.Style]
    SEGMENTED_CONTROL: ButtonGroup.Style
    PILLS: ButtonGroup.Style
    class Width(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        CONTENT: _ClassVar[ButtonGroup.Width]
        STRETCH: _ClassVar[ButtonGroup.Width]
        PIXELS: _ClassVar[ButtonGroup.Width]
    CONTENT: ButtonGroup.Width
    STRETCH: ButtonGroup.Width
    PIXELS: ButtonGroup.Width
    INFO_FIELD_NUMBER: _ClassVar[int]
    STYLE_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    INDICES_FIELD_NUMBER: _ClassVar[int]
    MULTI_FIELD_NUMBER: _ClassVar[int]
    REQUIRED_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    WIDTH_PIXELS_FIELD_NUMBER: _ClassVar[int]
    WRAP_FIELD_NUMBER: _ClassVar[int]
    info: WidgetInfo
    style: ButtonGroup.Style
    options: _containers.RepeatedScalarFieldContainer[str]
    indices: _containers.RepeatedScalarFieldContainer[int]
    multi: bool
    required: bool
    width: ButtonGroup.Width
    width_pixels: int
    wrap: bool
    def __init__(self, info: _Optional[_Union[WidgetInfo, _Mapping]] = ..., style: _Optional[_Union[ButtonGroup.Style, str]] = ..., options: _Optional[_Iterable[str]] = ..., indices: _Optional[_Iterable[int]] = ..., multi: bool = ..., required: bool = ..., width: _Optional[_Union[ButtonGroup.Width, str]] = ..., width_pixels: _Optional[int] = ..., wrap: bool = ...) -> None: ...

class DateTimeInput(_message.Message):
    __slots__ = ("info", "value", "min", "max", "format", "step", "clearable")
    INFO_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    STEP_FIELD_NUMBER: _ClassVar[int]
    CLEARABLE_FIELD_NUMBER: _ClassVar[int]
    info: WidgetInfo
    value: _containers.RepeatedScalarFieldContainer[str]
    min: str
    max: str
    format: str
    step: int
    clearable: bool
    def __init__(self, info: _Optional[_Union[WidgetInfo, _Mapping]] = ..., value: _Optional[_Iterable[str]] = ..., min: _Optional[str] = ..., max: _Optional[str] = ..., format: _Optional[str] = ..., step: _Optional[int] = ..., clearable: bool = ...) -> None: ...

class Feedback(_message.Message):
    __slots__ = ("info", "type", "indices", "width", "width_pixels")
    class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        THUMBS: _ClassVar[Feedback.Type]
        FACES: _ClassVar[Feedback.Type]
        STARS: _ClassVar[Feedback.Type]
    THUMBS: Feedback.Type
    FACES: Feedback.Type
    STARS: Feedback.Type
    INFO_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    INDICES_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    WIDTH_PIXELS_FIELD_NUMBER: _ClassVar[int]
    info: WidgetInfo
    type: Feedback.Type
    indices: _containers.RepeatedScalarFieldContainer[int]
    width: ButtonGroup.Width
    width_pixels: int
    def __init__(self, info: _Optional[_Union[WidgetInfo, _Mapping]] = ..., type: _Optional[_Union[Feedback.Type, str]] = ..., indices: _Optional[_Iterable[int]] = ..., width: _Optional[_Union[ButtonGroup.Width, str]] = ..., width_pixels: _Optional[int] = ...) -> None: ...

class MenuButton(_message.Message):
    __slots__ = ("info", "options", "kind", "icon", "width", "width_pixels")
    INFO_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    WIDTH_PIXELS_FIELD_NUMBER: _ClassVar[int]
    info: WidgetInfo
    options: _containers.RepeatedScalarFieldContainer[str]
    kind: Button.Kind
    icon: str
    width: ButtonGroup.Width
    width_pixels: int
    def __init__(self, info: _Optional[_Union[WidgetInfo, _Mapping]] = ..., options: _Optional[_Iterable[str]] = ..., kind: _Optional[_Union[Button.Kind, str]] = ..., icon: _Optional[str] = ..., width: _Optional[_Union[ButtonGroup.Width, str]] = ..., width_pixels: _Optional[int] = ...) -> None: ...

class Pagination(_message.Message):
    __slots__ = ("info", "num_pages", "index", "max_visible_pages", "width", "width_pixels", "ignore_rerun", "default")
    INFO_FIELD_NUMBER: _ClassVar[int]
    NUM_PAGES_FIELD_NUMBER: _ClassVar[int]
    INDEX_FIELD_NUMBER: _ClassVar[int]
    MAX_VISIBLE_PAGES_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    WIDTH_PIXELS_FIELD_NUMBER: _ClassVar[int]
    IGNORE_RERUN_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_FIELD_NUMBER: _ClassVar[int]
    info: WidgetInfo
    num_pages: int
    index: int
    max_visible_pages: int
    width: ButtonGroup.Width
    width_pixels: int
    ignore_rerun: bool
    default: int
    def __init__(self, info: _Optional[_Union[WidgetInfo, _Mapping]] = ..., num_pages: _Optional[int] = ..., index: _Optional[int] = ..., max_visible_pages: _Optional[int] = ..., width: _Optional[_Union[ButtonGroup.Width, str]] = ..., width_pixels: _Optional[int] = ..., ignore_rerun: bool = ..., default: _Optional[int] = ...) -> None: ...

class WidgetState(_message.Message):
    __slots__ = ("id", "trigger_value", "bool_value", "double_value", "int_value", "string_value", "double_array_value", "int_array_value", "string_array_value", "null_value", "json_value", "string_trigger_value", "file_ids_value", "bytes_value", "arrow_value", "json_trigger_value")
    ID_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_VALUE_FIELD_NUMBER: _ClassVar[int]
    BOOL_VALUE_FIELD_NUMBER: _ClassVar[int]
    DOUBLE_VALUE_FIELD_NUMBER: _ClassVar[int]
    INT_VALUE_FIELD_NUMBER: _ClassVar[int]
    STRING_VALUE_FIELD_NUMBER: _ClassVar[int]
    DOUBLE_ARRAY_VALUE_FIELD_NUMBER: _ClassVar[int]
    INT_ARRAY_VALUE_FIELD_NUMBER: _ClassVar[int]
    STRING_ARRAY_VALUE_FIELD_NUMBER: _ClassVar[int]
    NULL_VALUE_FIELD_NUMBER: _ClassVar[int]
    JSON_VALUE_FIELD_NUMBER: _ClassVar[int]
    STRING_TRIGGER_VALUE_FIELD_NUMBER: _ClassVar[int]
    FILE_IDS_VALUE_FIELD_NUMBER: _ClassVar[int]
    BYTES_VALUE_FIELD_NUMBER: _ClassVar[int]
    ARROW_VALUE_FIELD_NUMBER: _ClassVar[int]
    JSON_TRIGGER_VALUE_FIELD_NUMBER: _ClassVar[int]
    id: str
    trigger_value: bool
    bool_value: bool
    double_value: float
    int_value: int
    string_value: str
    double_array_value: DoubleArray
    int_array_value: IntArray
    string_array_value: StringArray
    null_value: bool
    json_value: str
    string_trigger_value: str
    file_ids_value: StringArray
    bytes_value: bytes
    arrow_value: _arrow_pb2.ArrowTable
    json_trigger_value: str
    def __init__(self, id: _Optional[str] = ..., trigger_value: bool = ..., bool_value: bool = ..., double_value: _Optional[float] = ..., int_value: _Optional[int] = ..., string_value: _Optional[str] = ..., double_array_value: _Optional[_Union[DoubleArray, _Mapping]] = ..., int_array_value: _Optional[_Union[IntArray, _Mapping]] = ..., string_array_value: _Optional[_Union[StringArray, _Mapping]] = ..., null_value: bool = ..., json_value: _Optional[str] = ..., string_trigger_value: _Optional[str] = ..., file_ids_value: _Optional[_Union[StringArray, _Mapping]] = ..., bytes_value: _Optional[bytes] = ..., arrow_value: _Optional[_Union[_arrow_pb2.ArrowTable, _Mapping]] = ..., json_trigger_value: _Optional[str] = ...) -> None: ...

class DoubleArray(_message.Message):
    __slots__ = ("data",)
    DATA_FIELD_NUMBER: _ClassVar[int]
    data: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, data: _Optional[_Iterable[float]] = ...) -> None: ...

class IntArray(_message.Message):
    __slots__ = ("data",)
    DATA_FIELD_NUMBER: _ClassVar[int]
    data: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, data: _Optional[_Iterable[int]] = ...) -> None: ...

class StringArray(_message.Message):
    __slots__ = ("data",)
    DATA_FIELD_NUMBER: _ClassVar[int]
    data: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, data: _Optional[_Iterable[str]] = ...) -> None: ...

class WidgetStates(_message.Message):
    __slots__ = ("widgets",)
    WIDGETS_FIELD_NUMBER: _ClassVar[int]
    widgets: _containers.RepeatedCompositeFieldContainer[WidgetState]
    def __init__(self, widgets: _Optional[_Iterable[_Union[WidgetState, _Mapping]]] = ...) -> None: ...
