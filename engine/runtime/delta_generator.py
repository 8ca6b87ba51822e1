"""Where each `st.*` call puts its element: paths, cursors, containers and placeholders.

A DeltaGenerator names a block (a container that appends) or one fixed slot (a placeholder
that is overwritten). The cursors themselves live in the run context, so every run starts at
the top. Used only on a script thread.
"""

from __future__ import annotations

from types import TracebackType
from typing import TypeVar

from dataapp.proto.element_pb2 import Element
from dataapp.proto.forward_pb2 import BOTTOM, EVENT, MAIN, SIDEBAR, ForwardMsg
from dataapp.proto.layout_pb2 import Block
from dataapp.runtime.context import Path, RunContext, get_run_context, warn_missing_run_context

_DG = TypeVar("_DG", bound="DeltaGeneratorBase")


class DeltaGeneratorBase:
    """The placement half of a DeltaGenerator; the element API is mixed in by `dataapp.elements`."""

    def __init__(
        self,
        block_path: Path,
        *,
        slot_path: Path | None = None,
        form_id: str = "",
        follows_with_blocks: bool = False,
    ) -> None:
        self._block_path = block_path
        self._slot_path = slot_path
        self._form_id = form_id
        # The main root follows `with container:` blocks, so `st.write` lands in the innermost.
        self._follows_with_blocks = follows_with_blocks

    @property
    def form_id(self) -> str:
        return self._active()._form_id

    @property
    def root(self) -> int:
        return self._active()._block_path[0]

    def _active(self: _DG) -> _DG:
        if self._follows_with_blocks:
            ctx = get_run_context()
            if ctx is not None and ctx.dg_stack:
                top = ctx.dg_stack[-1]
                if isinstance(top, type(self)):
                    return top
        return self

    def _next_path(self, ctx: RunContext) -> Path:
        if self._slot_path is not None:
            return self._slot_path
        return (*self._block_path, ctx.next_index(self._block_path))

    def _enqueue_element(self: _DG, element: Element, *, check_interrupt: bool = True) -> _DG:
        """Place an element; return a handle to its slot (calling it again overwrites the slot)."""
        target = self._active()
        ctx = get_run_context()
        if ctx is None:
            # Outside a run (plain `python app.py`, or a thread the app started without
            # add_script_run_ctx): nothing to show it on, and the thread is told so once.
            warn_missing_run_context(f"st.* ({element.WhichOneof('type')} element)")
            return target
        if check_interrupt:
            ctx.check_interrupt()
        path = target._next_path(ctx)
        msg = ForwardMsg()
        msg.delta.path.extend(path)
        msg.delta.new_element.CopyFrom(element)
        msg.delta.fragment_id = ctx.fragment_id
        ctx.enqueue(msg)
        ctx.any_element_sent = True
        for recorder in ctx.element_recorders:
            recorder.record(target, element)
        return type(self)(target._block_path, slot_path=path, form_id=target._form_id)

    def _enqueue_block(self: _DG, block: Block, *, form_id: str | None = None) -> _DG:
        """Place a block; return the container that appends inside it."""
        target = self._active()
        ctx = get_run_context()
        if ctx is None:
            warn_missing_run_context(f"st.* ({block.WhichOneof('type') or 'container'} block)")
            return target
        ctx.check_interrupt()
        path = target._next_path(ctx)
        msg = ForwardMsg()
        msg.delta.path.extend(path)
        msg.delta.add_block.CopyFrom(block)
        msg.delta.fragment_id = ctx.fragment_id
        ctx.enqueue(msg)
        ctx.any_element_sent = True
        # A block placed in a slot starts empty in this run, even if the slot was used before.
        ctx.cursors[path] = 0
        container = type(self)(path, form_id=target._form_id if form_id is None else form_id)
        for recorder in ctx.element_recorders:
            recorder.record_block(target, block, container)
        return container

    def __enter__(self: _DG) -> _DG:
        ctx = get_run_context()
        if ctx is not None:
            ctx.dg_stack.append(self)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        ctx = get_run_context()
        if ctx is not None and ctx.dg_stack and ctx.dg_stack[-1] is self:
            ctx.dg_stack.pop()


ROOT_PATHS: dict[str, Path] = {
    "main": (MAIN,),
    "sidebar": (SIDEBAR,),
    "event": (EVENT,),
    "bottom": (BOTTOM,),
}
