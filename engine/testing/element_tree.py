"""AppTest's view of the page: elements and blocks with Streamlit's AppTest names and properties.

Made fresh from the PageTree after every run. A widget keeps a value a test gives it
(`set_value`, `click`, ...) until the next run sends it. Used by the test's thread, between runs.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, overload
from urllib.parse import parse_qs

from dataapp.elements import registry
from dataapp.elements.chat.wire import submit_state
from dataapp.elements.data.wire import selection_state
from dataapp.elements.widget_support import key_of
from dataapp.elements.widgets import wire
from dataapp.errors import DataappError
from dataapp.proto.element_pb2 import Element as ElementProto
from dataapp.proto.layout_pb2 import Block as BlockProto
from dataapp.proto.layout_pb2 import Horizontal
from dataapp.proto.text_pb2 import Heading
from dataapp.proto.text_pb2 import Markdown as MarkdownProto
from dataapp.proto.text_pb2 import Metric as MetricProto
from dataapp.proto.widgets_pb2 import NumberInput as NumberInputProto
from dataapp.proto.widgets_pb2 import Slider as SliderProto
from dataapp.proto.widgets_pb2 import WidgetState, WidgetStates

from .page_tree import PageTree, Slot

if TYPE_CHECKING:
    # typing.Self is Python 3.11+; annotations are not evaluated (see the __future__ import).
    from typing_extensions import Self

    from dataapp.runtime.session_state import SessionState

    from .app_test import AppTest


class AppTestError(DataappError):
    """A test asked for something AppTest cannot do (e.g. type into a disabled widget)."""


Deserialize = Callable[[WidgetState], Any]
_W = TypeVar("_W", bound="Widget")
_T = TypeVar("_T")


def _same(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except (TypeError, ValueError):  # e.g. numpy arrays compare element-wise
        return a is b


# -- elements ---------------------------------------------------------------------------------


_ELEMENT_VIEWS: dict[str, list[type[Element]]] = {}
_BLOCK_VIEWS: dict[str, Callable[[Any, ElementTree], Block]] = {}


class Element:
    """Any element. Fields of its protobuf message are readable as attributes (`.body`, `.icon`)."""

    type: str = "unknown"
    # The st.* names (registry.ElementKind.name_of) this class shows, when the element is a
    # widget (a Widget subclass) or not: element_node picks the class by them.
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


class Markdown(Element):
    serves = ("markdown",)
    type = "markdown"

    @property
    def value(self) -> str:
        return str(self.proto.body)

    @property
    def is_caption(self) -> bool:
        return bool(self.proto.kind == MarkdownProto.CAPTION)


class Caption(Markdown):
    serves = ("caption",)
    type = "caption"


class Latex(Markdown):
    serves = ("latex",)
    type = "latex"


class Divider(Markdown):
    serves = ("divider",)
    type = "divider"


class HeadingBase(Element):
    _TAGS: ClassVar[dict[int, str]] = {
        Heading.TITLE: "h1",
        Heading.HEADER: "h2",
        Heading.SUBHEADER: "h3",
    }

    @property
    def value(self) -> str:
        return str(self.proto.body)

    @property
    def tag(self) -> str:
        return self._TAGS.get(self.proto.level, "")


class Title(HeadingBase):
    serves = ("title",)
    type = "title"


class Header(HeadingBase):
    serves = ("header",)
    type = "header"


class Subheader(HeadingBase):
    serves = ("subheader",)
    type = "subheader"


class Text(Element):
    serves = ("text",)
    type = "text"

    @property
    def value(self) -> str:
        return str(self.proto.body)


class Code(Element):
    serves = ("code",)
    type = "code"

    @property
    def value(self) -> str:
        return str(self.proto.body)

    @property
    def show_line_numbers(self) -> bool:
        return bool(self.proto.line_numbers)


class Json(Element):
    serves = ("json",)
    type = "json"

    @property
    def value(self) -> str:
        """The JSON text, as Streamlit's AppTest gives it; `json.loads` it to compare values."""
        return str(self.proto.body)


class Metric(Element):
    serves = ("metric",)
    type = "metric"
    _repr_fields = ("label", "value", "delta")

    @property
    def value(self) -> str:
        return str(self.proto.value)

    @property
    def color(self) -> str:
        """The colour the delta is shown in: "green", "red" or "gray"."""
        if not self.proto.delta or self.proto.delta_color == MetricProto.OFF:
            return "gray"
        good = self.proto.direction == MetricProto.UP
        if self.proto.delta_color == MetricProto.INVERSE:
            good = not good
        return "green" if good else "red"


