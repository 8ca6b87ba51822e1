"""AppTest's element tree: what the page shows after a run, as views with Streamlit's AppTest
names (each family's views live in engine/elements/<family>/apptest.py; the registry says which
family shows a kind).

Made fresh from the PageTree after every run. A widget keeps a value a test gives it
(`set_value`, `click`, ...) until the next run sends it. Used by the test's thread, between runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dataapp.elements import registry
from dataapp.elements.apptest_support import (
    AppTestError,
    Block,
    Deserialize,
    Element,
    UnknownElement,
    Widget,
    block_view,
    element_view,
)
from dataapp.elements.layout.apptest import Column, Fragment
from dataapp.elements.widgets.apptest import Button
from dataapp.proto.element_pb2 import Element as ElementProto
from dataapp.proto.layout_pb2 import Block as BlockProto
from dataapp.proto.layout_pb2 import Horizontal
from dataapp.proto.widgets_pb2 import WidgetState, WidgetStates

from .page_tree import PageTree, Slot

if TYPE_CHECKING:
    from dataapp.runtime.session_state import SessionState

    from .app_test import AppTest


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
                state = node._widget_state(include_staged=node in sent)
                # As the page: a widget with nothing to report (a chat input, a custom
                # component its page never set) is left out and keeps its value.
                if state.WhichOneof("value") is not None:
                    states.widgets.append(state)
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
    view = block_view(kind)
    if view is None:
        return Block(block, tree, kind.apptest_name or kind.name)
    return view(getattr(block, kind.case), tree)


def element_node(element: ElementProto, tree: ElementTree) -> Element:
    kind = registry.element_kind(element)
    if kind is None:
        return UnknownElement(None, tree, element, "unknown")
    proto = getattr(element, kind.case)
    name = kind.name_of(proto)
    view = element_view(kind, name, kind.is_widget(proto))
    if view is None:
        return UnknownElement(proto, tree, element, name)
    return view(proto, tree, element)
