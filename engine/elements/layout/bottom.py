"""st.bottom: the container pinned to the bottom of the page (where st.chat_input goes),
reachable from the main area only, as in Streamlit: `with st.bottom:` or `st.bottom.<call>`
inside `with st.sidebar:` or a dialog raises Streamlit's error.

Used on the script thread (it reads the run's `with` stack).
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

from dataapp.errors import APIError
from dataapp.proto.forward_pb2 import EVENT, SIDEBAR
from dataapp.runtime.context import get_run_context

from ..delta_generator import DeltaGenerator


class BottomContainerProxy:
    """`st.bottom`: the bottom root's DeltaGenerator, behind a check of where it is used."""

    _bottom: DeltaGenerator

    def __init__(self, bottom: DeltaGenerator) -> None:
        object.__setattr__(self, "_bottom", bottom)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        _check_main_area()
        return getattr(self._bottom, name)

    def __dir__(self) -> list[str]:
        return dir(self._bottom)

    def __enter__(self) -> DeltaGenerator:
        _check_main_area()
        self._bottom.__enter__()
        return self._bottom

    def __exit__(
        self,
        typ: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._bottom.__exit__(typ, exc, tb)


def _check_main_area() -> None:
    """Streamlit's StreamlitInvalidLayoutContextError when the innermost `with` container is
    in the sidebar or in the event root (whose only containers here are dialogs)."""
    ctx = get_run_context()
    if ctx is None or not ctx.dg_stack:
        return
    root = ctx.dg_stack[-1].root
    where = {int(SIDEBAR): "inside `st.sidebar`", int(EVENT): "inside a dialog"}.get(root)
    if where is not None:
        raise APIError(
            f"`st.bottom` cannot be used {where}. The bottom container is only available in "
            "the main app area."
        )
