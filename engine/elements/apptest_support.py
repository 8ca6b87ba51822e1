"""What every family's AppTest view builds on: the element, widget and block classes with
Streamlit's AppTest names and behaviour, the typed lists, and the queries every block answers
(`.button`, `.columns`, `.get(type)`, ...).

Each family's views live in `engine/elements/<family>/apptest.py` and say which st.* names they
show (`serves`); `element_view`/`block_view` find them through the registry's family, importing
that module the first time (so `import dataapp` never loads AppTest). dataapp.testing builds the
tree of views after each run. Used by the test's thread, between runs.
"""

from __future__ import annotations

import importlib
import textwrap
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, overload

from dataapp.elements import registry
from dataapp.errors import DataappError
from dataapp.proto.element_pb2 import Element as ElementProto
from dataapp.proto.widgets_pb2 import ButtonGroup as ButtonGroupProto
from dataapp.proto.widgets_pb2 import WidgetState

if TYPE_CHECKING:
    # typing.Self is Python 3.11+; annotations are not evaluated (see the __future__ import).
    from typing_extensions import Self

    from dataapp.elements.chat.apptest import ChatInput, ChatMessage
    from dataapp.elements.data.apptest import DataEditor, Dataframe, Table
    from dataapp.elements.flow.apptest import Dialog, Help, Html, PageLink, Popover, Status
    from dataapp.elements.layout.apptest import Column, Expander, Form, Space, Tab
    from dataapp.elements.media.apptest import DownloadButton, FileUploader, Image, LinkButton
    from dataapp.elements.status.apptest import (
        Error,
        Exception,
        Info,
        Progress,
        Success,
        Toast,
        Warning,
    )
    from dataapp.elements.text.apptest import (
        Caption,
        Code,
        Divider,
        Header,
        Json,
        Latex,
        Markdown,
        Metric,
        Subheader,
        Text,
        Title,
    )
    from dataapp.elements.widgets.apptest import (
        Button,
        ButtonGroup,
        Checkbox,
        ColorPicker,
        DateInput,
        DateTimeInput,
        Feedback,
        MenuButton,
        Multiselect,
        NumberInput,
        Pagination,
        Radio,
        Selectbox,
        SelectSlider,
        Slider,
        TextArea,
        TextInput,
        TimeInput,
        Toggle,
    )
    from dataapp.testing.app_test import AppTest
    from dataapp.testing.element_tree import ElementTree


class AppTestError(DataappError):
    """A test asked for something AppTest cannot do (e.g. type into a disabled widget)."""


Deserialize = Callable[[WidgetState], Any]
_W = TypeVar("_W", bound="Widget")


# -- finding a kind's view ---------------------------------------------------------------------

# Filled as each family's apptest module is imported (Element/Block.__init_subclass__).
_ELEMENT_VIEWS: dict[str, list[type[Element]]] = {}
_BLOCK_VIEWS: dict[str, Callable[[Any, ElementTree], Block]] = {}


def _load_views(family: str) -> None:
    importlib.import_module(f"dataapp.elements.{family}.apptest")


def element_view(kind: registry.ElementKind, name: str, is_widget: bool) -> type[Element] | None:
    """The view class of an element `kind` made by `st.<name>`, widget or not (None: no view)."""
    _load_views(kind.family)
    for view in _ELEMENT_VIEWS.get(name, ()):
        if issubclass(view, Widget) == is_widget:
            return view
    return None


def block_view(kind: registry.BlockKind) -> Callable[[Any, ElementTree], Block] | None:
    """The view class of a block `kind` (None: a plain Block)."""
    _load_views(kind.family)
    return _BLOCK_VIEWS.get(kind.name)


# -- elements ---------------------------------------------------------------------------------