class AlertBase(Element):
    @property
    def value(self) -> str:
        return str(self.proto.body)


class Error(AlertBase):
    serves = ("error",)
    type = "error"


class Warning(AlertBase):  # Streamlit's AppTest name, shadowing the builtin here only
    serves = ("warning",)
    type = "warning"


class Info(AlertBase):
    serves = ("info",)
    type = "info"


class Success(AlertBase):
    serves = ("success",)
    type = "success"


class Exception(Element):  # Streamlit's AppTest name, shadowing the builtin here only
    """An uncaught exception shown in the app, or a developer warning (`is_warning`)."""

    serves = ("exception",)
    type = "exception"
    _repr_fields = ("message", "is_warning")
    is_markdown = False

    @property
    def value(self) -> str:
        return str(self.proto.message)

    @property
    def message(self) -> str:
        return str(self.proto.message)

    @property
    def stack_trace(self) -> list[str]:
        return list(self.proto.stack_trace)


class Toast(Element):
    serves = ("toast",)
    type = "toast"

    @property
    def value(self) -> str:
        return str(self.proto.body)


class Progress(Element):
    serves = ("progress",)
    type = "progress"

    @property
    def value(self) -> int:
        return int(self.proto.value)


# -- widgets ----------------------------------------------------------------------------------


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


class Button(Widget):
    """`st.button` and `st.form_submit_button`."""

    serves = ("button", "form_submit_button")
    type = "button"

    @property
    def value(self) -> bool:
        return bool(super().value)

    def set_value(self, v: bool) -> Button:
        return self._stage(wire.trigger_state(self.id, bool(v)), bool(v))

    def click(self) -> Button:
        """Press the button: it is True in the next run only."""
        return self.set_value(True)


class Checkbox(Widget):
    serves = ("checkbox",)
    type = "checkbox"

    @property
    def value(self) -> bool:
        return bool(super().value)

    def _state_for(self, v: Any) -> WidgetState:
        return wire.bool_state(self.id, bool(v))

    def check(self) -> Checkbox:
        return self.set_value(True)

    def uncheck(self) -> Checkbox:
        return self.set_value(False)


class Toggle(Checkbox):
    serves = ("toggle",)
    type = "toggle"


class _OptionsWidget(Widget):
    """A widget choosing among options; a value may be an option or its label as shown."""

    @property
    def options(self) -> list[str]:
        """The options as shown (after `format_func`)."""
        return list(self.proto.options)

    def _decode_option(self, deserialize: Deserialize, index: int) -> Any:
        return deserialize(wire.index_state(self.id, index))

    def _index_of(self, value: Any) -> int:
        deserialize = self.root.deserializer(self.id)
        if deserialize is not None:
            for index in range(len(self.options)):
                if _same(self._decode_option(deserialize, index), value):
                    return index
        if isinstance(value, str) and value in self.options:
            return self.options.index(value)
        raise ValueError(
            f"{value!r} is not an option of {self.type} {self.label!r}; "
            f"its options are {self.options}."
        )


class Radio(_OptionsWidget):
    serves = ("radio",)
    type = "radio"

    @property
    def index(self) -> int | None:
        index = self._widget_state().int_value
        return None if index < 0 else index

    def _state_for(self, v: Any) -> WidgetState:
        return wire.index_state(self.id, None if v is None else self._index_of(v))


class Selectbox(Radio):
    serves = ("selectbox",)
    type = "selectbox"

    def select(self, v: Any) -> Selectbox:
        """Choose the option `v` (an option, or its label as shown)."""
        return self.set_value(v)

    def select_index(self, index: int | None) -> Selectbox:
        if index is not None and not 0 <= index < len(self.options):
            raise IndexError(f"{self.label!r} has {len(self.options)} options, not {index + 1}.")
        return self._stage(
            wire.index_state(self.id, index), None if index is None else self.options[index]
        )


