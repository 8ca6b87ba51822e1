"""The elements' side of the runtime's output port (dataapp.runtime.output_port): the root
containers write what the runtime shows. dataapp/_api.py registers it as the API loads.

Script thread only, as every `st.*` call.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from dataapp.runtime.context import Path

from . import roots
from .delta_generator import DeltaGenerator

_ROOTS = {dg._block_path[0]: dg for dg in (roots.main, roots.sidebar, roots.event, roots.bottom)}


class RootsOutput:
    """Implements OutputPort with the app's root containers."""

    @property
    def main(self) -> DeltaGenerator:
        return roots.main

    def root(self, number: int) -> DeltaGenerator | None:
        return _ROOTS.get(number)

    def container(self, block_path: Path, form_id: str) -> DeltaGenerator:
        return DeltaGenerator(block_path, form_id=form_id)

    def write(self, values: tuple[Any, ...]) -> None:
        roots.main.write(*values)

    def spinner(self, text: str, *, show_time: bool) -> AbstractContextManager[None]:
        return roots.main.spinner(text, show_time=show_time)
