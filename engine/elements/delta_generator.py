"""The DeltaGenerator: placement (runtime) plus every element family's API (one mixin each)."""

from __future__ import annotations

from typing import Any

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
