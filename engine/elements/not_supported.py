"""Parts of the Streamlit API that dataapp does not provide yet: each call says which one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dataapp.errors import NotSupportedError

# API name → what to say about it.
NOT_YET: dict[str, str] = (
    {
        name: "It comes with the data, charts and media work."
        for name in (
            "dataframe",
            "data_editor",
            "table",
            "line_chart",
            "area_chart",
            "bar_chart",
            "scatter_chart",
            "altair_chart",
            "vega_lite_chart",
            "plotly_chart",
            "pyplot",
            "bokeh_chart",
            "pydeck_chart",
            "graphviz_chart",
            "map",
            "image",
            "audio",
            "video",
            "file_uploader",
            "download_button",
            "link_button",
            "camera_input",
            "column_config",
        )
    }
    | {
        name: "It comes with the chat, fragments, dialogs and multipage work."
        for name in (
            "chat_message",
            "chat_input",
            "write_stream",
            "status",
            "dialog",
            "experimental_dialog",
            "popover",
            "page_link",
            "logo",
            "html",
            "echo",
            "help",
            "context",
            "feedback",
            "pills",
            "segmented_control",
            "audio_input",
        )
    }
    | {
        name: "dataapp has no equivalent."
        for name in (
            "connection",
            "experimental_connection",
            "login",
            "logout",
            "user",
            "experimental_user",
            "get_option",
            "set_option",
            "badge",
        )
    }
)


def not_supported(api_name: str) -> Callable[..., Any]:
    """A stand-in that raises NotSupportedError naming `st.<api_name>` when called."""

    def raise_not_supported(*args: Any, **kwargs: Any) -> Any:
        raise NotSupportedError(f"st.{api_name}", NOT_YET.get(api_name, ""))

    raise_not_supported.__name__ = api_name
    return raise_not_supported
