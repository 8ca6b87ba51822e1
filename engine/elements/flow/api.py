"""Flow containers: st.status, st.popover (blocks) and the st.dialog decorator.

Runs on the script thread. A dialog is a Dialog block in the EVENT root holding the fragment of
the dialog function's output, so its widgets rerun only the dialog (docs/flow.md).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, TypeVar

from dataapp.errors import APIError
from dataapp.proto.flow_pb2 import Dialog, Status
from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.proto.layout_pb2 import Block
from dataapp.runtime.context import RunContext, get_run_context
from dataapp.runtime.delta_generator import DeltaGeneratorBase

from ..widget_support import WidgetCall
from .fragment import fragment

if TYPE_CHECKING:
    from .status_container import StatusContainer

_DG = TypeVar("_DG", bound=DeltaGeneratorBase)
P = ParamSpec("P")

StatusState = Literal["running", "complete", "error"]
STATUS_STATES: dict[str, Status.State] = {
    "running": Status.RUNNING,
    "complete": Status.COMPLETE,
    "error": Status.ERROR,
}
_DIALOG_WIDTHS = {"small": Dialog.SMALL, "medium": Dialog.MEDIUM, "large": Dialog.LARGE}
_nonces = itertools.count(1)


def status_state(state: str, api: str) -> Status.State:
    if state not in STATUS_STATES:
        raise APIError(f"{api}: state must be 'running', 'complete' or 'error', not {state!r}.")
    return STATUS_STATES[state]


class FlowMixin(DeltaGeneratorBase):
    def status(
        self,
        label: str,
        *,
        expanded: bool = False,
        state: StatusState = "running",
        width: Any = "stretch",
    ) -> StatusContainer:
        """An expandable box showing a task's state; `with st.status(...) as s:` marks it
        complete when the block ends, or error when it raises. `s.update(...)` changes it."""
        from .status_container import StatusContainer

        block = Block()
        block.status.label = str(label)
        block.status.state = status_state(state, "st.status")
        block.status.expanded = expanded
        container = self._enqueue_block(block)
        return StatusContainer.wrap(container, block)

    def popover(
        self: _DG,
        label: str,
        *,
        help: str | None = None,
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool = False,
    ) -> _DG:
        """A button that opens a floating container; write into it with `with`."""
        block = Block()
        popover = block.popover
        popover.label = str(label)
        popover.help = help or ""
        popover.icon = icon or ""
        popover.disabled = disabled
        popover.use_container_width = use_container_width
        return self._enqueue_block(block)


def resend_block(path: tuple[int, ...], block: Block) -> None:
    """Send a block's new settings to the slot it already has; its children stay."""
    ctx = get_run_context()
    if ctx is None:
        return
    msg = ForwardMsg()
    msg.delta.path.extend(path)
    msg.delta.add_block.CopyFrom(block)
    msg.delta.fragment_id = ctx.fragment_id
    ctx.enqueue(msg)


OnDismiss = Literal["ignore", "rerun"] | Callable[[], Any]


def dialog(
    title: str,
    *,
    width: Literal["small", "medium", "large"] = "small",
    dismissible: bool = True,
    on_dismiss: OnDismiss = "ignore",
) -> Callable[[Callable[P, Any]], Callable[P, None]]:
    """Decorate a function that opens a modal dialog when called.

    The function's output is shown in the dialog and is a fragment: its widgets rerun only
    the function. `st.rerun()` inside it reruns the app, which closes the dialog unless the
    app calls the function again. Esc, the X and a click outside close it when `dismissible`;
    `on_dismiss` says whether that reruns the app ("rerun", or a callback run first).
    """
    if not isinstance(title, str) or not title:
        raise APIError("st.dialog needs a title.")
    if width not in _DIALOG_WIDTHS:
        raise APIError(f"st.dialog: width must be 'small', 'medium' or 'large', not {width!r}.")
    if not (on_dismiss in ("ignore", "rerun") or callable(on_dismiss)):
        raise APIError(
            f"st.dialog: on_dismiss must be 'ignore', 'rerun' or a function, not {on_dismiss!r}."
        )

    def decorate(func: Callable[P, Any]) -> Callable[P, None]:
        content = fragment(func)

        @functools.wraps(func)
        def open_dialog(*args: P.args, **kwargs: P.kwargs) -> None:
            ctx = get_run_context()
            if ctx is None:
                func(*args, **kwargs)
                return
            _claim_dialog(ctx)
            from ..roots import event

            block = Block()
            settings = block.dialog
            settings.title = title
            settings.width = _DIALOG_WIDTHS[width]
            settings.dismissible = dismissible
            settings.nonce = next(_nonces)
            if callable(on_dismiss):
                settings.on_dismiss = Dialog.CALLBACK
                call = WidgetCall(
                    event,
                    kind="dialog",
                    label=title,
                    identity=(f"{func.__module__}.{func.__qualname__}",),
                    key=None,
                    default=False,
                    deserialize=lambda s: bool(s.trigger_value),
                    is_trigger=True,
                    on_change=on_dismiss,
                )
                settings.dismiss_id = call.info.id
            elif on_dismiss == "rerun":
                settings.on_dismiss = Dialog.RERUN
            holder = event._enqueue_block(block)
            with holder:
                content(*args, **kwargs)

        return open_dialog

    return decorate


def _claim_dialog(ctx: RunContext) -> None:
    """Only one dialog may open in a run, as in Streamlit."""
    if ctx.dialog_opened:
        raise APIError(
            "Only one dialog can be open at a time: a run may call one st.dialog function."
        )
    ctx.dialog_opened = True


def experimental_dialog(
    title: str, *, width: Literal["small", "large"] = "small"
) -> Callable[[Callable[P, Any]], Callable[P, None]]:
    """The name st.dialog had before Streamlit 1.37."""
    return dialog(title, width=width)
