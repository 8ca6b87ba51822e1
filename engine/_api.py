"""The API an app calls as `st.*`: what `dataapp` hands out on first use (see __init__.py).

Importing this module loads every element family (no pandas, no server, no threads). The
elements act on the running app's session (see dataapp.runtime.context).
"""

from __future__ import annotations

from typing import Any

from dataapp.elements.data import column_config
from dataapp.elements.flow.api import dialog, experimental_dialog
from dataapp.elements.flow.execution import rerun, set_page_config, stop
from dataapp.elements.flow.fragment import fragment
from dataapp.elements.flow.navigation import Page, navigation, switch_page
from dataapp.elements.flow.page_extras import ContextProxy, echo, logo
from dataapp.elements.flow.query_params import QueryParamsProxy
from dataapp.elements.flow.secrets import Secrets
from dataapp.elements.media import file_dialogs as desktop
from dataapp.elements.not_supported import NOT_YET, not_supported
from dataapp.elements.output import RootsOutput
from dataapp.elements.roots import main as _main
from dataapp.elements.roots import sidebar
from dataapp.runtime.caching import cache_data, cache_resource
from dataapp.runtime.output_port import register_output_port
from dataapp.runtime.session_state import SessionStateProxy
from dataapp.version import __version__

# The runtime writes exceptions, magic output, spinners and cache replays through it.
register_output_port(RootsOutput())

session_state = SessionStateProxy()
query_params = QueryParamsProxy()
secrets = Secrets()
context = ContextProxy()

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
# data
dataframe = _main.dataframe
table = _main.table
data_editor = _main.data_editor
# charts and media
line_chart = _main.line_chart
area_chart = _main.area_chart
bar_chart = _main.bar_chart
scatter_chart = _main.scatter_chart
map = _main.map
altair_chart = _main.altair_chart
vega_lite_chart = _main.vega_lite_chart
plotly_chart = _main.plotly_chart
pyplot = _main.pyplot
image = _main.image
audio = _main.audio
video = _main.video
file_uploader = _main.file_uploader
download_button = _main.download_button
link_button = _main.link_button
# chat and flow
chat_message = _main.chat_message
chat_input = _main.chat_input
write_stream = _main.write_stream
status = _main.status
popover = _main.popover
page_link = _main.page_link
html = _main.html
help = _main.help

__all__ = [
    "Page",
    "__version__",
    "altair_chart",
    "area_chart",
    "audio",
    "balloons",
    "bar_chart",
    "button",
    "cache_data",
    "cache_resource",
    "caption",
    "chat_input",
    "chat_message",
    "checkbox",
    "code",
    "color_picker",
    "column_config",
    "columns",
    "container",
    "context",
    "data_editor",
    "dataframe",
    "date_input",
    "desktop",
    "dialog",
    "divider",
    "download_button",
    "echo",
    "empty",
    "error",
    "exception",
    "expander",
    "experimental_dialog",
    "file_uploader",
    "form",
    "form_submit_button",
    "fragment",
    "header",
    "help",
    "html",
    "image",
    "info",
    "json",
    "latex",
    "line_chart",
    "link_button",
    "logo",
    "map",
    "markdown",
    "metric",
    "multiselect",
    "navigation",
    "number_input",
    "page_link",
    "plotly_chart",
    "popover",
    "progress",
    "pyplot",
    "query_params",
    "radio",
    "rerun",
    "scatter_chart",
    "secrets",
    "select_slider",
    "selectbox",
    "session_state",
    "set_page_config",
    "sidebar",
    "slider",
    "snow",
    "spinner",
    "status",
    "stop",
    "subheader",
    "success",
    "switch_page",
    "table",
    "tabs",
    "text",
    "text_area",
    "text_input",
    "time_input",
    "title",
    "toast",
    "toggle",
    "vega_lite_chart",
    "video",
    "warning",
    "write",
    "write_stream",
]


def missing(name: str) -> Any:
    """Parts of the Streamlit API not built yet exist, and say so when called."""
    if name in NOT_YET:
        return not_supported(name)
    raise AttributeError(f"module 'dataapp' has no attribute {name!r}")