class Element:
    """Any element. Fields of its protobuf message are readable as attributes (`.body`, `.icon`)."""

    type: str = "unknown"
    # The st.* names (registry.ElementKind.name_of) this class shows, when the element is a
    # widget (a Widget subclass) or not: element_view picks the class by them.
    serves: ClassVar[tuple[str, ...]] = ()
    _repr_fields: ClassVar[tuple[str, ...]] = ("value",)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name in cls.__dict__.get("serves", ()):
            _ELEMENT_VIEWS.setdefault(name, []).append(cls)

    def __init__(self, proto: Any, root: ElementTree, element: ElementProto) -> None:
        self.proto = proto
        self.root = root
        self.key: str | None = None
        self._element = element

    @property
    def value(self) -> Any:
        """The element's content, in the form Streamlit's AppTest gives it."""
        return getattr(self.proto, "body", None)

    def __getattr__(self, name: str) -> Any:
        proto = self.__dict__.get("proto")
        if name.startswith("_") or proto is None:
            raise AttributeError(name)
        if name in ("set_value", "click"):
            what = (
                "use set_value() or this widget's own methods"
                if isinstance(self, Widget)
                else "only widgets can be changed"
            )
            raise AppTestError(f"{name}() is not supported for a {self.type}: {what}.")
        for message in (proto, getattr(proto, "info", None)):
            fields = getattr(getattr(message, "DESCRIPTOR", None), "fields_by_name", {})
            if name in fields:
                found = getattr(message, name)
                return list(found) if fields[name].label == fields[name].LABEL_REPEATED else found
        raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")

    def __iter__(self) -> Iterator[Element]:
        yield self

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the app again (with the values set on its widgets); returns the AppTest."""
        return self.root.run(timeout=timeout)

    def __repr__(self) -> str:
        return _repr_object(self, self._repr_fields)


class UnknownElement(Element):
    """An element AppTest has no class for (spinner, empty slot, balloons, ...)."""

    def __init__(self, proto: Any, root: ElementTree, element: ElementProto, type_: str) -> None:
        super().__init__(proto, root, element)
        self.type = type_

    @property
    def value(self) -> Any:
        return getattr(self.proto, "body", None) or getattr(self.proto, "text", None)


class Widget(Element):
    """A widget. `.value` is what the script got back from the widget call in the last run, or the
    value a test set since; `set_value(...)` (and the friendlier methods of each widget) stage a
    value for the next `.run()`.
    """

    _repr_fields = ("key", "label", "value")

    def __init__(self, proto: Any, root: ElementTree, element: ElementProto) -> None:
        super().__init__(proto, root, element)
        self.key = proto.info.key or None
        self._staged: WidgetState | None = None
        self._staged_value: Any = None
        # The innermost st.fragment holding the widget: changing it reruns only that fragment.
        self.fragment_id = ""

    @property
    def id(self) -> str:
        return str(self.proto.info.id)

    @property
    def label(self) -> str:
        return str(self.proto.info.label)

    @property
    def help(self) -> str:
        return str(self.proto.info.help)

    @property
    def disabled(self) -> bool:
        return bool(self.proto.info.disabled)

    @property
    def form_id(self) -> str:
        return str(self.proto.info.form_id)

    @property
    def value(self) -> Any:
        if self._staged is not None:
            return self._staged_value
        return self.root.widget_value(self.id, self._shown_state())

    def set_value(self: _W, v: Any) -> _W:
        """Give the widget a value, as a user would; `.run()` sends it."""
        return self._stage(self._state_for(v), v)

    def _state_for(self, v: Any) -> WidgetState:
        raise NotImplementedError

    def _stage(self: _W, state: WidgetState, raw: Any) -> _W:
        if self.disabled:
            raise AppTestError(
                f"Cannot change the disabled {self.type} {self.label!r}: "
                "a user cannot interact with a disabled widget."
            )
        self._staged = state
        # What the script will get: the engine's own reading of the state, where it has one.
        # A value the widget refuses is still sent, as a page could send it: the engine keeps
        # the widget's current value then (docs/security.md), and Streamlit's AppTest does not
        # raise either.
        deserialize = self.root.deserializer(self.id)
        try:
            self._staged_value = deserialize(state) if deserialize is not None else raw
        except ValueError:
            self._staged_value = raw
        return self

    def _shown_state(self) -> WidgetState:
        return registry.shown_state(self._element)

    def _widget_state(self, *, include_staged: bool = True) -> WidgetState:
        """The state the page reports for this widget in the next rerun."""
        if include_staged and self._staged is not None:
            return self._staged
        return self._shown_state()


# -- lists ------------------------------------------------------------------------------------

_E = TypeVar("_E", bound=Element, covariant=True)
_B = TypeVar("_B", bound="Block", covariant=True)
_N = TypeVar("_N", bound="Element | Block", covariant=True)


class KeyedList(Generic[_N]):
    """Elements or blocks in page order: index it, iterate it, or call it with a key."""

    def __init__(self, items: Sequence[_N]) -> None:
        self._list = list(items)

    def __len__(self) -> int:
        return len(self._list)

    @property
    def len(self) -> int:
        return len(self._list)

    @overload
    def __getitem__(self, index: int) -> _N: ...

    @overload
    def __getitem__(self, index: slice) -> Self: ...

    def __getitem__(self, index: int | slice) -> _N | Self:
        if isinstance(index, slice):
            return type(self)(self._list[index])
        return self._list[index]

    def __iter__(self) -> Iterator[_N]:
        return iter(self._list)

    def __call__(self, key: str) -> _N:
        """The first one with this user key."""
        for item in self._list:
            if item.key == key:
                return item
        raise KeyError(key)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, KeyedList):
            return self._list == other._list
        return self._list == other

    def __hash__(self) -> int:
        return hash(tuple(self._list))

    def __repr__(self) -> str:
        return _repr_sequence(type(self).__name__, self._list)


class ElementList(KeyedList[_E]):
    """Elements in page order: index it, iterate it, or call it with a key."""

    @property
    def values(self) -> list[Any]:
        return [element.value for element in self._list]


class WidgetList(ElementList[_E]):
    """An ElementList of widgets."""


class BlockList(KeyedList[_B]):
    """Blocks in page order: index it, iterate it, or call it with a key."""


# -- queries shared by AppTest and blocks -----------------------------------------------------


class ElementQueries:
    """`.button`, `.slider`, ... `.get(type)`: the elements below a block, in page order."""

    def _descendants(self) -> list[Node]:
        raise NotImplementedError

    def _typed(self, type_name: str) -> list[Any]:
        """The views of one type (an element without a view of its own is never one)."""
        return [
            n
            for n in self._descendants()
            if n.type == type_name and not isinstance(n, UnknownElement)
        ]

    def get(self, element_type: str) -> Sequence[Node]:
        """Elements or blocks of a type: an AppTest collection name ("button", "columns", ...)
        or an element's `type`."""
        collection = _BLOCK_COLLECTIONS.get(element_type)
        if collection is not None:
            return list(getattr(self, collection))
        if element_type == "form_submit_button":
            return list(self.form_submit_button)
        return [n for n in self._descendants() if n.type == element_type]

    def get_by_key(self, key: str) -> Node:
        """The one element or block with this user key (KeyError: none; AppTestError: several)."""
        found = [n for n in self._descendants() if n.key == key]
        if not found:
            raise KeyError(key)
        if len(found) > 1:
            raise AppTestError(
                f"{len(found)} elements have the key {key!r}; ask a typed list, e.g. "
                f"at.{found[0].type}(key={key!r}), or a block's own queries."
            )
        return found[0]

    # blocks
    @property
    def columns(self) -> BlockList[Column]:
        return BlockList(self._typed("column"))

    @property
    def tabs(self) -> BlockList[Tab]:
        return BlockList(self._typed("tab"))

    @property
    def expander(self) -> BlockList[Expander]:
        return BlockList(self._typed("expander"))

    @property
    def form(self) -> BlockList[Form]:
        return BlockList(self._typed("form"))

    @property
    def container(self) -> BlockList[Block]:
        return BlockList(self._typed("container"))

    # text
    @property
    def markdown(self) -> ElementList[Markdown]:
        return ElementList(self._typed("markdown"))

    @property
    def title(self) -> ElementList[Title]:
        return ElementList(self._typed("title"))

    @property
    def header(self) -> ElementList[Header]:
        return ElementList(self._typed("header"))

    @property
    def subheader(self) -> ElementList[Subheader]:
        return ElementList(self._typed("subheader"))

    @property
    def caption(self) -> ElementList[Caption]:
        return ElementList(self._typed("caption"))

    @property
    def text(self) -> ElementList[Text]:
        return ElementList(self._typed("text"))

    @property
    def code(self) -> ElementList[Code]:
        return ElementList(self._typed("code"))

    @property
    def json(self) -> ElementList[Json]:
        return ElementList(self._typed("json"))

    @property
    def latex(self) -> ElementList[Latex]:
        return ElementList(self._typed("latex"))

    @property
    def divider(self) -> ElementList[Divider]:
        return ElementList(self._typed("divider"))

    @property
    def metric(self) -> ElementList[Metric]:
        return ElementList(self._typed("metric"))

    # status
    @property
    def success(self) -> ElementList[Success]:
        return ElementList(self._typed("success"))

    @property
    def info(self) -> ElementList[Info]:
        return ElementList(self._typed("info"))

    @property
    def warning(self) -> ElementList[Warning]:
        return ElementList(self._typed("warning"))

    @property
    def error(self) -> ElementList[Error]:
        return ElementList(self._typed("error"))

    @property
    def exception(self) -> ElementList[Exception]:
        return ElementList(self._typed("exception"))

    @property
    def toast(self) -> ElementList[Toast]:
        return ElementList(self._typed("toast"))

    @property
    def progress(self) -> ElementList[Progress]:
        return ElementList(self._typed("progress"))

    # widgets
    @property
    def button(self) -> WidgetList[Button]:
        """`st.button` and `st.form_submit_button` widgets."""
        return WidgetList(self._typed("button"))

    @property
    def form_submit_button(self) -> WidgetList[Button]:
        return WidgetList([b for b in self._typed("button") if b.form_id])

    @property
    def checkbox(self) -> WidgetList[Checkbox]:
        return WidgetList(self._typed("checkbox"))

    @property
    def toggle(self) -> WidgetList[Toggle]:
        return WidgetList(self._typed("toggle"))

    @property
    def radio(self) -> WidgetList[Radio]:
        return WidgetList(self._typed("radio"))

    @property
    def selectbox(self) -> WidgetList[Selectbox]:
        return WidgetList(self._typed("selectbox"))

    @property
    def multiselect(self) -> WidgetList[Multiselect]:
        return WidgetList(self._typed("multiselect"))

    @property
    def space(self) -> ElementList[Space]:
        return ElementList(self._typed("space"))

    @property
    def datetime_input(self) -> WidgetList[DateTimeInput]:
        return WidgetList(self._typed("date_time_input"))

    @property
    def feedback(self) -> WidgetList[Feedback]:
        return WidgetList(self._typed("feedback"))

    @property
    def menu_button(self) -> WidgetList[MenuButton]:
        return WidgetList(self._typed("menu_button"))

    @property
    def pagination(self) -> WidgetList[Pagination]:
        return WidgetList(self._typed("pagination"))

    @property
    def button_group(self) -> WidgetList[ButtonGroup]:
        """`st.pills` and `st.segmented_control` widgets."""
        return WidgetList(self._typed("button_group"))

    @property
    def pills(self) -> WidgetList[ButtonGroup]:
        return WidgetList(
            [b for b in self._typed("button_group") if b.proto.style == ButtonGroupProto.PILLS]
        )

    @property
    def segmented_control(self) -> WidgetList[ButtonGroup]:
        return WidgetList(
            [
                b
                for b in self._typed("button_group")
                if b.proto.style == ButtonGroupProto.SEGMENTED_CONTROL
            ]
        )

    @property
    def slider(self) -> WidgetList[Slider]:
        return WidgetList(self._typed("slider"))

    @property
    def select_slider(self) -> WidgetList[SelectSlider]:
        return WidgetList(self._typed("select_slider"))

    @property
    def number_input(self) -> WidgetList[NumberInput]:
        return WidgetList(self._typed("number_input"))

    @property
    def text_input(self) -> WidgetList[TextInput]:
        return WidgetList(self._typed("text_input"))

    @property
    def text_area(self) -> WidgetList[TextArea]:
        return WidgetList(self._typed("text_area"))

    @property
    def date_input(self) -> WidgetList[DateInput]:
        return WidgetList(self._typed("date_input"))

    @property
    def time_input(self) -> WidgetList[TimeInput]:
        return WidgetList(self._typed("time_input"))

    @property
    def color_picker(self) -> WidgetList[ColorPicker]:
        return WidgetList(self._typed("color_picker"))

    # chat and flow
    @property
    def chat_message(self) -> BlockList[ChatMessage]:
        return BlockList(self._typed("chat_message"))

    @property
    def chat_input(self) -> WidgetList[ChatInput]:
        return WidgetList(self._typed("chat_input"))

    @property
    def status(self) -> BlockList[Status]:
        return BlockList(self._typed("status"))

    @property
    def popover(self) -> BlockList[Popover]:
        return BlockList(self._typed("popover"))

    @property
    def dialog(self) -> BlockList[Dialog]:
        """Open dialogs (dataapp only: Streamlit's AppTest has no dialog list)."""
        return BlockList(self._typed("dialog"))

    @property
    def page_link(self) -> ElementList[PageLink]:
        return ElementList(self._typed("page_link"))

    @property
    def html(self) -> ElementList[Html]:
        return ElementList(self._typed("html"))

    @property
    def help(self) -> ElementList[Help]:
        return ElementList(self._typed("help"))

    # media and files
    @property
    def image(self) -> ElementList[Image]:
        """`st.image` and `st.pyplot` elements."""
        return ElementList(self._typed("image"))

    @property
    def link_button(self) -> ElementList[LinkButton]:
        return ElementList(self._typed("link_button"))

    @property
    def download_button(self) -> WidgetList[DownloadButton]:
        return WidgetList(self._typed("download_button"))

    @property
    def file_uploader(self) -> WidgetList[FileUploader]:
        return WidgetList(self._typed("file_uploader"))

    # data
    @property
    def dataframe(self) -> ElementList[Dataframe]:
        return ElementList(self._typed("arrow_data_frame"))

    @property
    def table(self) -> ElementList[Table]:
        return ElementList(self._typed("arrow_table"))

    @property
    def data_editor(self) -> WidgetList[DataEditor]:
        return WidgetList(self._typed("data_editor"))


