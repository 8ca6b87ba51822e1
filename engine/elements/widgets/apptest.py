"""AppTest's views of widgets (buttons, choices, sliders, inputs, date/time and colour
pickers), named as in Streamlit's AppTest: each stages a value with the family's wire encoding
(wire.py, the one the page's values follow). Used by the test's thread, between runs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from dataapp.elements.apptest_support import AppTestError, Deserialize, Widget
from dataapp.proto.widgets_pb2 import NumberInput as NumberInputProto
from dataapp.proto.widgets_pb2 import Slider as SliderProto
from dataapp.proto.widgets_pb2 import WidgetState

from . import wire


def _same(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except (TypeError, ValueError):  # e.g. numpy arrays compare element-wise
        return a is b


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


class MenuButton(_OptionsWidget):
    """st.menu_button (`at.menu_button`): `.value` is the option chosen in the last run (None
    in any other run); `click(option)` (an option, or its label) and `click_index(i)` choose
    one for the next run, as in Streamlit's AppTest."""

    serves = ("menu_button",)
    type = "menu_button"

    def _decode_option(self, deserialize: Deserialize, index: int) -> Any:
        return deserialize(wire.chosen_label_state(self.id, self.options[index]))

    def _state_for(self, v: Any) -> WidgetState:
        label = None if v is None else self.options[self._index_of(v)]
        return wire.chosen_label_state(self.id, label)

    def click(self, v: Any) -> MenuButton:
        return self.set_value(v)

    def click_index(self, index: int) -> MenuButton:
        if not 0 <= index < len(self.options):
            raise IndexError(f"{self.label!r} has {len(self.options)} options, not {index + 1}.")
        deserialize = self.root.deserializer(self.id)
        option = self._decode_option(deserialize, index) if deserialize else self.options[index]
        return self.set_value(option)


class Pagination(Widget):
    """st.pagination (`at.pagination`): `.value` is the page (from 1), `.num_pages`,
    `.default`; `set_value(page)` and `select(page)` choose one, refusing a page the widget
    does not have with AppTestError, as in Streamlit's AppTest."""

    serves = ("pagination",)
    type = "pagination"

    @property
    def num_pages(self) -> int:
        return int(self.proto.num_pages)

    @property
    def default(self) -> int:
        return int(self.proto.default)

    def _state_for(self, v: Any) -> WidgetState:
        if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= self.num_pages:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"Cannot set pagination{key_part} to {v!r}. "
                f"Page must be an int between 1 and {self.num_pages}."
            )
        return wire.index_state(self.id, v)

    def select(self, page: int) -> Pagination:
        return self.set_value(page)


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


class DateTimeInput(Widget):
    """`st.datetime_input`: `.value` is a naive datetime to the minute, or None; `min` and `max`
    are "YYYY-MM-DDTHH:MM" texts and `step` seconds, as in Streamlit's AppTest."""

    serves = ("datetime_input",)
    type = "date_time_input"

    @property
    def min(self) -> str:
        return str(self.proto.min)

    @property
    def max(self) -> str:
        return str(self.proto.max)

    @property
    def step(self) -> int:
        return int(self.proto.step)

    def _state_for(self, v: dt.datetime | None) -> WidgetState:
        return wire.datetime_state(self.id, v)

    def set_value(self, v: dt.datetime | None) -> DateTimeInput:
        """Give the widget a datetime (seconds are dropped, as the page has none), or None."""
        return super().set_value(v)


class ColorPicker(Widget):
    serves = ("color_picker",)
    type = "color_picker"

    def _state_for(self, v: Any) -> WidgetState:
        return wire.color_state(self.id, v)

    def pick(self, v: str) -> ColorPicker:
        """Choose a colour; the "#" may be left out."""
        return self.set_value(v if v.startswith("#") else f"#{v}")


class ButtonGroup(_OptionsWidget):
    """`st.pills` and `st.segmented_control`: `.value` is the chosen option (or None), or the
    list of chosen options with `selection_mode="multi"`."""

    serves = ("pills", "segmented_control")
    type = "button_group"

    @property
    def _is_single_select(self) -> bool:
        return not self.proto.multi

    @property
    def indices(self) -> list[int]:
        return list(self._widget_state().int_array_value.data)

    @property
    def formatted_values(self) -> list[str]:
        """The chosen options' labels as shown."""
        return [self.options[i] for i in self.indices]

    def _decode_option(self, deserialize: Deserialize, index: int) -> Any:
        picked = deserialize(wire.indices_state(self.id, [index]))
        return picked if self._is_single_select else picked[0]

    def _state_for(self, v: Any) -> WidgetState:
        single = [] if v is None else [v]
        chosen = single if self._is_single_select else list(v or [])
        return wire.indices_state(self.id, [self._index_of(item) for item in chosen])

    def select(self, v: Any) -> ButtonGroup:
        """Choose `v`; with multi-selection, add it to the chosen options."""
        if self._is_single_select:
            return self.set_value(v)
        current = list(self.value)
        return self if any(_same(c, v) for c in current) else self.set_value([*current, v])

    def unselect(self, v: Any) -> ButtonGroup:
        """Unchoose `v` (nothing happens if it is not chosen)."""
        if self._is_single_select:
            return self.set_value(None) if _same(self.value, v) else self
        return self.set_value([c for c in self.value if not _same(c, v)])


class Feedback(Widget):
    """`st.feedback`: `.value` is the chosen option's index (0 is the least satisfied), or None."""

    serves = ("feedback",)
    type = "feedback"

    def _state_for(self, v: int | None) -> WidgetState:
        return wire.indices_state(self.id, [] if v is None else [v])

    def set_value(self, v: int | None) -> Feedback:
        """Choose the option at index `v`, or clear the choice with None."""
        return super().set_value(v)
