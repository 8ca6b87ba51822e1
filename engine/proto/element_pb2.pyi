from dataapp.proto import text_pb2 as _text_pb2
from dataapp.proto import status_pb2 as _status_pb2
from dataapp.proto import widgets_pb2 as _widgets_pb2
from dataapp.proto import chat_pb2 as _chat_pb2
from dataapp.proto import flow_pb2 as _flow_pb2
from dataapp.proto import data_pb2 as _data_pb2
from dataapp.proto import charts_pb2 as _charts_pb2
from dataapp.proto import media_pb2 as _media_pb2
from dataapp.proto import components_pb2 as _components_pb2
from dataapp.proto import layout_pb2 as _layout_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Element(_message.Message):
    __slots__ = ("markdown", "heading", "text", "code", "json", "metric", "badge", "alert", "exception", "progress", "spinner", "toast", "celebration", "empty", "skeleton", "button", "checkbox", "radio", "selectbox", "multiselect", "slider", "number_input", "text_input", "text_area", "date_input", "time_input", "color_picker", "button_group", "feedback", "datetime_input", "menu_button", "pagination", "dataframe", "table", "data_editor", "vega_lite_chart", "plotly_chart", "image_list", "audio", "video", "file_uploader", "download_button", "link_button", "pdf", "chat_input", "page_link", "html", "doc_string", "component_instance", "iframe", "bidi_component", "space")
    MARKDOWN_FIELD_NUMBER: _ClassVar[int]
    HEADING_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    JSON_FIELD_NUMBER: _ClassVar[int]
    METRIC_FIELD_NUMBER: _ClassVar[int]
    BADGE_FIELD_NUMBER: _ClassVar[int]
    ALERT_FIELD_NUMBER: _ClassVar[int]
    EXCEPTION_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    SPINNER_FIELD_NUMBER: _ClassVar[int]
    TOAST_FIELD_NUMBER: _ClassVar[int]
    CELEBRATION_FIELD_NUMBER: _ClassVar[int]
    EMPTY_FIELD_NUMBER: _ClassVar[int]
    SKELETON_FIELD_NUMBER: _ClassVar[int]
    BUTTON_FIELD_NUMBER: _ClassVar[int]
    CHECKBOX_FIELD_NUMBER: _ClassVar[int]
    RADIO_FIELD_NUMBER: _ClassVar[int]
    SELECTBOX_FIELD_NUMBER: _ClassVar[int]
    MULTISELECT_FIELD_NUMBER: _ClassVar[int]
    SLIDER_FIELD_NUMBER: _ClassVar[int]
    NUMBER_INPUT_FIELD_NUMBER: _ClassVar[int]
    TEXT_INPUT_FIELD_NUMBER: _ClassVar[int]
    TEXT_AREA_FIELD_NUMBER: _ClassVar[int]
    DATE_INPUT_FIELD_NUMBER: _ClassVar[int]
    TIME_INPUT_FIELD_NUMBER: _ClassVar[int]
    COLOR_PICKER_FIELD_NUMBER: _ClassVar[int]
    BUTTON_GROUP_FIELD_NUMBER: _ClassVar[int]
    FEEDBACK_FIELD_NUMBER: _ClassVar[int]
    DATETIME_INPUT_FIELD_NUMBER: _ClassVar[int]
    MENU_BUTTON_FIELD_NUMBER: _ClassVar[int]
    PAGINATION_FIELD_NUMBER: _ClassVar[int]
    DATAFRAME_FIELD_NUMBER: _ClassVar[int]
    TABLE_FIELD_NUMBER: _ClassVar[int]
    DATA_EDITOR_FIELD_NUMBER: _ClassVar[int]
    VEGA_LITE_CHART_FIELD_NUMBER: _ClassVar[int]
    PLOTLY_CHART_FIELD_NUMBER: _ClassVar[int]
    IMAGE_LIST_FIELD_NUMBER: _ClassVar[int]
    AUDIO_FIELD_NUMBER: _ClassVar[int]
    VIDEO_FIELD_NUMBER: _ClassVar[int]
    FILE_UPLOADER_FIELD_NUMBER: _ClassVar[int]
    DOWNLOAD_BUTTON_FIELD_NUMBER: _ClassVar[int]
    LINK_BUTTON_FIELD_NUMBER: _ClassVar[int]
    PDF_FIELD_NUMBER: _ClassVar[int]
    CHAT_INPUT_FIELD_NUMBER: _ClassVar[int]
    PAGE_LINK_FIELD_NUMBER: _ClassVar[int]
    HTML_FIELD_NUMBER: _ClassVar[int]
    DOC_STRING_FIELD_NUMBER: _ClassVar[int]
    COMPONENT_INSTANCE_FIELD_NUMBER: _ClassVar[int]
    IFRAME_FIELD_NUMBER: _ClassVar[int]
    BIDI_COMPONENT_FIELD_NUMBER: _ClassVar[int]
    SPACE_FIELD_NUMBER: _ClassVar[int]
    markdown: _text_pb2.Markdown
    heading: _text_pb2.Heading
    text: _text_pb2.Text
    code: _text_pb2.Code
    json: _text_pb2.Json
    metric: _text_pb2.Metric
    badge: _text_pb2.Badge
    alert: _status_pb2.Alert
    exception: _status_pb2.Exception
    progress: _status_pb2.Progress
    spinner: _status_pb2.Spinner
    toast: _status_pb2.Toast
    celebration: _status_pb2.Celebration
    empty: _status_pb2.Empty
    skeleton: _status_pb2.Skeleton
    button: _widgets_pb2.Button
    checkbox: _widgets_pb2.Checkbox
    radio: _widgets_pb2.Radio
    selectbox: _widgets_pb2.Selectbox
    multiselect: _widgets_pb2.Multiselect
    slider: _widgets_pb2.Slider
    number_input: _widgets_pb2.NumberInput
    text_input: _widgets_pb2.TextInput
    text_area: _widgets_pb2.TextArea
    date_input: _widgets_pb2.DateInput
    time_input: _widgets_pb2.TimeInput
    color_picker: _widgets_pb2.ColorPicker
    button_group: _widgets_pb2.ButtonGroup
    feedback: _widgets_pb2.Feedback
    datetime_input: _widgets_pb2.DateTimeInput
    menu_button: _widgets_pb2.MenuButton
    pagination: _widgets_pb2.Pagination
    dataframe: _data_pb2.DataFrame
    table: _data_pb2.DataFrame
    data_editor: _data_pb2.DataFrame
    vega_lite_chart: _charts_pb2.VegaLiteChart
    plotly_chart: _charts_pb2.PlotlyChart
    image_list: _media_pb2.ImageList
    audio: _media_pb2.Audio
    video: _media_pb2.Video
    file_uploader: _media_pb2.FileUploader
    download_button: _media_pb2.DownloadButton
    link_button: _media_pb2.LinkButton
    pdf: _media_pb2.Pdf
    chat_input: _chat_pb2.ChatInput
    page_link: _flow_pb2.PageLink
    html: _flow_pb2.Html
    doc_string: _flow_pb2.DocString
    component_instance: _components_pb2.ComponentInstance
    iframe: _components_pb2.IFrame
    bidi_component: _components_pb2.BidiComponent
    space: _layout_pb2.Space
    def __init__(self, markdown: _Optional[_Union[_text_pb2.Markdown, _Mapping]] = ..., heading: _Optional[_Union[_text_pb2.Heading, _Mapping]] = ..., text: _Optional[_Union[_text_pb2.Text, _Mapping]] = ..., code: _Optional[_Union[_text_pb2.Code, _Mapping]] = ..., json: _Optional[_Union[_text_pb2.Json, _Mapping]] = ..., metric: _Optional[_Union[_text_pb2.Metric, _Mapping]] = ..., badge: _Optional[_Union[_text_pb2.Badge, _Mapping]] = ..., alert: _Optional[_Union[_status_pb2.Alert, _Mapping]] = ..., exception: _Optional[_Union[_status_pb2.Exception, _Mapping]] = ..., progress: _Optional[_Union[_status_pb2.Progress, _Mapping]] = ..., spinner: _Optional[_Union[_status_pb2.Spinner, _Mapping]] = ..., toast: _Optional[_Union[_status_pb2.Toast, _Mapping]] = ..., celebration: _Optional[_Union[_status_pb2.Celebration, _Mapping]] = ..., empty: _Optional[_Union[_status_pb2.Empty, _Mapping]] = ..., skeleton: _Optional[_Union[_status_pb2.Skeleton, _Mapping]] = ..., button: _Optional[_Union[_widgets_pb2.Button, _Mapping]] = ..., checkbox: _Optional[_Union[_widgets_pb2.Checkbox, _Mapping]] = ..., radio: _Optional[_Union[_widgets_pb2.Radio, _Mapping]] = ..., selectbox: _Optional[_Union[_widgets_pb2.Selectbox, _Mapping]] = ..., multiselect: _Optional[_Union[_widgets_pb2.Multiselect, _Mapping]] = ..., slider: _Optional[_Union[_widgets_pb2.Slider, _Mapping]] = ..., number_input: _Optional[_Union[_widgets_pb2.NumberInput, _Mapping]] = ..., text_input: _Optional[_Union[_widgets_pb2.TextInput, _Mapping]] = ..., text_area: _Optional[_Union[_widgets_pb2.TextArea, _Mapping]] = ..., date_input: _Optional[_Union[_widgets_pb2.DateInput, _Mapping]] = ..., time_input: _Optional[_Union[_widgets_pb2.TimeInput, _Mapping]] = ..., color_picker: _Optional[_Union[_widgets_pb2.ColorPicker, _Mapping]] = ..., button_group: _Optional[_Union[_widgets_pb2.ButtonGroup, _Mapping]] = ..., feedback: _Optional[_Union[_widgets_pb2.Feedback, _Mapping]] = ..., datetime_input: _Optional[_Union[_widgets_pb2.DateTimeInput, _Mapping]] = ..., menu_button: _Optional[_Union[_widgets_pb2.MenuButton, _Mapping]] = ..., pagination: _Optional[_Union[_widgets_pb2.Pagination, _Mapping]] = ..., dataframe: _Optional[_Union[_data_pb2.DataFrame, _Mapping]] = ..., table: _Optional[_Union[_data_pb2.DataFrame, _Mapping]] = ..., data_editor: _Optional[_Union[_data_pb2.DataFrame, _Mapping]] = ..., vega_lite_chart: _Optional[_Union[_charts_pb2.VegaLiteChart, _Mapping]] = ..., plotly_chart: _Optional[_Union[_charts_pb2.PlotlyChart, _Mapping]] = ..., image_list: _Optional[_Union[_media_pb2.ImageList, _Mapping]] = ..., audio: _Optional[_Union[_media_pb2.Audio, _Mapping]] = ..., video: _Optional[_Union[_media_pb2.Video, _Mapping]] = ..., file_uploader: _Optional[_Union[_media_pb2.FileUploader, _Mapping]] = ..., download_button: _Optional[_Union[_media_pb2.DownloadButton, _Mapping]] = ..., link_button: _Optional[_Union[_media_pb2.LinkButton, _Mapping]] = ..., pdf: _Optional[_Union[_media_pb2.Pdf, _Mapping]] = ..., chat_input: _Optional[_Union[_chat_pb2.ChatInput, _Mapping]] = ..., page_link: _Optional[_Union[_flow_pb2.PageLink, _Mapping]] = ..., html: _Optional[_Union[_flow_pb2.Html, _Mapping]] = ..., doc_string: _Optional[_Union[_flow_pb2.DocString, _Mapping]] = ..., component_instance: _Optional[_Union[_components_pb2.ComponentInstance, _Mapping]] = ..., iframe: _Optional[_Union[_components_pb2.IFrame, _Mapping]] = ..., bidi_component: _Optional[_Union[_components_pb2.BidiComponent, _Mapping]] = ..., space: _Optional[_Union[_layout_pb2.Space, _Mapping]] = ...) -> None: ...