class Multiselect(_OptionsWidget):
    serves = ("multiselect",)
    type = "multiselect"

    @property
    def value(self) -> list[Any]:
        return list(super().value)

    @property
    def indices(self) -> list[int]:
        return list(self._widget_state().int_array_value.data)

    @property
    def values(self) -> list[str]:
        """The chosen options' labels as shown."""
        return [self.options[i] for i in self.indices]

    def _decode_option(self, deserialize: Deserialize, index: int) -> Any:
        return deserialize(wire.indices_state(self.id, [index]))[0]

    def _state_for(self, v: Any) -> WidgetState:
        return wire.indices_state(self.id, [self._index_of(item) for item in v])

    def set_value(self, v: Sequence[Any]) -> Multiselect:
        return self._stage(self._state_for(v), list(v))

    def select(self, v: Any) -> Multiselect:
        """Add `v` to the chosen options (nothing happens if it is chosen already)."""
        current = self.value
        return self if any(_same(c, v) for c in current) else self.set_value([*current, v])

    def unselect(self, v: Any) -> Multiselect:
        """Remove `v` from the chosen options."""
        return self.set_value([c for c in self.value if not _same(c, v)])


class Slider(Widget):
    serves = ("slider",)
    type = "slider"

    @property
    def data_type(self) -> int:
        return int(self.proto.data_type)

    @property
    def min(self) -> Any:
        return wire.slider_python_value(self.data_type, self.proto.min)

    @property
    def max(self) -> Any:
        return wire.slider_python_value(self.data_type, self.proto.max)

    @property
    def step(self) -> Any:
        if self.data_type in (SliderProto.INT, SliderProto.FLOAT):
            return int(self.proto.step) if self.data_type == SliderProto.INT else self.proto.step
        return dt.timedelta(microseconds=int(self.proto.step))

    def _state_for(self, v: Any) -> WidgetState:
        return wire.slider_state(self.id, self.data_type, v)

    def set_range(self, lower: Any, upper: Any) -> Slider:
        return self.set_value((lower, upper))


class SelectSlider(_OptionsWidget):
    serves = ("select_slider",)
    type = "select_slider"

    def _decode_option(self, deserialize: Deserialize, index: int) -> Any:
        # A range slider reads two indices; any other count is refused.
        count = max(len(self.proto.value), 1)
        picked = deserialize(wire.select_slider_state(self.id, [index] * count))
        return picked[0] if isinstance(picked, tuple) else picked

    def _state_for(self, v: Any) -> WidgetState:
        values = list(v) if isinstance(v, (list, tuple)) else [v]
        return wire.select_slider_state(self.id, [self._index_of(item) for item in values])

    def set_range(self, lower: Any, upper: Any) -> SelectSlider:
        return self.set_value((lower, upper))


class NumberInput(Widget):
    serves = ("number_input",)
    type = "number_input"

    @property
    def is_int(self) -> bool:
        return bool(self.proto.data_type == NumberInputProto.INT)

    def _number(self, raw: float) -> int | float:
        return round(raw) if self.is_int else raw

    @property
    def min(self) -> int | float | None:
        return self._number(self.proto.min) if self.proto.has_min else None

    @property
    def max(self) -> int | float | None:
        return self._number(self.proto.max) if self.proto.has_max else None

    @property
    def step(self) -> int | float:
        return self._number(self.proto.step)

    def _state_for(self, v: Any) -> WidgetState:
        return wire.number_state(self.id, self.is_int, v)

    def increment(self) -> NumberInput:
        """Press "+": one step up, not past max_value."""
        if self.value is None:
            return self
        bound = self.max
        stepped = self.value + self.step
        return self.set_value(stepped if bound is None else min(stepped, bound))

    def decrement(self) -> NumberInput:
        """Press "-": one step down, not past min_value."""
        if self.value is None:
            return self
        bound = self.min
        stepped = self.value - self.step
        return self.set_value(stepped if bound is None else max(stepped, bound))


class TextInput(Widget):
    serves = ("text_input",)
    type = "text_input"

    def _state_for(self, v: Any) -> WidgetState:
        return wire.text_state(self.id, v)

    def input(self, v: str) -> TextInput:
        """Type `v` into the box; like the browser, nothing happens beyond max_chars."""
        if self.proto.max_chars and len(v) > self.proto.max_chars:
            return self
        return self.set_value(v)


class TextArea(TextInput):
    serves = ("text_area",)
    type = "text_area"

    def input(self, v: str) -> TextArea:
        if self.proto.max_chars and len(v) > self.proto.max_chars:
            return self
        return self.set_value(v)


