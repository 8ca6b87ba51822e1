"""The DeltaGenerator: placement (runtime) plus every element family's API (one mixin each)."""

from __future__ import annotations

import functools
import inspect
import os
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

from dataapp.runtime.run_report import current_recorder, timed_call

from .charts.api import ChartsMixin
from .chat.api import ChatMixin
from .components.api import ComponentsMixin
from .data.api import DataMixin
from .flow.api import FlowMixin
from .flow.page_extras import PageExtrasMixin
from .layout.api import LayoutMixin
from .media.api import MediaMixin
from .media.files import FilesMixin
from .not_supported import NOT_YET, not_supported
from .status.api import StatusMixin
from .text.api import TextMixin
from .text.write import WriteMixin
from .widgets.api import WidgetsMixin


class DeltaGenerator(
    TextMixin,
    StatusMixin,
    LayoutMixin,
    WidgetsMixin,
    WriteMixin,
    ChatMixin,
    FlowMixin,
    PageExtrasMixin,
    # Before DataMixin: a chart handle's add_rows is the chart's, others fall through to it.
    ChartsMixin,
    MediaMixin,
    FilesMixin,
    ComponentsMixin,
    DataMixin,
):
    """`st`, `st.sidebar`, a container, a column or a placeholder: where elements go."""

    def __getattr__(self, name: str) -> Any:
        if name in NOT_YET:
            return not_supported(name)
        raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")


# -- the run inspector: each public method's time (docs/inspector.md) -------------------------

_ENGINE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _app_caller(frame: FrameType | None) -> str | None:
    """`file.py:line` of the app's code making a call from `frame`, or None when dataapp itself
    makes it (st.write drawing a markdown, a cache's spinner): only the app's calls count."""
    if frame is None or frame.f_code.co_filename.startswith(_ENGINE_DIR):
        return None
    return f"{os.path.basename(frame.f_code.co_filename)}:{frame.f_lineno}"


def _timed(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        if current_recorder() is None:
            return method(*args, **kwargs)
        where = _app_caller(sys._getframe(1))
        if where is None:
            return method(*args, **kwargs)
        with timed_call(name, where):
            return method(*args, **kwargs)

    return call


for _name in dir(DeltaGenerator):
    _member = inspect.getattr_static(DeltaGenerator, _name)
    if not _name.startswith("_") and inspect.isfunction(_member):
        setattr(DeltaGenerator, _name, _timed(f"st.{_name}", _member))
