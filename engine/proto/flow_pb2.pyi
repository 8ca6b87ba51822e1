from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Status(_message.Message):
    __slots__ = ("label", "state", "expanded")
    class State(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        RUNNING: _ClassVar[Status.State]
        COMPLETE: _ClassVar[Status.State]
        ERROR: _ClassVar[Status.State]
    RUNNING: Status.State
    COMPLETE: Status.State
    ERROR: Status.State
    LABEL_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    EXPANDED_FIELD_NUMBER: _ClassVar[int]
    label: str
    state: Status.State
    expanded: bool
    def __init__(self, label: _Optional[str] = ..., state: _Optional[_Union[Status.State, str]] = ..., expanded: bool = ...) -> None: ...

class Dialog(_message.Message):
    __slots__ = ("title", "width", "dismissible", "nonce", "on_dismiss", "dismiss_id")
    class Width(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SMALL: _ClassVar[Dialog.Width]
        MEDIUM: _ClassVar[Dialog.Width]
        LARGE: _ClassVar[Dialog.Width]
    SMALL: Dialog.Width
    MEDIUM: Dialog.Width
    LARGE: Dialog.Width
    class OnDismiss(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        IGNORE: _ClassVar[Dialog.OnDismiss]
        RERUN: _ClassVar[Dialog.OnDismiss]
        CALLBACK: _ClassVar[Dialog.OnDismiss]
    IGNORE: Dialog.OnDismiss
    RERUN: Dialog.OnDismiss
    CALLBACK: Dialog.OnDismiss
    TITLE_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    DISMISSIBLE_FIELD_NUMBER: _ClassVar[int]
    NONCE_FIELD_NUMBER: _ClassVar[int]
    ON_DISMISS_FIELD_NUMBER: _ClassVar[int]
    DISMISS_ID_FIELD_NUMBER: _ClassVar[int]
    title: str
    width: Dialog.Width
    dismissible: bool
    nonce: int
    on_dismiss: Dialog.OnDismiss
    dismiss_id: str
    def __init__(self, title: _Optional[str] = ..., width: _Optional[_Union[Dialog.Width, str]] = ..., dismissible: bool = ..., nonce: _Optional[int] = ..., on_dismiss: _Optional[_Union[Dialog.OnDismiss, str]] = ..., dismiss_id: _Optional[str] = ...) -> None: ...

class Popover(_message.Message):
    __slots__ = ("label", "help", "icon", "disabled", "use_container_width")
    LABEL_FIELD_NUMBER: _ClassVar[int]
    HELP_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    DISABLED_FIELD_NUMBER: _ClassVar[int]
    USE_CONTAINER_WIDTH_FIELD_NUMBER: _ClassVar[int]
    label: str
    help: str
    icon: str
    disabled: bool
    use_container_width: bool
    def __init__(self, label: _Optional[str] = ..., help: _Optional[str] = ..., icon: _Optional[str] = ..., disabled: bool = ..., use_container_width: bool = ...) -> None: ...

class PageLink(_message.Message):
    __slots__ = ("page", "url", "label", "icon", "help", "disabled", "use_container_width", "query_string")
    PAGE_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    HELP_FIELD_NUMBER: _ClassVar[int]
    DISABLED_FIELD_NUMBER: _ClassVar[int]
    USE_CONTAINER_WIDTH_FIELD_NUMBER: _ClassVar[int]
    QUERY_STRING_FIELD_NUMBER: _ClassVar[int]
    page: str
    url: str
    label: str
    icon: str
    help: str
    disabled: bool
    use_container_width: bool
    query_string: str
    def __init__(self, page: _Optional[str] = ..., url: _Optional[str] = ..., label: _Optional[str] = ..., icon: _Optional[str] = ..., help: _Optional[str] = ..., disabled: bool = ..., use_container_width: bool = ..., query_string: _Optional[str] = ...) -> None: ...

class Html(_message.Message):
    __slots__ = ("body",)
    BODY_FIELD_NUMBER: _ClassVar[int]
    body: str
    def __init__(self, body: _Optional[str] = ...) -> None: ...

class DocString(_message.Message):
    __slots__ = ("name", "module", "type", "signature", "doc", "value", "members")
    NAME_FIELD_NUMBER: _ClassVar[int]
    MODULE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    DOC_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    name: str
    module: str
    type: str
    signature: str
    doc: str
    value: str
    members: _containers.RepeatedCompositeFieldContainer[DocMember]
    def __init__(self, name: _Optional[str] = ..., module: _Optional[str] = ..., type: _Optional[str] = ..., signature: _Optional[str] = ..., doc: _Optional[str] = ..., value: _Optional[str] = ..., members: _Optional[_Iterable[_Union[DocMember, _Mapping]]] = ...) -> None: ...

class DocMember(_message.Message):
    __slots__ = ("name", "type", "value", "doc")
    NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    DOC_FIELD_NUMBER: _ClassVar[int]
    name: str
    type: str
    value: str
    doc: str
    def __init__(self, name: _Optional[str] = ..., type: _Optional[str] = ..., value: _Optional[str] = ..., doc: _Optional[str] = ...) -> None: ...

class Logo(_message.Message):
    __slots__ = ("image", "is_text", "icon_image", "icon_is_text", "link", "size")
    class Size(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        MEDIUM: _ClassVar[Logo.Size]
        SMALL: _ClassVar[Logo.Size]
        LARGE: _ClassVar[Logo.Size]
    MEDIUM: Logo.Size
    SMALL: Logo.Size
    LARGE: Logo.Size
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    IS_TEXT_FIELD_NUMBER: _ClassVar[int]
    ICON_IMAGE_FIELD_NUMBER: _ClassVar[int]
    ICON_IS_TEXT_FIELD_NUMBER: _ClassVar[int]
    LINK_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    image: str
    is_text: bool
    icon_image: str
    icon_is_text: bool
    link: str
    size: Logo.Size
    def __init__(self, image: _Optional[str] = ..., is_text: bool = ..., icon_image: _Optional[str] = ..., icon_is_text: bool = ..., link: _Optional[str] = ..., size: _Optional[_Union[Logo.Size, str]] = ...) -> None: ...
