from dataapp.proto import element_pb2 as _element_pb2
from dataapp.proto import layout_pb2 as _layout_pb2
from dataapp.proto import flow_pb2 as _flow_pb2
from dataapp.proto import data_pb2 as _data_pb2
from dataapp.proto import media_pb2 as _media_pb2
from dataapp.proto import inspector_pb2 as _inspector_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RootContainer(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MAIN: _ClassVar[RootContainer]
    SIDEBAR: _ClassVar[RootContainer]
    EVENT: _ClassVar[RootContainer]
    BOTTOM: _ClassVar[RootContainer]
MAIN: RootContainer
SIDEBAR: RootContainer
EVENT: RootContainer
BOTTOM: RootContainer

class ForwardMsg(_message.Message):
    __slots__ = ("new_session", "delta", "script_finished", "session_status", "page_config", "page_info", "notice", "navigation", "data_window", "logo", "native_files", "run_report")
    NEW_SESSION_FIELD_NUMBER: _ClassVar[int]
    DELTA_FIELD_NUMBER: _ClassVar[int]
    SCRIPT_FINISHED_FIELD_NUMBER: _ClassVar[int]
    SESSION_STATUS_FIELD_NUMBER: _ClassVar[int]
    PAGE_CONFIG_FIELD_NUMBER: _ClassVar[int]
    PAGE_INFO_FIELD_NUMBER: _ClassVar[int]
    NOTICE_FIELD_NUMBER: _ClassVar[int]
    NAVIGATION_FIELD_NUMBER: _ClassVar[int]
    DATA_WINDOW_FIELD_NUMBER: _ClassVar[int]
    LOGO_FIELD_NUMBER: _ClassVar[int]
    NATIVE_FILES_FIELD_NUMBER: _ClassVar[int]
    RUN_REPORT_FIELD_NUMBER: _ClassVar[int]
    new_session: NewSession
    delta: Delta
    script_finished: ScriptFinished
    session_status: SessionStatus
    page_config: PageConfig
    page_info: PageInfo
    notice: Notice
    navigation: Navigation
    data_window: _data_pb2.DataWindow
    logo: _flow_pb2.Logo
    native_files: NativeFiles
    run_report: _inspector_pb2.RunReport
    def __init__(self, new_session: _Optional[_Union[NewSession, _Mapping]] = ..., delta: _Optional[_Union[Delta, _Mapping]] = ..., script_finished: _Optional[_Union[ScriptFinished, _Mapping]] = ..., session_status: _Optional[_Union[SessionStatus, _Mapping]] = ..., page_config: _Optional[_Union[PageConfig, _Mapping]] = ..., page_info: _Optional[_Union[PageInfo, _Mapping]] = ..., notice: _Optional[_Union[Notice, _Mapping]] = ..., navigation: _Optional[_Union[Navigation, _Mapping]] = ..., data_window: _Optional[_Union[_data_pb2.DataWindow, _Mapping]] = ..., logo: _Optional[_Union[_flow_pb2.Logo, _Mapping]] = ..., native_files: _Optional[_Union[NativeFiles, _Mapping]] = ..., run_report: _Optional[_Union[_inspector_pb2.RunReport, _Mapping]] = ...) -> None: ...

class ForwardMsgList(_message.Message):
    __slots__ = ("msgs",)
    MSGS_FIELD_NUMBER: _ClassVar[int]
    msgs: _containers.RepeatedCompositeFieldContainer[ForwardMsg]
    def __init__(self, msgs: _Optional[_Iterable[_Union[ForwardMsg, _Mapping]]] = ...) -> None: ...

class NativeFiles(_message.Message):
    __slots__ = ("widget_id", "files", "problems")
    WIDGET_ID_FIELD_NUMBER: _ClassVar[int]
    FILES_FIELD_NUMBER: _ClassVar[int]
    PROBLEMS_FIELD_NUMBER: _ClassVar[int]
    widget_id: str
    files: _containers.RepeatedCompositeFieldContainer[_media_pb2.UploadedFileInfo]
    problems: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, widget_id: _Optional[str] = ..., files: _Optional[_Iterable[_Union[_media_pb2.UploadedFileInfo, _Mapping]]] = ..., problems: _Optional[_Iterable[str]] = ...) -> None: ...

