"""The DeltaGenerator: placement (runtime) plus every element family's API (one mixin each)."""

from __future__ import annotations

from typing import Any

from .charts import ChartsMixin
from .chat import ChatMixin
from .data import DataMixin
from .flow import FlowMixin
from .layout import LayoutMixin
from .media import MediaMixin
from .not_supported import NOT_YET, not_supported
from .page_extras import PageExtrasMixin
from .status import StatusMixin
from .text import TextMixin
from .uploads import UploadsMixin
from .widgets import WidgetsMixin
from .write import WriteMixin


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
    UploadsMixin,
    DataMixin,
):
    """`st`, `st.sidebar`, a container, a column or a placeholder: where elements go."""

    def __getattr__(self, name: str) -> Any:
        if name in NOT_YET:
            return not_supported(name)
        raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")
