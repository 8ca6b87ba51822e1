"""`st.components.v1` (and `streamlit.components.v1` in apps): declare_component, html, iframe.

The names Streamlit's own modules under `streamlit.components.v1` hand out live here too, so
component packages that import them from there find them (dataapp.runtime.streamlit_alias).
"""

from __future__ import annotations

from typing import Any

from dataapp.elements.roots import main as _main

from .custom_component import CustomComponent as CustomComponent
from .custom_component import MarshallComponentException as MarshallComponentException
from .custom_component import declare_component as declare_component

html = _main._html
iframe = _main._iframe


def register_widget(*args: Any, **kwargs: Any) -> Any:
    """Streamlit's internal widget registration, which some old component packages import:
    not part of any API dataapp offers."""
    from dataapp.errors import NotSupportedError

    raise NotSupportedError("streamlit.components.v1.components.register_widget")


__all__ = ["declare_component", "html", "iframe"]
