"""The API an app calls as `st.*`: what `dataapp` hands out on first use (see __init__.py).

Each element family names its own st.* functions in `engine/elements/<family>/exports.py`;
this module gathers them (star imports and `__all__ +=`, both of which type checkers follow, so
`st.markdown` keeps its signature) with the names that belong to no family. Importing it loads
every element family (no pandas, no server, no threads). The elements act on the running app's
session (see dataapp.runtime.context).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import dataapp.connections as connections
from dataapp.connections.factory import connection as connection
from dataapp.elements.charts import exports as _charts
from dataapp.elements.charts.exports import *  # noqa: F403
from dataapp.elements.chat import exports as _chat
from dataapp.elements.chat.exports import *  # noqa: F403
from dataapp.elements.components import exports as _components
from dataapp.elements.components.exports import *  # noqa: F403
from dataapp.elements.data import exports as _data
from dataapp.elements.data.exports import *  # noqa: F403
from dataapp.elements.flow import exports as _flow
from dataapp.elements.flow.exports import *  # noqa: F403
from dataapp.elements.layout import exports as _layout
from dataapp.elements.layout.exports import *  # noqa: F403
from dataapp.elements.media import exports as _media
from dataapp.elements.media.exports import *  # noqa: F403
from dataapp.elements.not_supported import NOT_YET, not_supported
from dataapp.elements.output import RootsOutput
from dataapp.elements.roots import sidebar as sidebar
from dataapp.elements.status import exports as _status
from dataapp.elements.status.exports import *  # noqa: F403
from dataapp.elements.text import exports as _text
from dataapp.elements.text.exports import *  # noqa: F403
from dataapp.elements.widgets import exports as _widgets
from dataapp.elements.widgets.exports import *  # noqa: F403
from dataapp.runtime.caching import cache_data as cache_data
from dataapp.runtime.caching import cache_resource as cache_resource
from dataapp.runtime.output_port import register_output_port
from dataapp.runtime.session_state import SessionStateProxy
from dataapp.version import __version__ as __version__

# The runtime writes exceptions, magic output, spinners and cache replays through it.
register_output_port(RootsOutput())

session_state = SessionStateProxy()

if not TYPE_CHECKING:
    # What `from dataapp import *` and `dir(st)` give. Hidden from type checkers: mypy does not
    # follow `__all__ += family.__all__` and would then hide every family's names, so they read
    # this module's public names instead (the star imports above; nothing else here is public).
    __all__ = [
        "__version__",
        "cache_data",
        "cache_resource",
        "connection",
        "connections",
        "session_state",
        "sidebar",
        *_text.__all__,
        *_status.__all__,
        *_layout.__all__,
        *_widgets.__all__,
        *_data.__all__,
        *_components.__all__,
        *_charts.__all__,
        *_media.__all__,
        *_chat.__all__,
        *_flow.__all__,
    ]


def missing(name: str) -> Any:
    """Parts of the Streamlit API not built yet exist, and say so when called."""
    if name in NOT_YET:
        return not_supported(name)
    raise AttributeError(f"module 'dataapp' has no attribute {name!r}")