class DateInput(Widget):
    serves = ("date_input",)
    type = "date_input"

    @property
    def min(self) -> dt.date:
        return dt.date.fromisoformat(self.proto.min)

    @property
    def max(self) -> dt.date:
        return dt.date.fromisoformat(self.proto.max)

    def _state_for(self, v: Any) -> WidgetState:
        return wire.date_state(self.id, v)


class TimeInput(Widget):
    serves = ("time_input",)
    type = "time_input"

    def _state_for(self, v: Any) -> WidgetState:
        return wire.time_state(self.id, v)

    def _moved(self, seconds: int) -> TimeInput:
        current = self.value
        if current is None:
            return self
        moment = dt.datetime.combine(dt.date(2000, 1, 1), current) + dt.timedelta(seconds=seconds)
        return self.set_value(moment.time())

    def increment(self) -> TimeInput:
        """The next time the picker offers (one `step` later)."""
        return self._moved(int(self.proto.step))

    def decrement(self) -> TimeInput:
        return self._moved(-int(self.proto.step))


class ColorPicker(Widget):
    serves = ("color_picker",)
    type = "color_picker"

    def _state_for(self, v: Any) -> WidgetState:
        return wire.color_state(self.id, v)

    def pick(self, v: str) -> ColorPicker:
        """Choose a colour; the "#" may be left out."""
        return self.set_value(v if v.startswith("#") else f"#{v}")


# -- chat and flow elements ------------------------------------------------------------------


class ChatInput(Widget):
    """`st.chat_input`. Its value is the submitted text in the run after a submit, else None."""

    serves = ("chat_input",)
    type = "chat_input"
    _repr_fields = ("key", "placeholder", "value")

    @property
    def value(self) -> str | None:
        value = super().value
        return value if isinstance(value, str) else None

    def set_value(self, v: str | None) -> ChatInput:
        """Submit `v` (the text reaches the script in the next run only)."""
        if v is not None and self.proto.max_chars and len(v) > self.proto.max_chars:
            raise AppTestError(
                f"{len(v)} characters are more than the chat input's max_chars "
                f"({self.proto.max_chars}); the page would not accept them."
            )
        return self._stage(submit_state(self.id, v), v)


class PageLink(Element):
    """`st.page_link`: `.page` is the target page's URL path, `.url` an external address."""

    serves = ("page_link",)
    type = "page_link"
    _repr_fields = ("label", "page", "url")

    @property
    def value(self) -> str:
        return str(self.proto.label)

    def click(self) -> PageLink:
        """Follow the link, as a user would: the next `.run()` shows its page (dataapp only).

        An external link (`.url`) leaves the app, so it changes nothing here.
        """
        runner = self.root._runner
        if self.proto.disabled:
            raise AppTestError(f"Cannot click the disabled page link {self.value!r}.")
        if runner is not None and not self.proto.url:
            runner._page_name = str(self.proto.page)
            runner.query_params = {
                key: values[0] if len(values) == 1 else values
                for key, values in parse_qs(self.proto.query_string, keep_blank_values=True).items()
            }
        return self


class Html(Element):
    serves = ("html",)
    type = "html"

    @property
    def value(self) -> str:
        return str(self.proto.body)


class Help(Element):
    """`st.help`: `.name`, `.signature`, `.doc`, `.members` (name, type, value, doc)."""

    serves = ("help",)
    type = "help"
    _repr_fields = ("name", "type_name")

    @property
    def value(self) -> str:
        return str(self.proto.doc)

    @property
    def type_name(self) -> str:
        return str(self.proto.type)


# -- data elements ----------------------------------------------------------------------------


class Dataframe(Element):
    """`st.dataframe`: `.value` is the shown frame (a pandas DataFrame, rows added included)."""

    serves = ("dataframe",)
    type = "arrow_data_frame"
    _repr_fields: ClassVar[tuple[str, ...]] = ("row_count",)

    @property
    def value(self) -> Any:
        return self.root.data_frame(str(self.proto.source_id))

    @property
    def row_count(self) -> int:
        return int(self.proto.row_count)


class Table(Dataframe):
    """`st.table`."""

    serves = ("table",)
    type = "arrow_table"


