"""The element tree a page builds from ForwardMsgs, exactly as docs/protocol.md tells the frontend.

Pure and single-threaded: AppTest feeds it the messages of a run after the run has ended. It
knows nothing of widgets or Python values, only slots, paths, blocks and reached markers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from dataapp.errors import DataappError
from dataapp.proto.element_pb2 import Element
from dataapp.proto.forward_pb2 import Delta, ForwardMsg, Navigation, PageConfig
from dataapp.proto.layout_pb2 import Block

# Root containers every page has (RootContainer: main, sidebar, event, bottom).
ROOT_COUNT = 4


class ProtocolViolation(DataappError):
    """The engine sent a message the page could not apply; the message says which and where."""


@dataclass
class Slot:
    """One place in the tree: an element, a block with children, or a root container."""

    element: Element | None = None
    block: Block | None = None
    children: dict[int, Slot] = field(default_factory=dict)
    # The run that last named this slot in a delta (0: never in a run the page saw).
    reached_in_run: int = 0

    @property
    def is_block(self) -> bool:
        return self.element is None

    @property
    def block_kind(self) -> str | None:
        """The block's kind ("vertical", "column", ...), None for elements, roots and unknowns."""
        return self.block.WhichOneof("type") if self.block is not None else None

    def ordered_children(self) -> Iterator[tuple[int, Slot]]:
        return iter(sorted(self.children.items()))


@dataclass
class PageTree:
    """What a page shows after applying every message it was sent, in order."""

    roots: dict[int, Slot] = field(
        default_factory=lambda: {root: Slot() for root in range(ROOT_COUNT)}
    )
    # The run whose deltas are arriving (SessionStatus.running names it).
    run_id: int = 0
    page_config: PageConfig = field(default_factory=PageConfig)
    # The query string the app last set (PageInfo), None until it sets one.
    query_string: str | None = None
    # The pages of a multipage app and the one shown; None until the app sends them.
    navigation: Navigation | None = None

    def apply_all(self, messages: Iterable[ForwardMsg]) -> None:
        for msg in messages:
            self.apply(msg)

    def apply(self, msg: ForwardMsg) -> None:
        kind = msg.WhichOneof("type")
        if kind == "session_status":
            if msg.session_status.running:
                self.run_id = msg.session_status.run_id
        elif kind == "delta":
            self.apply_delta(msg.delta)
        elif kind == "script_finished":
            finished = msg.script_finished
            if finished.clear_stale:
                self.clear_stale(finished.run_id, tuple(finished.stale_scope))
        elif kind == "page_config":
            self.page_config.CopyFrom(msg.page_config)
        elif kind == "page_info":
            self.query_string = msg.page_info.query_string
        elif kind == "navigation":
            self.navigation = msg.navigation

    def apply_delta(self, delta: Delta) -> None:
        path = tuple(delta.path)
        if len(path) < 2:
            raise ProtocolViolation(f"A delta needs a root and an index; its path is {list(path)}.")
        siblings = self._children_at(path[:-1])
        index = path[-1]
        kind = delta.WhichOneof("type")
        if kind == "new_element":
            siblings[index] = Slot(element=delta.new_element, reached_in_run=self.run_id)
        elif kind == "add_block":
            self._add_block(siblings, index, delta.add_block)
        elif kind == "add_rows":
            self._add_rows(siblings.get(index), path, delta)
        elif kind == "append_text":
            slot = siblings.get(index)
            if slot is None or slot.element is None or not slot.element.HasField("markdown"):
                raise ProtocolViolation(
                    f"'append_text' names the slot {list(path)}, which holds no markdown element."
                )
            element = Element()
            element.CopyFrom(slot.element)
            element.markdown.body += delta.append_text
            siblings[index] = Slot(element=element, reached_in_run=self.run_id)
        elif kind == "unchanged":
            for offset in range(delta.unchanged):
                slot = siblings.get(index + offset)
                if slot is None:
                    raise ProtocolViolation(
                        f"'unchanged' names the slot {[*path[:-1], index + offset]}, "
                        "which the page does not have."
                    )
                slot.reached_in_run = self.run_id

    def _add_rows(self, slot: Slot | None, path: tuple[int, ...], delta: Delta) -> None:
        """The dataframe or table at `path` now shows more rows (under a new source id)."""
        kind = slot.element.WhichOneof("type") if slot is not None and slot.element else None
        if slot is not None and slot.element is not None and kind == "vega_lite_chart":
            # A built-in chart: the rows are appended to its named table (charts.proto).
            slot.element = _chart_with_rows(slot.element, delta, path)
            slot.reached_in_run = self.run_id
            return
        if slot is None or slot.element is None or kind not in ("dataframe", "table"):
            raise ProtocolViolation(f"add_rows names {list(path)}, which holds no dataframe.")
        element = Element()
        element.CopyFrom(slot.element)
        frame = getattr(element, kind)
        frame.source_id = delta.add_rows.source_id
        frame.row_count = delta.add_rows.row_count
        slot.element = element
        slot.reached_in_run = self.run_id

    def _add_block(self, siblings: dict[int, Slot], index: int, block: Block) -> None:
        current = siblings.get(index)
        same_kind = current is not None and current.block_kind == block.WhichOneof("type")
        if current is not None and current.is_block and same_kind:
            # Same kind of block: the page keeps its children (they get their own deltas).
            current.block = block
            current.reached_in_run = self.run_id
            return
        siblings[index] = Slot(block=block, reached_in_run=self.run_id)

    def _children_at(self, parent: tuple[int, ...]) -> dict[int, Slot]:
        node = self.roots.setdefault(parent[0], Slot())
        for depth, index in enumerate(parent[1:], start=2):
            child = node.children.get(index)
            if child is None or not child.is_block:
                raise ProtocolViolation(
                    f"A delta was sent inside {list(parent[:depth])}, "
                    "which is not a block on the page."
                )
            node = child
        return node.children

    def clear_stale(self, run_id: int, scope: tuple[int, ...] = ()) -> None:
        """Remove every slot the run did not reach; with a scope (the block of a fragment run),
        only the slots under it."""
        if not scope:
            for root in self.roots.values():
                _prune(root, run_id)
            return
        node = self.slot(scope)
        if node is not None:
            _prune(node, run_id)

    def slot(self, path: Iterable[int]) -> Slot | None:
        """The slot at `path` ([root, i, j, ...]), if the page has one."""
        indices = list(path)
        node = self.roots.get(indices[0]) if indices else None
        for index in indices[1:]:
            if node is None:
                return None
            node = node.children.get(index)
        return node


def _prune(node: Slot, run_id: int) -> None:
    for index, child in list(node.children.items()):
        if child.reached_in_run != run_id:
            del node.children[index]
        else:
            _prune(child, run_id)


def _chart_with_rows(element: Element, delta: Delta, path: tuple[int, ...]) -> Element:
    """The chart element with `delta.add_rows` appended to the table it names."""
    grown = Element()
    grown.CopyFrom(element)
    added = delta.add_rows
    for dataset in grown.vega_lite_chart.datasets:
        if dataset.name != added.source_id:
            continue
        if len(added.rows.columns) != len(dataset.columns):
            break
        for column, more in zip(dataset.columns, added.rows.columns, strict=True):
            kind = column.WhichOneof("values")
            if kind != more.WhichOneof("values"):
                break
            offset = len(getattr(column, kind).data) if kind else 0
            if kind:
                getattr(column, kind).data.extend(getattr(more, kind).data)
            column.missing.extend(offset + i for i in more.missing)
        else:
            return grown
        break
    raise ProtocolViolation(f"add_rows for {list(path)} does not fit the chart's table.")
