"""Parts of the Streamlit API that dataapp does not provide yet: each call says which one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dataapp.errors import NotSupportedError

# API name → what to say about it.
NOT_YET: dict[str, str] = (
    {
        name: "It is not built yet (charts: use st.altair_chart, st.plotly_chart or st.pyplot)."
        for name in (
            "bokeh_chart",
            "pydeck_chart",
            "graphviz_chart",
            "camera_input",
        )
    }
    | {name: "It is not built yet." for name in ("audio_input",)}
    | {
        name: "dataapp has no equivalent."
        for name in (
            "experimental_connection",
            "login",
            "logout",
            "user",
            "experimental_user",
        )
    }
)


def not_supported(api_name: str) -> Callable[..., Any]:
    """A stand-in that raises NotSupportedError naming `st.<api_name>` when called."""

    def raise_not_supported(*args: Any, **kwargs: Any) -> Any:
        raise NotSupportedError(f"st.{api_name}", NOT_YET.get(api_name, ""))

    raise_not_supported.__name__ = api_name
    return raise_not_supported
