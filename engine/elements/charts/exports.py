"""The charts family's st.* names: built-in charts, st.map, Vega-Lite, Plotly and pyplot.

`dataapp._api` re-exports `__all__`: a line here is what makes `st.<name>` exist, for the
lazy loader and for type checkers alike. Imported with the API, on first `st.<name>`.
"""

from __future__ import annotations

from dataapp.elements.roots import main as _main

line_chart = _main.line_chart
area_chart = _main.area_chart
bar_chart = _main.bar_chart
scatter_chart = _main.scatter_chart
map = _main.map
altair_chart = _main.altair_chart
vega_lite_chart = _main.vega_lite_chart
plotly_chart = _main.plotly_chart
pyplot = _main.pyplot

__all__ = [
    "altair_chart",
    "area_chart",
    "bar_chart",
    "line_chart",
    "map",
    "plotly_chart",
    "pyplot",
    "scatter_chart",
    "vega_lite_chart",
]
