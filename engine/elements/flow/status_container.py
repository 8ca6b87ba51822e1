"""The container st.status returns: a DeltaGenerator that can change its label and state.

Runs on the script thread. Kept apart from flow.py because it subclasses DeltaGenerator, which
itself mixes in flow.py's FlowMixin.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

from dataapp.proto.layout_pb2 import Block
from dataapp.runtime.delta_generator import DeltaGeneratorBase

from ..delta_generator import DeltaGenerator
from .api import StatusState, resend_block, status_state


class StatusContainer(DeltaGenerator):
    """What `st.status(...)` returns; `with` it to write inside, `update()` to change it."""

    _status_block: Block | None = None

    @classmethod
    def wrap(cls, container: DeltaGeneratorBase, block: Block) -> StatusContainer:
        status = cls(container._block_path, form_id=container._form_id)
        status._status_block = block
        return status

    def update(
        self,
        *,
        label: str | None = None,
        expanded: bool | None = None,
        state: StatusState | None = None,
    ) -> None:
        """Change the label, the state ("running", "complete", "error") or whether it is open."""
        block = self._status_block
        if block is None:
            return
        if label is not None:
            block.status.label = str(label)
        if expanded is not None:
            block.status.expanded = expanded
        if state is not None:
            block.status.state = status_state(state, "StatusContainer.update")
        resend_block(self._block_path, block)

    def __enter__(self) -> StatusContainer:
        super().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> Any:
        super().__exit__(exc_type, exc, tb)
        if exc_type is None:
            self.update(state="complete")
        elif issubclass(exc_type, Exception):
            self.update(state="error")
        # A rerun or st.stop() ending the run early leaves the status as it was.
        return False
