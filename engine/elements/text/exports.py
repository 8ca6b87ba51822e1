"""The text family's st.* names: markdown, headings, text, code, json, latex, divider,
metric, badge and `st.write` (the main area's methods).

`dataapp._api` re-exports `__all__`: a line here is what makes `st.<name>` exist, for the
lazy loader and for type checkers alike. Imported with the API, on first `st.<name>`.
"""

from __future__ import annotations

from dataapp.elements.roots import main as _main

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
badge = _main.badge
write = _main.write

__all__ = [
    "badge",
    "caption",
    "code",
    "divider",
    "header",
    "json",
    "latex",
    "markdown",
    "metric",
    "subheader",
    "text",
    "title",
    "write",
]
