"""The runtime's output port: how it writes into the page through the element API.

The runtime shows a run's exception, writes magic output, shows a cached function's spinner,
places a fragment's rerun and replays a cached function's elements, but never imports the
elements (they sit above it: docs/architecture.md, "Layers"). The elements implement this
port and register it as the API loads (dataapp/_api.py). Thread rules: registered once, under
the import lock; used on script threads, like every `st.*` call.
"""

from __future__ import annotations

import importlib
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Protocol

from dataapp.runtime.warm_imports import API_MODULE

if TYPE_CHECKING:
    from dataapp.runtime.context import Path
    from dataapp.runtime.delta_generator import DeltaGeneratorBase


class OutputPort(Protocol):
    """What the runtime needs of the elements' containers."""

    @property
    def main(self) -> DeltaGeneratorBase:
        """The main root: what it places goes into the container `with` made active."""

    def root(self, number: int) -> DeltaGeneratorBase | None:
        """The root container (main, sidebar, event, bottom) whose path starts with `number`."""

    def container(self, block_path: Path, form_id: str) -> DeltaGeneratorBase:
        """A container appending into a block placed before (a fragment's, on its rerun)."""

    def write(self, values: tuple[Any, ...]) -> None:
        """`st.write(*values)`: magic output."""

    def spinner(self, text: str, *, show_time: bool) -> AbstractContextManager[None]:
        """`st.spinner(text)`: shown while a cached function computes."""


_registered: OutputPort | None = None


def register_output_port(port: OutputPort) -> None:
    """Called by the API as it loads."""
    global _registered
    _registered = port


def output_port() -> OutputPort:
    """The elements' port. A run that needs it before its script asked for any `st.*` (a
    script that does not compile) loads the API here, as `st.<name>` would have."""
    if _registered is None:
        importlib.import_module(API_MODULE)
    if _registered is None:
        raise RuntimeError(f"{API_MODULE} loaded without registering the output port")
    return _registered
