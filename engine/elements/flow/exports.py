"""The flow family's st.* names: status, popover, dialog, page links, html, help, fragments,
navigation, execution control, page config, config options, query parameters, secrets and
`st.context`.

`dataapp._api` re-exports `__all__`: a line here is what makes `st.<name>` exist, for the
lazy loader and for type checkers alike. Imported with the API, on first `st.<name>`.
"""

from __future__ import annotations

from dataapp.elements.roots import main as _main

from .api import dialog as dialog
from .api import experimental_dialog as experimental_dialog
from .execution import rerun as rerun
from .execution import set_page_config as set_page_config
from .execution import stop as stop
from .fragment import fragment as fragment
from .navigation import Page as Page
from .navigation import navigation as navigation
from .navigation import switch_page as switch_page
from .options import get_option as get_option
from .options import set_option as set_option
from .page_extras import ContextProxy
from .page_extras import echo as echo
from .page_extras import logo as logo
from .query_params import QueryParamsProxy
from .secrets import Secrets

status = _main.status
popover = _main.popover
page_link = _main.page_link
html = _main.html
help = _main.help

query_params = QueryParamsProxy()
secrets = Secrets()
context = ContextProxy()

__all__ = [
    "Page",
    "context",
    "dialog",
    "echo",
    "experimental_dialog",
    "fragment",
    "get_option",
    "help",
    "html",
    "logo",
    "navigation",
    "page_link",
    "popover",
    "query_params",
    "rerun",
    "secrets",
    "set_option",
    "set_page_config",
    "status",
    "stop",
    "switch_page",
]