class SelectableDataframe(Dataframe, Widget):
    """`st.dataframe` with `on_select`: `.selection` is what the script got back
    ({"selection": {"rows": [...], "columns": [...]}}); `select_rows`/`select_columns` stage one."""

    serves = ("dataframe",)
    _repr_fields = ("key", "row_count", "selection")

    @property
    def value(self) -> Any:
        return Dataframe.value.fget(self)  # type: ignore[attr-defined]

    @property
    def selection(self) -> Any:
        return Widget.value.fget(self)  # type: ignore[attr-defined]

    def select_rows(self, rows: Sequence[int]) -> SelectableDataframe:
        columns = list(self.selection["selection"]["columns"])
        return self.set_value({"selection": {"rows": list(rows), "columns": columns}})

    def select_columns(self, columns: Sequence[str]) -> SelectableDataframe:
        rows = list(self.selection["selection"]["rows"])
        return self.set_value({"selection": {"rows": rows, "columns": list(columns)}})

    def _state_for(self, v: Any) -> WidgetState:
        return selection_state(self.id, v)


class DataEditor(Widget):
    """`st.data_editor`: `.value` is the edited frame (a DataFrame), `.edits` the editing state
    ({"edited_rows", "added_rows", "deleted_rows"}); `edit_cell`, `add_row`, `delete_rows` and
    `set_value(edits)` stage changes for the next run, as a user's edits would."""

    serves = ("data_editor",)
    type = "data_editor"
    _repr_fields = ("key", "row_count", "edits")

    @property
    def value(self) -> Any:
        from dataapp.elements.data.edits import apply_edits

        frame = self.root.data_frame(str(self.proto.source_id))
        return apply_edits(frame, self.edits)

    @property
    def edits(self) -> dict[str, Any]:
        value = Widget.value.fget(self)  # type: ignore[attr-defined]
        return dict(value) if isinstance(value, dict) else {}

    def edit_cell(self, row: int, column: str, value: Any) -> DataEditor:
        """Change the cell at frame position `row` of `column` ("_index" for the index)."""
        edits = self._copied_edits()
        edits["edited_rows"].setdefault(int(row), {})[str(column)] = value
        return self.set_value(edits)

    def add_row(self, values: dict[str, Any]) -> DataEditor:
        edits = self._copied_edits()
        edits["added_rows"].append(dict(values))
        return self.set_value(edits)

    def delete_rows(self, rows: Sequence[int]) -> DataEditor:
        edits = self._copied_edits()
        edits["deleted_rows"] = sorted({*edits["deleted_rows"], *(int(r) for r in rows)})
        return self.set_value(edits)

    def _copied_edits(self) -> dict[str, Any]:
        edits = self.edits
        return {
            "edited_rows": {k: dict(v) for k, v in (edits.get("edited_rows") or {}).items()},
            "added_rows": [dict(r) for r in edits.get("added_rows") or []],
            "deleted_rows": list(edits.get("deleted_rows") or []),
        }

    def _state_for(self, v: Any) -> WidgetState:
        from dataapp.elements.data.edits import edits_json

        return WidgetState(id=self.id, json_value=edits_json(v))


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

    def _typed(self, type_name: str, cls: type[_T]) -> list[_T]:
        return [n for n in self._descendants() if n.type == type_name and isinstance(n, cls)]

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
        return BlockList(self._typed("column", Column))

    @property
    def tabs(self) -> BlockList[Tab]:
        return BlockList(self._typed("tab", Tab))

    @property
    def expander(self) -> BlockList[Expander]:
        return BlockList(self._typed("expander", Expander))

    @property
    def form(self) -> BlockList[Form]:
        return BlockList(self._typed("form", Form))

    @property
    def container(self) -> BlockList[Block]:
        return BlockList(self._typed("container", Block))

    # text
    @property
    def markdown(self) -> ElementList[Markdown]:
        return ElementList(self._typed("markdown", Markdown))

    @property
    def title(self) -> ElementList[Title]:
        return ElementList(self._typed("title", Title))

    @property
    def header(self) -> ElementList[Header]:
        return ElementList(self._typed("header", Header))

    @property
    def subheader(self) -> ElementList[Subheader]:
        return ElementList(self._typed("subheader", Subheader))

    @property
    def caption(self) -> ElementList[Caption]:
        return ElementList(self._typed("caption", Caption))

    @property
    def text(self) -> ElementList[Text]:
        return ElementList(self._typed("text", Text))

    @property
    def code(self) -> ElementList[Code]:
        return ElementList(self._typed("code", Code))

    @property
    def json(self) -> ElementList[Json]:
        return ElementList(self._typed("json", Json))

    @property
    def latex(self) -> ElementList[Latex]:
        return ElementList(self._typed("latex", Latex))

    @property
    def divider(self) -> ElementList[Divider]:
        return ElementList(self._typed("divider", Divider))

    @property
    def metric(self) -> ElementList[Metric]:
        return ElementList(self._typed("metric", Metric))

    # status
    @property
    def success(self) -> ElementList[Success]:
        return ElementList(self._typed("success", Success))

    @property
    def info(self) -> ElementList[Info]:
        return ElementList(self._typed("info", Info))

    @property
    def warning(self) -> ElementList[Warning]:
        return ElementList(self._typed("warning", Warning))

    @property
    def error(self) -> ElementList[Error]:
        return ElementList(self._typed("error", Error))

    @property
    def exception(self) -> ElementList[Exception]:
        return ElementList(self._typed("exception", Exception))

    @property
    def toast(self) -> ElementList[Toast]:
        return ElementList(self._typed("toast", Toast))

    @property
    def progress(self) -> ElementList[Progress]:
        return ElementList(self._typed("progress", Progress))

    # widgets
    @property
    def button(self) -> WidgetList[Button]:
        """`st.button` and `st.form_submit_button` widgets."""
        return WidgetList(self._typed("button", Button))

    @property
    def form_submit_button(self) -> WidgetList[Button]:
        return WidgetList([b for b in self._typed("button", Button) if b.form_id])

    @property
    def checkbox(self) -> WidgetList[Checkbox]:
        return WidgetList(self._typed("checkbox", Checkbox))

    @property
    def toggle(self) -> WidgetList[Toggle]:
        return WidgetList(self._typed("toggle", Toggle))

    @property
    def radio(self) -> WidgetList[Radio]:
        return WidgetList(self._typed("radio", Radio))

    @property
    def selectbox(self) -> WidgetList[Selectbox]:
        return WidgetList(self._typed("selectbox", Selectbox))

    @property
    def multiselect(self) -> WidgetList[Multiselect]:
        return WidgetList(self._typed("multiselect", Multiselect))

    @property
    def slider(self) -> WidgetList[Slider]:
        return WidgetList(self._typed("slider", Slider))

    @property
    def select_slider(self) -> WidgetList[SelectSlider]:
        return WidgetList(self._typed("select_slider", SelectSlider))

    @property
    def number_input(self) -> WidgetList[NumberInput]:
        return WidgetList(self._typed("number_input", NumberInput))

    @property
    def text_input(self) -> WidgetList[TextInput]:
        return WidgetList(self._typed("text_input", TextInput))

    @property
    def text_area(self) -> WidgetList[TextArea]:
        return WidgetList(self._typed("text_area", TextArea))

    @property
    def date_input(self) -> WidgetList[DateInput]:
        return WidgetList(self._typed("date_input", DateInput))

    @property
    def time_input(self) -> WidgetList[TimeInput]:
        return WidgetList(self._typed("time_input", TimeInput))

    @property
    def color_picker(self) -> WidgetList[ColorPicker]:
        return WidgetList(self._typed("color_picker", ColorPicker))

    # chat and flow
    @property
    def chat_message(self) -> BlockList[ChatMessage]:
        return BlockList(self._typed("chat_message", ChatMessage))

    @property
    def chat_input(self) -> WidgetList[ChatInput]:
        return WidgetList(self._typed("chat_input", ChatInput))

    @property
    def status(self) -> BlockList[Status]:
        return BlockList(self._typed("status", Status))

    @property
    def popover(self) -> BlockList[Popover]:
        return BlockList(self._typed("popover", Popover))

    @property
    def dialog(self) -> BlockList[Dialog]:
        """Open dialogs (dataapp only: Streamlit's AppTest has no dialog list)."""
        return BlockList(self._typed("dialog", Dialog))

    @property
    def page_link(self) -> ElementList[PageLink]:
        return ElementList(self._typed("page_link", PageLink))

    @property
    def html(self) -> ElementList[Html]:
        return ElementList(self._typed("html", Html))

    @property
    def help(self) -> ElementList[Help]:
        return ElementList(self._typed("help", Help))

    # data
    @property
    def dataframe(self) -> ElementList[Dataframe]:
        return ElementList(self._typed("arrow_data_frame", Dataframe))

    @property
    def table(self) -> ElementList[Table]:
        return ElementList(self._typed("arrow_table", Table))

    @property
    def data_editor(self) -> WidgetList[DataEditor]:
        return WidgetList(self._typed("data_editor", DataEditor))


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

    # The st.* name (registry.BlockKind.name) this class shows: block_node picks it by that.
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


