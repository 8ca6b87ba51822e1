"""Status elements: alerts, exception, progress, spinner, skeleton, toast, balloons and snow."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from dataapp.errors import APIError
from dataapp.proto.element_pb2 import Element
from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.proto.status_pb2 import Alert, Celebration
from dataapp.runtime.context import get_run_context
from dataapp.runtime.delta_generator import ROOT_PATHS, DeltaGeneratorBase

if TYPE_CHECKING:
    from .skeleton import SkeletonPlaceholder

_DG = TypeVar("_DG", bound="StatusMixin")

# A spinner appears only when the work inside it takes longer than this, as in Streamlit.
SPINNER_DELAY_SECONDS = 0.5

_nonces = itertools.count(1)


class StatusMixin(DeltaGeneratorBase):
    def _alert(self: _DG, kind: Alert.Kind, body: Any, icon: str | None) -> _DG:
        element = Element()
        element.alert.kind = kind
        element.alert.body = str(body)
        element.alert.icon = icon or ""
        return self._enqueue_element(element)

    def info(self: _DG, body: Any, *, icon: str | None = None) -> _DG:
        return self._alert(Alert.INFO, body, icon)

    def success(self: _DG, body: Any, *, icon: str | None = None) -> _DG:
        return self._alert(Alert.SUCCESS, body, icon)

    def warning(self: _DG, body: Any, *, icon: str | None = None) -> _DG:
        return self._alert(Alert.WARNING, body, icon)

    def error(self: _DG, body: Any, *, icon: str | None = None) -> _DG:
        return self._alert(Alert.ERROR, body, icon)

    def exception(self: _DG, exception: BaseException) -> _DG:
        from dataapp.runtime.script_runner import exception_proto

        element = Element()
        element.exception.CopyFrom(exception_proto(exception))
        return self._enqueue_element(element)

    def progress(self: _DG, value: int | float, text: str | None = None) -> _DG:
        element = Element()
        element.progress.value = _progress_percent(value)
        element.progress.text = text or ""
        return self._enqueue_element(element)

    def empty(self: _DG) -> _DG:
        """A slot: each element written to it replaces the previous one."""
        element = Element()
        element.empty.SetInParent()
        return self._enqueue_element(element)

    @contextmanager
    def spinner(self, text: str = "In progress...", *, show_time: bool = False) -> Iterator[None]:
        slot = self.empty()
        ctx = get_run_context()
        path = slot._slot_path
        if ctx is None or path is None:
            yield
            return
        lock = threading.Lock()
        state = {"shown": False, "done": False}

        def show() -> None:
            with lock:
                if state["done"]:
                    return
                state["shown"] = True
                element = Element()
                element.spinner.text = text
                element.spinner.show_time = show_time
                send_to_slot(ctx.enqueue, path, element)

        timer = threading.Timer(SPINNER_DELAY_SECONDS, show)
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            with lock:
                state["done"] = True
                timer.cancel()
                if state["shown"]:
                    cleared = Element()
                    cleared.empty.SetInParent()
                    send_to_slot(ctx.enqueue, path, cleared)

    def skeleton(
        self,
        height: int | Literal["stretch"] | None = None,
        *,
        width: int | Literal["stretch"] = "stretch",
    ) -> SkeletonPlaceholder:
        """An animated placeholder, as tall as an input (`height` pixels, or "stretch"), that
        an st.* call on it replaces; as a context manager, shown while a slow block runs."""
        from .skeleton import SkeletonPlaceholder

        element = Element()
        shown = element.skeleton
        shown.SetInParent()  # the default skeleton has no field set
        if width != "stretch":
            shown.width = _pixels(width, "width")
        if height == "stretch":
            shown.stretch_height = True
        elif height is not None:
            shown.height = _pixels(height, "height")
        return SkeletonPlaceholder(self._enqueue_element(element), element)

    def toast(self: _DG, body: Any, *, icon: str | None = None) -> _DG:
        element = Element()
        element.toast.body = str(body)
        element.toast.icon = icon or ""
        element.toast.nonce = next(_nonces)
        ctx = get_run_context()
        if ctx is not None and ctx.host.window is not None:
            # The desktop window also tells the OS when the user is looking elsewhere.
            text = f"{icon} {body}" if icon and not icon.startswith(":material") else str(body)
            ctx.host.window.notify("", text, only_when_unfocused=True)
        return type(self)(ROOT_PATHS["event"])._enqueue_element(element)

    def balloons(self: _DG) -> _DG:
        return self._celebrate(Celebration.BALLOONS)

    def snow(self: _DG) -> _DG:
        return self._celebrate(Celebration.SNOW)

    def _celebrate(self: _DG, kind: Celebration.Kind) -> _DG:
        element = Element()
        element.celebration.kind = kind
        element.celebration.nonce = next(_nonces)
        return type(self)(ROOT_PATHS["event"])._enqueue_element(element)


def send_to_slot(enqueue: Any, path: tuple[int, ...], element: Element) -> None:
    """Overwrite a slot from a helper thread (the spinner's and skeleton's timers): no cursor,
    no interrupt."""
    msg = ForwardMsg()
    msg.delta.path.extend(path)
    msg.delta.new_element.CopyFrom(element)
    enqueue(msg)


def _pixels(value: object, what: str) -> int:
    """A positive number of pixels, or Streamlit's error for a `height`/`width` that is not."""
    if isinstance(value, int) and value > 0:
        return value
    raise APIError(
        f"Invalid {what} value: {value!r}. {what.capitalize()} must be either a positive "
        "integer (pixels) or 'stretch'."
    )


def _progress_percent(value: int | float) -> int:
    if isinstance(value, bool):
        raise APIError(
            "st.progress: value must be an int from 0 to 100 or a float from 0.0 to 1.0."
        )
    if isinstance(value, int):
        if 0 <= value <= 100:
            return value
        raise APIError(f"st.progress: an int value must be from 0 to 100, not {value}.")
    if isinstance(value, float):
        if 0.0 <= value <= 1.0:
            return round(value * 100)
        raise APIError(f"st.progress: a float value must be from 0.0 to 1.0, not {value}.")
    raise APIError(f"st.progress: value must be an int or a float, not {type(value).__name__}.")
