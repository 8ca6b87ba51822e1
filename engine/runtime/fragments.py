"""Fragments a session has seen: what to call, and where its output goes, for a fragment rerun.

Owned by one AppSession; only its script thread reads or writes it (runs never overlap).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dataapp.runtime.context import Path


@dataclass(frozen=True)
class FragmentInfo:
    id: str
    # The user's undecorated function and the arguments of its last call.
    body: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    # The Fragment block that holds the function's output.
    block_path: Path
    form_id: str
    # Enclosing fragments, outermost first (for nested fragments).
    parents: tuple[str, ...]
    # The page script it belongs to (its widgets' identity depends on it).
    active_script: str


@dataclass
class FragmentStorage:
    _fragments: dict[str, FragmentInfo] = field(default_factory=dict)

    def register(self, info: FragmentInfo) -> None:
        self._fragments[info.id] = info

    def get(self, fragment_id: str) -> FragmentInfo | None:
        return self._fragments.get(fragment_id)

    def forget_all(self) -> None:
        """A full run starts: the fragments it calls register again."""
        self._fragments.clear()

    def forget_inside(self, fragment_id: str) -> None:
        """A fragment reruns: fragments nested in it register again."""
        for key in [k for k, v in self._fragments.items() if fragment_id in v.parents]:
            del self._fragments[key]