class Column(Block):
    serves = ("column",)
    _repr_fields = ("weight",)

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root, "column")
        self.weight = float(proto.weight)
        # The gap of the st.columns row (set by the row, which knows it).
        self.gap: str | None = None


class Tab(Block):
    serves = ("tab",)
    _repr_fields = ("label",)

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root, "tab")
        self.label = str(proto.label)


class Expander(Block):
    serves = ("expander",)
    _repr_fields = ("label",)

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root, "expander")
        self.label = str(proto.label)
        self.icon = str(proto.icon)
        self.expanded = bool(proto.expanded)


class Form(Block):
    serves = ("form",)
    _repr_fields = ("key",)

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root, "form")
        self.form_id = str(proto.form_id)
        self.clear_on_submit = bool(proto.clear_on_submit)

    @property
    def key(self) -> str | None:
        """The key given to st.form."""
        return key_of(self.form_id) or self.form_id


class Fragment(Block):
    """The output of one call of an `st.fragment` function."""

    serves = ("fragment",)
    _repr_fields = ("fragment_id",)

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root, "fragment")
        self.fragment_id = str(proto.fragment_id)
        self.run_every = float(proto.run_every)


class ChatMessage(Block):
    """`st.chat_message`: `.name` as given ("user", "assistant", ...) and `.avatar`."""

    serves = ("chat_message",)
    _repr_fields = ("name",)

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root, "chat_message")
        self.name = str(proto.name)
        self.avatar = str(proto.avatar) or None


