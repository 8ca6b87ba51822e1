"""dataapp: a Streamlit-compatible rerun engine. `import dataapp as st` and write an app.

Importing this module is cheap: no pandas, no server, no threads. The elements below act on
the running app's session (see dataapp.runtime.context).
"""

from __future__ import annotations

from typing import Any

from dataapp.elements.execution import rerun, set_page_config, stop
from dataapp.elements.fragment import fragment
from dataapp.elements.navigation import Page, navigation, switch_page
from dataapp.elements.not_supported import NOT_YET, not_supported
from dataapp.elements.query_params import QueryParamsProxy
from dataapp.elements.roots import main as _main
from dataapp.elements.roots import sidebar
from dataapp.elements.secrets import Secrets
from dataapp.runtime.caching import cache_data, cache_resource
from dataapp.runtime.session_state import SessionStateProxy
from dataapp.version import __version__

session_state = SessionStateProxy()
query_params = QueryParamsProxy()
secrets = Secrets()

# text
markdown = _main.markdown
title = _main.title
header = _main.header
subheader = _main.subheader
caption = _main.caption
text = _main.text
code = _main.code
json = _main.json
latex = _main.latex
divider = _main.divider
metric = _main.metric
write = _main.write
# status
success = _main.success
info = _main.info
warning = _main.warning
error = _main.error
exception = _main.exception
progress = _main.progress
spinner = _main.spinner
toast = _main.toast
balloons = _main.balloons
snow = _main.snow
empty = _main.empty
# layout
container = _main.container
columns = _main.columns
expander = _main.expander
tabs = _main.tabs
form = _main.form
# widgets
button = _main.button
form_submit_button = _main.form_submit_button
checkbox = _main.checkbox
toggle = _main.toggle
radio = _main.radio
selectbox = _main.selectbox
multiselect = _main.multiselect
slider = _main.slider
select_slider = _main.select_slider
number_input = _main.number_input
text_input = _main.text_input
text_area = _main.text_area
date_input = _main.date_input
time_input = _main.time_input
color_picker = _main.color_picker

__all__ = [
    "Page",
    "__version__",
    "balloons",
    "button",
    "cache_data",
    "cache_resource",
    "caption",
    "checkbox",
    "code",
    "color_picker",
    "columns",
    "container",
    "date_input",
    "divider",
    "empty",
    "error",
    "exception",
    "expander",
    "form",
    "form_submit_button",
    "fragment",
    "header",
    "info",
    "json",
    "latex",
    "markdown",
    "metric",
    "multiselect",
    "navigation",
    "number_input",
    "progress",
    "query_params",
    "radio",
    "rerun",
    "secrets",
    "select_slider",
    "selectbox",
    "session_state",
    "set_page_config",
    "sidebar",
    "slider",
    "snow",
    "spinner",
    "stop",
    "subheader",
    "success",
    "switch_page",
    "tabs",
    "text",
    "text_area",
    "text_input",
    "time_input",
    "title",
    "toast",
    "toggle",
    "warning",
    "write",
]


def __getattr__(name: str) -> Any:
    """Parts of the Streamlit API not built yet exist, and say so when called."""
    if name in NOT_YET:
        return not_supported(name)
    raise AttributeError(f"module 'dataapp' has no attribute {name!r}")
