"""AppTest's views of layout blocks: column, tab, expander, form, fragment (containers,
column rows and tab groups are plain blocks), and of st.space. Used by the test's thread,
between runs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dataapp.elements.apptest_support import Block, Element
from dataapp.elements.widget_support import key_of
from dataapp.proto.layout_pb2 import Space as SpaceProto

if TYPE_CHECKING:
    from dataapp.testing.element_tree import ElementTree


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


class Space(Element):
    """st.space: `value` (and `size`) is the size it was given, as in Streamlit's AppTest."""

    serves = ("space",)
    type = "space"

    @property
    def value(self) -> str | int:
        if self.proto.size == SpaceProto.PIXELS:
            return int(self.proto.pixels)
        return str(SpaceProto.Size.Name(self.proto.size)).lower()

    @property
    def size(self) -> str | int:
        return self.value