_STATUS_STATES = {0: "running", 1: "complete", 2: "error"}


class Status(Block):
    """`st.status`: `.label`, `.state` ("running", "complete" or "error"), `.expanded`."""

    serves = ("status",)
    _repr_fields = ("label", "state")

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root, "status")
        self.label = str(proto.label)
        self.state = _STATUS_STATES.get(proto.state, "running")
        self.expanded = bool(proto.expanded)


class Popover(Block):
    serves = ("popover",)
    _repr_fields = ("label",)

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root, "popover")
        self.label = str(proto.label)
        self.disabled = bool(proto.disabled)


_DIALOG_WIDTHS = {0: "small", 1: "medium", 2: "large"}


class Dialog(Block):
    """A dialog opened by an `st.dialog` function in the last run: `.label` (its title; `.title`
    lists st.title elements, as on every block), `.width`, `.dismissible`."""

    serves = ("dialog",)
    _repr_fields = ("label",)

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root, "dialog")
        self.label = str(proto.title)
        self.width = _DIALOG_WIDTHS.get(proto.width, "small")
        self.dismissible = bool(proto.dismissible)


Node = Element | Block

_ROOT_NAMES = {0: "main", 1: "sidebar", 2: "event", 3: "bottom"}


class ElementTree(Block):
    """Everything the page shows after a run: main, sidebar, event and bottom containers."""

    def __init__(
        self,
        runner: AppTest | None = None,
        session_state: SessionState | None = None,
    ) -> None:
        super().__init__(None, self, "root")
        self._runner = runner
        self._session_state = session_state

    @property
    def main(self) -> Block:
        return self._root_block(0)

    @property
    def sidebar(self) -> Block:
        return self._root_block(1)

    def _root_block(self, index: int) -> Block:
        node = self.children.get(index)
        if not isinstance(node, Block):
            node = Block(None, self, _ROOT_NAMES[index])
            self.children[index] = node
        return node

    def run(self, *, timeout: float | None = None) -> AppTest:
        if self._runner is None:
            raise AppTestError("This element tree does not belong to an AppTest.")
        return self._runner.run(timeout=timeout)

    # -- values -------------------------------------------------------------------------------

    def widget_value(self, widget_id: str, shown: WidgetState) -> Any:
        """What the script got from the widget in the last run.

        Read from the session's state by widget id (the Python object itself, e.g. the chosen
        option, not its label); a widget the session no longer knows is read from what it shows.
        """
        state = self._session_state
        if state is not None and widget_id in state._values:
            return state._values[widget_id]
        deserialize = self.deserializer(widget_id)
        if deserialize is None:
            raise AppTestError(f"The session has no value for the widget {widget_id}.")
        return deserialize(shown)

    def data_frame(self, source_id: str) -> Any:
        """The frame a data element shows, as the session keeps it (a pandas DataFrame)."""
        session = getattr(self._runner, "_session", None)
        source = session.data_sources.source(source_id) if session is not None else None
        if source is None:
            raise AppTestError("The session no longer keeps this table's data.")
        return source.frame

    def deserializer(self, widget_id: str) -> Deserialize | None:
        """The engine's reading of a widget's reported state (as `st.<widget>` registered it)."""
        state = self._session_state
        meta = state._widgets.get(widget_id) if state is not None else None
        return meta.deserialize if meta is not None else None

    def get_widget_states(self) -> WidgetStates:
        """What the page sends with the next rerun: every widget's value, staged ones included.

        A value staged in a form counts only when that form's submit button is clicked, as the
        page holds form values back until the form is submitted.
        """
        sent = set(self._sent_staged())
        states = WidgetStates()
        for node in self:
            if isinstance(node, Widget):
                states.widgets.append(node._widget_state(include_staged=node in sent))
        return states

    def fragment_to_rerun(self) -> str:
        """The fragment the next rerun is limited to, as the page decides: the one fragment that
        holds every widget changed since the last run; empty for a full run."""
        changed = self._sent_staged()
        fragments = {widget.fragment_id for widget in changed}
        return fragments.pop() if len(fragments) == 1 else ""

    def _sent_staged(self) -> list[Widget]:
        """The widgets with a staged value the next rerun sends (forms: only when submitted)."""
        staged = [n for n in self if isinstance(n, Widget) and n._staged is not None]
        submitted = {w.form_id for w in staged if isinstance(w, Button) and w.form_id}
        return [w for w in staged if not w.form_id or w.form_id in submitted]