class Delta(_message.Message):
    __slots__ = ("path", "new_element", "add_block", "unchanged", "append_text", "add_rows", "fragment_id")
    PATH_FIELD_NUMBER: _ClassVar[int]
    NEW_ELEMENT_FIELD_NUMBER: _ClassVar[int]
    ADD_BLOCK_FIELD_NUMBER: _ClassVar[int]
    UNCHANGED_FIELD_NUMBER: _ClassVar[int]
    APPEND_TEXT_FIELD_NUMBER: _ClassVar[int]
    ADD_ROWS_FIELD_NUMBER: _ClassVar[int]
    FRAGMENT_ID_FIELD_NUMBER: _ClassVar[int]
    path: _containers.RepeatedScalarFieldContainer[int]
    new_element: _element_pb2.Element
    add_block: _layout_pb2.Block
    unchanged: int
    append_text: str
    add_rows: _data_pb2.AddRows
    fragment_id: str
    def __init__(self, path: _Optional[_Iterable[int]] = ..., new_element: _Optional[_Union[_element_pb2.Element, _Mapping]] = ..., add_block: _Optional[_Union[_layout_pb2.Block, _Mapping]] = ..., unchanged: _Optional[int] = ..., append_text: _Optional[str] = ..., add_rows: _Optional[_Union[_data_pb2.AddRows, _Mapping]] = ..., fragment_id: _Optional[str] = ...) -> None: ...

class NewSession(_message.Message):
    __slots__ = ("session_id", "app_name", "theme", "version", "is_desktop", "native_file_dialogs", "inspect_runs")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    APP_NAME_FIELD_NUMBER: _ClassVar[int]
    THEME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    IS_DESKTOP_FIELD_NUMBER: _ClassVar[int]
    NATIVE_FILE_DIALOGS_FIELD_NUMBER: _ClassVar[int]
    INSPECT_RUNS_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    app_name: str
    theme: Theme
    version: str
    is_desktop: bool
    native_file_dialogs: bool
    inspect_runs: bool
    def __init__(self, session_id: _Optional[str] = ..., app_name: _Optional[str] = ..., theme: _Optional[_Union[Theme, _Mapping]] = ..., version: _Optional[str] = ..., is_desktop: bool = ..., native_file_dialogs: bool = ..., inspect_runs: bool = ...) -> None: ...

class Theme(_message.Message):
    __slots__ = ("base", "primary_color", "background_color", "secondary_background_color", "text_color", "font", "code_font")
    BASE_FIELD_NUMBER: _ClassVar[int]
    PRIMARY_COLOR_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_COLOR_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_BACKGROUND_COLOR_FIELD_NUMBER: _ClassVar[int]
    TEXT_COLOR_FIELD_NUMBER: _ClassVar[int]
    FONT_FIELD_NUMBER: _ClassVar[int]
    CODE_FONT_FIELD_NUMBER: _ClassVar[int]
    base: str
    primary_color: str
    background_color: str
    secondary_background_color: str
    text_color: str
    font: str
    code_font: str
    def __init__(self, base: _Optional[str] = ..., primary_color: _Optional[str] = ..., background_color: _Optional[str] = ..., secondary_background_color: _Optional[str] = ..., text_color: _Optional[str] = ..., font: _Optional[str] = ..., code_font: _Optional[str] = ...) -> None: ...

class SessionStatus(_message.Message):
    __slots__ = ("running", "run_id", "fragment_id")
    RUNNING_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    FRAGMENT_ID_FIELD_NUMBER: _ClassVar[int]
    running: bool
    run_id: int
    fragment_id: str
    def __init__(self, running: bool = ..., run_id: _Optional[int] = ..., fragment_id: _Optional[str] = ...) -> None: ...

class ScriptFinished(_message.Message):
    __slots__ = ("status", "run_id", "clear_stale", "fragment_id", "stale_scope")
    class Status(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        COMPLETE: _ClassVar[ScriptFinished.Status]
        INTERRUPTED: _ClassVar[ScriptFinished.Status]
        STOPPED: _ClassVar[ScriptFinished.Status]
        COMPILE_ERROR: _ClassVar[ScriptFinished.Status]
    COMPLETE: ScriptFinished.Status
    INTERRUPTED: ScriptFinished.Status
    STOPPED: ScriptFinished.Status
    COMPILE_ERROR: ScriptFinished.Status
    STATUS_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    CLEAR_STALE_FIELD_NUMBER: _ClassVar[int]
    FRAGMENT_ID_FIELD_NUMBER: _ClassVar[int]
    STALE_SCOPE_FIELD_NUMBER: _ClassVar[int]
    status: ScriptFinished.Status
    run_id: int
    clear_stale: bool
    fragment_id: str
    stale_scope: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, status: _Optional[_Union[ScriptFinished.Status, str]] = ..., run_id: _Optional[int] = ..., clear_stale: bool = ..., fragment_id: _Optional[str] = ..., stale_scope: _Optional[_Iterable[int]] = ...) -> None: ...

