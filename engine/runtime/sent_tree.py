"""What the page shows, as far as the server knows: a digest per slot of the element tree.

Lets the session send an "unchanged" marker instead of an element the page already has.
Only the session's script thread uses it (a reconnect clears it through the session's lock).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dataapp.runtime.context import Path

ELEMENT_KIND = ""


@dataclass
class _Slot:
    # ELEMENT_KIND for an element, else the block's kind ("vertical", "expander", ...).
    kind: str
    digest: bytes
    reached_in_run: int
    children: dict[int, _Slot] = field(default_factory=dict)


class SentTree:
    ROOTS = 4

    def __init__(self) -> None:
        self._roots = self._fresh_roots()

    def _fresh_roots(self) -> dict[int, _Slot]:
        return {root: _Slot("root", b"", 0) for root in range(self.ROOTS)}

    def clear(self) -> None:
        self._roots = self._fresh_roots()

    def offer(self, path: Path, kind: str, digest: bytes, run_id: int) -> bool:
        """Record what is being sent at `path`; True when the page already shows exactly that."""
        siblings = self._children_at(path[:-1])
        index = path[-1]
        slot = siblings.get(index)
        if slot is not None and slot.kind == kind and slot.digest == digest:
            slot.reached_in_run = run_id
            return True
        if slot is None or kind == ELEMENT_KIND or slot.kind != kind:
            # The page replaces the slot, and with it everything that was inside.
            siblings[index] = _Slot(kind, digest, run_id)
        else:
            # Same kind of block with other settings: the page keeps its children.
            slot.digest = digest
            slot.reached_in_run = run_id
        return False

    def mark_changed(self, path: Path) -> None:
        """The page changed the element at `path` itself (add_rows): never call it unchanged."""
        slot = self._children_at(path[:-1]).get(path[-1])
        if slot is not None:
            slot.digest = b""

    def _children_at(self, parent: Path) -> dict[int, _Slot]:
        node = self._roots[parent[0]]
        for index in parent[1:]:
            child = node.children.get(index)
            if child is None:
                # A slot the tree lost track of: treat it as a fresh block.
                child = _Slot("unknown", b"", 0)
                node.children[index] = child
            node = child
        return node.children

    def prune_unreached(self, run_id: int, scope: Path | None = None) -> None:
        """Forget every slot not reached in `run_id` (under `scope` only, when given)."""
        if scope is None:
            for root in self._roots.values():
                _prune(root, run_id)
            return
        node = self._roots[scope[0]]
        for index in scope[1:]:
            next_node = node.children.get(index)
            if next_node is None:
                return
            node = next_node
        _prune(node, run_id)

    def slot_count(self) -> int:
        return sum(_count(root) for root in self._roots.values())


def _prune(node: _Slot, run_id: int) -> None:
    for index in [i for i, child in node.children.items() if child.reached_in_run != run_id]:
        del node.children[index]
    for child in node.children.values():
        _prune(child, run_id)


def _count(node: _Slot) -> int:
    return len(node.children) + sum(_count(c) for c in node.children.values())