def build_element_tree(
    page: PageTree, runner: AppTest | None = None, session_state: SessionState | None = None
) -> ElementTree:
    """AppTest's view of what `page` shows."""
    tree = ElementTree(runner, session_state)
    for index, slot in sorted(page.roots.items()):
        block = Block(None, tree, _ROOT_NAMES.get(index, "unknown"))
        _fill(block, slot, tree)
        tree.children[index] = block
    return tree


def _fill(block: Block, slot: Slot, tree: ElementTree, fragment_id: str = "") -> None:
    gap = _column_gap(slot.block)
    for index, child in slot.ordered_children():
        if child.element is not None:
            element = element_node(child.element, tree)
            if isinstance(element, Widget):
                element.fragment_id = fragment_id
            block.children[index] = element
            continue
        node = block_node(child.block, tree)
        if isinstance(node, Column):
            node.gap = gap
        _fill(node, child, tree, node.fragment_id if isinstance(node, Fragment) else fragment_id)
        block.children[index] = node


def _column_gap(block: BlockProto | None) -> str | None:
    if block is None or block.WhichOneof("type") != "horizontal":
        return None
    return {
        Horizontal.SMALL: "small",
        Horizontal.MEDIUM: "medium",
        Horizontal.LARGE: "large",
    }.get(block.horizontal.gap)


def block_node(block: BlockProto | None, tree: ElementTree) -> Block:
    kind = registry.block_kind(block) if block is not None else None
    if block is None or kind is None:
        return Block(block, tree, "unknown")
    view = _BLOCK_VIEWS.get(kind.name)
    if view is None:
        return Block(block, tree, kind.apptest_name or kind.name)
    return view(getattr(block, kind.case), tree)


def element_node(element: ElementProto, tree: ElementTree) -> Element:
    kind = registry.element_kind(element)
    if kind is None:
        return UnknownElement(None, tree, element, "unknown")
    # The views of charts and media build on the classes above; importing them registers them.
    from . import charts_media  # noqa: F401

    proto = getattr(element, kind.case)
    name = kind.name_of(proto)
    is_widget = kind.is_widget(proto)
    for view in _ELEMENT_VIEWS.get(name, ()):
        if issubclass(view, Widget) == is_widget:
            return view(proto, tree, element)
    return UnknownElement(proto, tree, element, name)


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