class PageConfig(_message.Message):
    __slots__ = ("title", "icon", "layout", "initial_sidebar_state", "menu_get_help", "menu_report_bug", "menu_about", "has_menu_items")
    class Layout(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        CENTERED: _ClassVar[PageConfig.Layout]
        WIDE: _ClassVar[PageConfig.Layout]
    CENTERED: PageConfig.Layout
    WIDE: PageConfig.Layout
    class SidebarState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        AUTO: _ClassVar[PageConfig.SidebarState]
        EXPANDED: _ClassVar[PageConfig.SidebarState]
        COLLAPSED: _ClassVar[PageConfig.SidebarState]
    AUTO: PageConfig.SidebarState
    EXPANDED: PageConfig.SidebarState
    COLLAPSED: PageConfig.SidebarState
    TITLE_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    INITIAL_SIDEBAR_STATE_FIELD_NUMBER: _ClassVar[int]
    MENU_GET_HELP_FIELD_NUMBER: _ClassVar[int]
    MENU_REPORT_BUG_FIELD_NUMBER: _ClassVar[int]
    MENU_ABOUT_FIELD_NUMBER: _ClassVar[int]
    HAS_MENU_ITEMS_FIELD_NUMBER: _ClassVar[int]
    title: str
    icon: str
    layout: PageConfig.Layout
    initial_sidebar_state: PageConfig.SidebarState
    menu_get_help: str
    menu_report_bug: str
    menu_about: str
    has_menu_items: bool
    def __init__(self, title: _Optional[str] = ..., icon: _Optional[str] = ..., layout: _Optional[_Union[PageConfig.Layout, str]] = ..., initial_sidebar_state: _Optional[_Union[PageConfig.SidebarState, str]] = ..., menu_get_help: _Optional[str] = ..., menu_report_bug: _Optional[str] = ..., menu_about: _Optional[str] = ..., has_menu_items: bool = ...) -> None: ...

class PageInfo(_message.Message):
    __slots__ = ("query_string",)
    QUERY_STRING_FIELD_NUMBER: _ClassVar[int]
    query_string: str
    def __init__(self, query_string: _Optional[str] = ...) -> None: ...

class Notice(_message.Message):
    __slots__ = ("level", "text")
    class Level(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        INFO: _ClassVar[Notice.Level]
        WARNING: _ClassVar[Notice.Level]
        ERROR: _ClassVar[Notice.Level]
    INFO: Notice.Level
    WARNING: Notice.Level
    ERROR: Notice.Level
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    level: Notice.Level
    text: str
    def __init__(self, level: _Optional[_Union[Notice.Level, str]] = ..., text: _Optional[str] = ...) -> None: ...

class Navigation(_message.Message):
    __slots__ = ("pages", "current_page", "position", "expanded")
    class Position(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SIDEBAR: _ClassVar[Navigation.Position]
        HIDDEN: _ClassVar[Navigation.Position]
        TOP: _ClassVar[Navigation.Position]
    SIDEBAR: Navigation.Position
    HIDDEN: Navigation.Position
    TOP: Navigation.Position
    PAGES_FIELD_NUMBER: _ClassVar[int]
    CURRENT_PAGE_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    EXPANDED_FIELD_NUMBER: _ClassVar[int]
    pages: _containers.RepeatedCompositeFieldContainer[PageEntry]
    current_page: str
    position: Navigation.Position
    expanded: bool
    def __init__(self, pages: _Optional[_Iterable[_Union[PageEntry, _Mapping]]] = ..., current_page: _Optional[str] = ..., position: _Optional[_Union[Navigation.Position, str]] = ..., expanded: bool = ...) -> None: ...

class PageEntry(_message.Message):
    __slots__ = ("url_path", "title", "icon", "section", "is_default", "hidden", "help", "external_url")
    URL_PATH_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    SECTION_FIELD_NUMBER: _ClassVar[int]
    IS_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    HIDDEN_FIELD_NUMBER: _ClassVar[int]
    HELP_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_URL_FIELD_NUMBER: _ClassVar[int]
    url_path: str
    title: str
    icon: str
    section: str
    is_default: bool
    hidden: bool
    help: str
    external_url: str
    def __init__(self, url_path: _Optional[str] = ..., title: _Optional[str] = ..., icon: _Optional[str] = ..., section: _Optional[str] = ..., is_default: bool = ..., hidden: bool = ..., help: _Optional[str] = ..., external_url: _Optional[str] = ...) -> None: ...
