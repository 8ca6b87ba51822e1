"""AppTest's views of charts: the Vega-Lite charts (built-in charts, st.map, altair,
vega_lite) and Plotly, with their selections staged as a user's click or drag would. Types
follow Streamlit's AppTest (`at.get("arrow_vega_lite_chart")`). Used by the test's thread,
between runs."""

from __future__ import annotations

import json
from typing import Any, ClassVar

from dataapp.elements import registry
from dataapp.elements.apptest_support import Element, Widget
from dataapp.proto.charts_pb2 import ChartDataset
from dataapp.proto.widgets_pb2 import WidgetState

from . import wire


def dataset_frame(dataset: ChartDataset) -> Any:
    """A chart's table back as a pandas DataFrame (dates stay milliseconds since the epoch)."""
    import pandas as pd

    columns: dict[str, list[Any]] = {}
    for name, values in zip(dataset.column_names, dataset.columns, strict=True):
        kind = values.WhichOneof("values")
        column: list[Any] = list(getattr(values, kind).data) if kind else []
        for index in values.missing:
            column[index] = None
        columns[name] = column
    return pd.DataFrame(columns)


class VegaLiteChart(Element):
    """A Vega-Lite chart: st.line_chart/area_chart/bar_chart/scatter_chart, st.map,
    st.altair_chart, st.vega_lite_chart. `.name` is the st.* call, `.spec` the spec (a dict),
    `.data` the rows of its main table (a DataFrame), `.note` the caption (downsampling)."""

    serves = (
        "vega_lite_chart",
        "altair_chart",
        "line_chart",
        "area_chart",
        "bar_chart",
        "scatter_chart",
        "map",
    )
    type = "arrow_vega_lite_chart"
    _repr_fields: ClassVar[tuple[str, ...]] = ("name", "note")

    @property
    def name(self) -> str:
        kind = registry.element_kind(self._element)
        return kind.name_of(self.proto) if kind is not None else "vega_lite_chart"

    @property
    def spec(self) -> dict[str, Any]:
        spec: dict[str, Any] = json.loads(self.proto.spec)
        return spec

    @property
    def datasets(self) -> dict[str, Any]:
        return {d.name: dataset_frame(d) for d in self.proto.datasets}

    @property
    def data(self) -> Any:
        datasets = self.datasets
        if not datasets:
            return None
        return datasets.get("table", next(iter(datasets.values())))

    @property
    def value(self) -> Any:
        return self.spec


class _Selectable(Widget):
    """A chart with on_select: `.selection` is what the script got ({"selection": {...}});
    `select(...)` stages a selection for the next run, as a user's click or drag would."""

    @property
    def selection(self) -> Any:
        return Widget.value.fget(self)  # type: ignore[attr-defined]

    def select(self, selection: dict[str, Any]) -> Any:
        """Stage `{param or "points": value, ...}` (the inner dict of "selection")."""
        return self.set_value({"selection": dict(selection)})

    def _state_for(self, v: Any) -> WidgetState:
        return wire.selection_state(self.id, v)


class SelectableVegaLiteChart(VegaLiteChart, _Selectable):
    serves = VegaLiteChart.serves
    _repr_fields = ("key", "name", "selection")

    @property
    def value(self) -> Any:
        return self.selection


class PlotlyChart(Element):
    """st.plotly_chart: `.figure` is the figure (a dict)."""

    serves = ("plotly_chart",)
    type = "plotly_chart"
    _repr_fields: ClassVar[tuple[str, ...]] = ()

    @property
    def figure(self) -> dict[str, Any]:
        figure: dict[str, Any] = json.loads(self.proto.figure)
        return figure

    @property
    def value(self) -> Any:
        return self.figure


class SelectablePlotlyChart(PlotlyChart, _Selectable):
    serves = ("plotly_chart",)
    _repr_fields = ("key", "id", "selection")

    @property
    def value(self) -> Any:
        return self.selection
