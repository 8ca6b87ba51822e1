"""The layout family's st.* names: container, columns, expander, tabs, form, space, bottom.

`dataapp._api` re-exports `__all__`: a line here is what makes `st.<name>` exist, for the
lazy loader and for type checkers alike. Imported with the API, on first `st.<name>`.
"""

from __future__ import annotations

from dataapp.elements.roots import bottom as _bottom
from dataapp.elements.roots import main as _main

from .bottom import BottomContainerProxy

container = _main.container
columns = _main.columns
expander = _main.expander
tabs = _main.tabs
form = _main.form
space = _main.space
bottom = BottomContainerProxy(_bottom)

__all__ = [
    "bottom",
    "columns",
    "container",
    "expander",
    "form",
    "space",
    "tabs",
]