# Collection names that `get` answers with a block property.
_BLOCK_COLLECTIONS = {
    "chat_message": "chat_message",
    "status": "status",
    "popover": "popover",
    "dialog": "dialog",
    "columns": "columns",
    "column": "columns",
    "tabs": "tabs",
    "tab": "tabs",
    "expander": "expander",
    "form": "form",
    "container": "container",
}


# -- blocks -----------------------------------------------------------------------------------


class Block(ElementQueries):
    """A container; it answers the same queries as AppTest, for what is inside it."""

    # The st.* name (registry.BlockKind.name) this class shows: block_view picks it by that.
    serves: ClassVar[tuple[str, ...]] = ()
    _repr_fields: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name in cls.__dict__.get("serves", ()):
            _BLOCK_VIEWS[name] = cls

    def __init__(self, proto: Any, root: ElementTree, type_: str) -> None:
        self.proto = proto
        self.root = root
        self.type = type_
        self.children: dict[int, Node] = {}

    @property
    def key(self) -> str | None:
        """The key given to st.container."""
        if self.type == "container" and self.proto is not None:
            return str(self.proto.vertical.key) or None
        return None

    def __len__(self) -> int:
        return len(self.children)

    def __iter__(self) -> Iterator[Node]:
        """This block, then everything inside it, in page order."""
        yield self
        for child in self.children.values():
            yield from child

    def __getitem__(self, index: int) -> Node:
        return self.children[index]

    def _descendants(self) -> list[Node]:
        return list(self)[1:]

    def run(self, *, timeout: float | None = None) -> AppTest:
        return self.root.run(timeout=timeout)

    def __repr__(self) -> str:
        parts = _repr_parts(self, ("type", *self._repr_fields))
        if self.children:
            inner = ",\n".join(f"{i}: {child!r}" for i, child in self.children.items())
            parts.append(f"children={{\n{textwrap.indent(inner, ' ' * 4)}\n}}")
        return _repr_join(type(self).__name__, parts)


Node = Element | Block


# -- repr -------------------------------------------------------------------------------------


def _repr_object(obj: object, names: Sequence[str]) -> str:
    return _repr_join(type(obj).__name__, _repr_parts(obj, names))


def _repr_parts(obj: object, names: Sequence[str]) -> list[str]:
    parts = []
    for name in names:
        try:
            value = getattr(obj, name)
        except DataappError as error:
            value = f"<{error}>"
        if value is None or (isinstance(value, (str, list, tuple)) and not value):
            continue
        parts.append(f"{name}={value!r}")
    return parts


def _repr_join(name: str, parts: Sequence[str]) -> str:
    if not parts:
        return f"{name}()"
    return f"{name}(\n" + textwrap.indent(",\n".join(parts), " " * 4) + "\n)"


def _repr_sequence(name: str, items: Sequence[object]) -> str:
    if not items:
        return f"{name}()"
    inner = ",\n".join(repr(item) for item in items)
    return f"{name}(\n{textwrap.indent(inner, ' ' * 4)}\n)"
