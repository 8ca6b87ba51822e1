"""The DeltaGenerator: placement (runtime) plus every element family's API (one mixin each)."""

from __future__ import annotations

from typing import Any

from .layout import LayoutMixin
from .not_supported import NOT_YET, not_supported
from .status import StatusMixin
from .text import TextMixin
from .widgets import WidgetsMixin
from .write import WriteMixin


class DeltaGenerator(TextMixin, StatusMixin, LayoutMixin, WidgetsMixin, WriteMixin):
    """`st`, `st.sidebar`, a container, a column or a placeholder: where elements go."""

    def __getattr__(self, name: str) -> Any:
        if name in NOT_YET:
            return not_supported(name)
        raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")
