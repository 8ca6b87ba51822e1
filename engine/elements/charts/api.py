"""Charts: the built-in charts (line, area, bar, scatter), st.map, st.altair_chart,
st.vega_lite_chart, st.plotly_chart and st.pyplot.

Built-in charts and maps become Vega-Lite specs here, with no chart library (specs.py);
their rows travel column by column beside the spec (ChartDataset), and long series are
downsampled first. Charts with `on_select` are widgets whose value is the selection. Altair,
Plotly and Matplotlib are imported only when an app passes their objects. Runs on the script
thread.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from dataapp.errors import APIError
from dataapp.proto.charts_pb2 import VegaLiteChart
from dataapp.proto.element_pb2 import Element
from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.proto.media_pb2 import ImageList
from dataapp.proto.widgets_pb2 import WidgetState
from dataapp.runtime.context import get_run_context
from dataapp.runtime.delta_generator import DeltaGeneratorBase

from ..media.api import media_url_for
from ..media.sources import MediaSource, png_size
from ..widget_support import Key, WidgetCall, WidgetCallback, dict_problem
from . import specs
from .dataset import dataset_proto, to_dataframe
from .specs import BuiltChart, ChartKind, Stack

if TYPE_CHECKING:
    import pandas as pd

_DG = TypeVar("_DG", bound=DeltaGeneratorBase)
OnSelect = Literal["ignore", "rerun"] | WidgetCallback
ChartTheme = Literal["streamlit"] | None

_KINDS: dict[str, VegaLiteChart.Kind] = {
    "line": VegaLiteChart.LINE,
    "area": VegaLiteChart.AREA,
    "bar": VegaLiteChart.BAR,
    "scatter": VegaLiteChart.SCATTER,
}
_PLOTLY_MODES = ("points", "box", "lasso")
# Matplotlib is not thread-safe; two sessions rendering at once must take turns.
_PYPLOT_LOCK = threading.Lock()


class SelectionState(dict[str, Any]):
    """A chart's selection, as Streamlit returns it: a dict whose keys are also attributes
    (`event.selection.points`, `event["selection"]["points"]`)."""

    def __getattr__(self, name: str) -> Any:
        try:
            value = self[name]
        except KeyError:
            raise AttributeError(name) from None
        return SelectionState(value) if isinstance(value, dict) else value

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


@dataclass(frozen=True)
class _BuiltinChartRows:
    """What add_rows needs to redraw a built-in chart with more rows."""

    kind: ChartKind
    data: pd.DataFrame
    options: dict[str, Any]
    spec_json: str
    row_count: int
    note: str


class ChartsMixin(DeltaGeneratorBase):
    # -- built-in charts ------------------------------------------------------------------

    def line_chart(
        self,
        data: Any = None,
        *,
        x: str | None = None,
        y: str | Sequence[str] | None = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        width: int | None = None,
        height: int | None = None,
        use_container_width: bool = True,
    ) -> Any:
        return self._builtin_chart(
            "line",
            data,
            x=x,
            y=y,
            x_label=x_label,
            y_label=y_label,
            color=color,
            width=width,
            height=height,
            use_container_width=use_container_width,
        )

    def area_chart(
        self,
        data: Any = None,
        *,
        x: str | None = None,
        y: str | Sequence[str] | None = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        stack: Stack = None,
        width: int | None = None,
        height: int | None = None,
        use_container_width: bool = True,
    ) -> Any:
        return self._builtin_chart(
            "area",
            data,
            x=x,
            y=y,
            x_label=x_label,
            y_label=y_label,
            color=color,
            stack=stack,
            width=width,
            height=height,
            use_container_width=use_container_width,
        )

    def bar_chart(
        self,
        data: Any = None,
        *,
        x: str | None = None,
        y: str | Sequence[str] | None = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        horizontal: bool = False,
        stack: Stack = None,
        width: int | None = None,
        height: int | None = None,
        use_container_width: bool = True,
    ) -> Any:
        return self._builtin_chart(
            "bar",
            data,
            x=x,
            y=y,
            x_label=x_label,
            y_label=y_label,
            color=color,
            horizontal=horizontal,
            stack=stack,
            width=width,
            height=height,
            use_container_width=use_container_width,
        )

    def scatter_chart(
        self,
        data: Any = None,
        *,
        x: str | None = None,
        y: str | Sequence[str] | None = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        size: Any = None,
        width: int | None = None,
        height: int | None = None,
        use_container_width: bool = True,
    ) -> Any:
        return self._builtin_chart(
            "scatter",
            data,
            x=x,
            y=y,
            x_label=x_label,
            y_label=y_label,
            color=color,
            size=size,
            width=width,
            height=height,
            use_container_width=use_container_width,
        )

    def _builtin_chart(self, kind: ChartKind, data: Any, **options: Any) -> Any:
        df = to_dataframe(data)
        built = specs.build_chart(kind, df, **options)
        element = Element()
        _fill_builtin(element.vega_lite_chart, _KINDS[kind], built)
        handle = self._enqueue_element(element)
        handle.__dict__["_dataapp_chart"] = _BuiltinChartRows(
            kind,
            df,
            options,
            element.vega_lite_chart.spec,
            len(built.table),
            built.note,
        )
        return handle

    def add_rows(self, data: Any = None, **kwargs: Any) -> Any:
        """Append rows to the chart (or data element) this handle shows."""
        chart: _BuiltinChartRows | None = self.__dict__.get("_dataapp_chart")
        if chart is None:
            parent = getattr(super(), "add_rows", None)
            if parent is None:
                raise APIError(
                    "add_rows works on the handle an element returns, e.g. "
                    "`chart = st.line_chart(df)` then `chart.add_rows(more)`."
                )
            return parent(data, **kwargs)
        if data is None and len(kwargs) == 1:
            data = next(iter(kwargs.values()))
        elif kwargs:
            raise APIError("add_rows takes one data argument (rows with the chart's columns).")
        return self._add_chart_rows(chart, to_dataframe(data))

    def _add_chart_rows(self, chart: _BuiltinChartRows, new: pd.DataFrame) -> Any:
        import pandas as pd

        ctx = get_run_context()
        path = self._slot_path
        if len(new) == 0 or ctx is None or path is None:
            return self
        new = _continue_range_index(chart.data, new)
        combined = pd.concat([chart.data, new])
        built = specs.build_chart(chart.kind, combined, **chart.options)
        element = Element()
        _fill_builtin(element.vega_lite_chart, _KINDS[chart.kind], built)
        spec_json = element.vega_lite_chart.spec
        state = replace(
            chart, data=combined, spec_json=spec_json, row_count=len(built.table), note=built.note
        )
        incremental = (
            spec_json == chart.spec_json
            and not built.note
            and not chart.note
            and len(built.table) > chart.row_count
        )
        if not incremental:
            # The spec changed (new column types, downsampling): draw the chart again.
            handle = self._enqueue_element(element)
            handle.__dict__["_dataapp_chart"] = state
            return handle
        ctx.check_interrupt()
        columns = specs.choose_columns(new, **_column_options(chart.options))
        added, *_ = specs.prepare_table(new, columns)
        msg = ForwardMsg()
        msg.delta.path.extend(path)
        msg.delta.fragment_id = ctx.fragment_id
        rows = msg.delta.add_rows
        rows.source_id = specs.DATASET
        rows.row_count = chart.row_count + len(added)
        rows.rows.columns.extend(dataset_proto(added, specs.DATASET).columns)
        ctx.enqueue(msg)
        self.__dict__["_dataapp_chart"] = replace(state, row_count=rows.row_count)
        return self

    # -- st.map ---------------------------------------------------------------------------

    def map(
        self,
        data: Any = None,
        *,
        latitude: str | None = None,
        longitude: str | None = None,
        color: Any = None,
        size: Any = None,
        zoom: int | None = None,
        use_container_width: bool = True,
        width: int | None = None,
        height: int | None = None,
    ) -> Any:
        """Points on a map: on the bundled world outlines, or on plain axes for small areas.

        Everything is drawn offline; `zoom` is accepted for compatibility (the view fits the
        points).
        """
        built, basemap = specs.build_map(
            to_dataframe(data),
            latitude=latitude,
            longitude=longitude,
            color=color,
            size=size,
            width=width,
            height=height,
            use_container_width=use_container_width,
        )
        element = Element()
        _fill_builtin(element.vega_lite_chart, VegaLiteChart.MAP, built)
        element.vega_lite_chart.basemap = basemap
        return self._enqueue_element(element)

    # -- Vega-Lite and Altair -------------------------------------------------------------

    def vega_lite_chart(
        self,
        data: Any = None,
        spec: dict[str, Any] | None = None,
        use_container_width: bool | None = None,
        theme: ChartTheme = "streamlit",
        key: Key | None = None,
        on_select: OnSelect = "ignore",
        selection_mode: str | Iterable[str] | None = None,
        **kwargs: Any,
    ) -> Any:
        """A chart from a Vega-Lite spec (a dict); `data` fills its unnamed data."""
        if spec is None and isinstance(data, dict) and _looks_like_spec(data):
            data, spec = None, data
        full = dict(spec or {})
        full.update(kwargs)
        if not full:
            raise APIError("st.vega_lite_chart needs a spec: a dict in Vega-Lite's JSON format.")
        return self._vega_lite(
            VegaLiteChart.VEGA_LITE,
            full,
            data,
            use_container_width,
            theme,
            key,
            on_select,
            selection_mode,
            "vega_lite_chart",
        )

    def altair_chart(
        self,
        altair_chart: Any,
        use_container_width: bool | None = None,
        theme: ChartTheme = "streamlit",
        key: Key | None = None,
        on_select: OnSelect = "ignore",
        selection_mode: str | Iterable[str] | None = None,
    ) -> Any:
        """An Altair chart (any chart, layer or concat); its data travels column by column."""
        try:
            import altair as alt
        except ImportError:
            raise APIError("st.altair_chart needs Altair: pip install altair") from None
        if not hasattr(altair_chart, "to_dict"):
            raise APIError(
                f"st.altair_chart needs an Altair chart, not a {type(altair_chart).__name__}."
            )
        with alt.data_transformers.disable_max_rows():
            spec = altair_chart.to_dict()
        return self._vega_lite(
            VegaLiteChart.ALTAIR,
            spec,
            None,
            use_container_width,
            theme,
            key,
            on_select,
            selection_mode,
            "altair_chart",
        )

    def _vega_lite(
        self,
        kind: VegaLiteChart.Kind,
        spec: dict[str, Any],
        data: Any,
        use_container_width: bool | None,
        theme: ChartTheme,
        key: Key | None,
        on_select: OnSelect,
        selection_mode: str | Iterable[str] | None,
        api: str,
    ) -> Any:
        _check_theme(theme, api)
        spec, tables = split_datasets(spec, None if data is None else to_dataframe(data))
        element = Element()
        chart = element.vega_lite_chart
        chart.kind = kind
        chart.theme = theme or ""
        if use_container_width is None:
            use_container_width = not isinstance(spec.get("width"), (int, float))
        chart.use_container_width = use_container_width
        for name, table in tables:
            chart.datasets.append(dataset_proto(table, name))
        params = selection_params(spec)
        chart.spec = to_json(spec)
        if not _selects(on_select, api):
            return self._enqueue_element(element)
        if not params:
            raise APIError(
                f"st.{api}: on_select is set, but the chart has no selection. Add one, e.g. "
                "alt.selection_point() or alt.selection_interval() with .add_params(), or a "
                "'params' entry with 'select' in the spec."
            )
        chosen = _chosen(selection_mode, params, api)
        chart.selection_params.extend(chosen)
        empty = SelectionState(selection=SelectionState({name: {} for name in chosen}))
        call = WidgetCall(
            self,
            kind=api,
            label="",
            identity=(chart.spec, tuple(chosen), chart.use_container_width),
            key=key,
            default=empty,
            deserialize=lambda s: _parse_selection(s, empty),
            has_explicit_default=False,
            writes_allowed=False,
            on_change=on_select if callable(on_select) else None,
            callback_allowed_in_form=False,
            validate=dict_problem,
        )
        chart.info.CopyFrom(call.info)
        chart.selection_json = to_json(call.shown)
        self._enqueue_element(element)
        return SelectionState(call.value)

    # -- Plotly ---------------------------------------------------------------------------

    def plotly_chart(
        self,
        figure_or_data: Any,
        use_container_width: bool = True,
        theme: ChartTheme = "streamlit",
        key: Key | None = None,
        on_select: OnSelect = "ignore",
        selection_mode: str | Iterable[str] = _PLOTLY_MODES,
        *,
        config: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> Any:
        """A Plotly figure (or its dict); drawn by plotly.js, which loads only when needed."""
        _check_theme(theme, "plotly_chart")
        figure, own_template = _plotly_figure(figure_or_data)
        element = Element()
        chart = element.plotly_chart
        if theme == "streamlit" and not own_template:
            figure.get("layout", {}).pop("template", None)
            chart.theme = "streamlit"
        chart.figure = to_json(figure)
        chart.config = to_json(config) if config else ""
        chart.use_container_width = use_container_width
        if not _selects(on_select, "plotly_chart"):
            return self._enqueue_element(element)
        modes = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
        for mode in modes:
            if mode not in _PLOTLY_MODES:
                raise APIError(
                    f"st.plotly_chart: selection_mode {mode!r} is not one of 'points', 'box', "
                    "'lasso'."
                )
        chart.selection_modes.extend(modes)
        empty = SelectionState(
            selection=SelectionState(points=[], point_indices=[], box=[], lasso=[])
        )
        call = WidgetCall(
            self,
            kind="plotly_chart",
            label="",
            identity=(chart.figure, tuple(modes), use_container_width),
            key=key,
            default=empty,
            deserialize=lambda s: _parse_selection(s, empty),
            has_explicit_default=False,
            writes_allowed=False,
            on_change=on_select if callable(on_select) else None,
            validate=dict_problem,
        )
        chart.info.CopyFrom(call.info)
        chart.selection_json = to_json(call.shown)
        self._enqueue_element(element)
        return SelectionState(call.value)

    # -- Matplotlib -----------------------------------------------------------------------

    def pyplot(
        self,
        fig: Any = None,
        clear_figure: bool | None = None,
        use_container_width: bool = True,
        **kwargs: Any,
    ) -> Any:
        """A Matplotlib figure as a PNG drawn at twice its size and shown at its size (HiDPI).

        Without `fig`, the current pyplot figure is shown and then cleared (as in Streamlit).
        """
        try:
            import matplotlib
        except ImportError:
            raise APIError("st.pyplot needs Matplotlib: pip install matplotlib") from None
        with _PYPLOT_LOCK:
            if fig is None:
                import matplotlib.pyplot as plt

                fig = plt.gcf()
                if clear_figure is None:
                    clear_figure = True
            if not hasattr(fig, "savefig"):
                raise APIError(f"st.pyplot needs a Matplotlib figure, not a {type(fig).__name__}.")
            options = {"format": "png", "bbox_inches": "tight", **kwargs}
            options["dpi"] = (
                float(options.get("dpi") or fig.dpi or matplotlib.rcParams["figure.dpi"]) * 2
            )
            buffer = io.BytesIO()
            fig.savefig(buffer, **options)
            if clear_figure:
                fig.clf()
        png = buffer.getvalue()
        width, _ = png_size(png)
        element = Element()
        images = element.image_list
        images.kind = ImageList.PYPLOT
        images.use_container_width = use_container_width
        images.images.add(
            url=media_url_for(MediaSource("image/png", data=png)), width=max(1, width // 2)
        )
        return self._enqueue_element(element)


# -- helpers ----------------------------------------------------------------------------------


def _fill_builtin(chart: VegaLiteChart, kind: VegaLiteChart.Kind, built: BuiltChart) -> None:
    chart.kind = kind
    chart.spec = to_json(built.spec)
    chart.datasets.append(dataset_proto(built.table, specs.DATASET))
    chart.use_container_width = built.spec.get("width") == "container"
    chart.theme = "streamlit"
    chart.note = built.note


def _column_options(options: dict[str, Any]) -> dict[str, Any]:
    return {
        "x": options.get("x"),
        "y": options.get("y"),
        "color": options.get("color"),
        "size": options.get("size"),
        "api": "add_rows",
    }


def _continue_range_index(old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """A default 0..n index of the new rows continues the old one, as in Streamlit."""
    import pandas as pd

    if not isinstance(new.index, pd.RangeIndex) or not isinstance(old.index, pd.RangeIndex):
        return new
    if len(old) == 0:
        return new
    start = int(old.index[-1]) + old.index.step
    new = new.copy()
    new.index = pd.RangeIndex(start, start + len(new) * old.index.step, old.index.step)
    return new


def _check_theme(theme: Any, api: str) -> None:
    if theme not in ("streamlit", None):
        raise APIError(f'st.{api}: theme must be "streamlit" or None, not {theme!r}.')


def _selects(on_select: Any, api: str) -> bool:
    if on_select == "ignore" or on_select is None:
        return False
    if on_select == "rerun" or callable(on_select):
        return True
    raise APIError(
        f"st.{api}: on_select must be 'ignore', 'rerun' or a callback function, not {on_select!r}."
    )


def _chosen(mode: str | Iterable[str] | None, params: list[str], api: str) -> list[str]:
    if mode is None:
        return params
    chosen = [mode] if isinstance(mode, str) else list(mode)
    for name in chosen:
        if name not in params:
            raise APIError(
                f"st.{api}: selection_mode {name!r} is not a selection of the chart; it has "
                f"{', '.join(repr(p) for p in params)}."
            )
    return chosen


def _parse_selection(state: WidgetState, empty: SelectionState) -> SelectionState:
    try:
        value = json.loads(state.json_value) if state.json_value else {}
    except ValueError:
        return empty
    if not isinstance(value, dict) or not isinstance(value.get("selection"), dict):
        return empty
    selection = dict(empty["selection"])
    selection.update(value["selection"])
    return SelectionState(selection=SelectionState(selection))


def _looks_like_spec(value: dict[str, Any]) -> bool:
    marks = (
        "mark",
        "layer",
        "hconcat",
        "vconcat",
        "concat",
        "facet",
        "repeat",
        "$schema",
        "encoding",
    )
    return any(k in value for k in marks)


def selection_params(spec: Any) -> list[str]:
    """Names of the selection parameters anywhere in a spec (in order, once each)."""
    found: dict[str, None] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for param in node.get("params", ()) or ():
                if isinstance(param, dict) and "select" in param and "name" in param:
                    found[str(param["name"])] = None
            for key in ("layer", "hconcat", "vconcat", "concat", "spec"):
                child = node.get(key)
                if isinstance(child, list):
                    for item in child:
                        walk(item)
                elif isinstance(child, dict):
                    walk(child)

    walk(spec)
    return list(found)


def split_datasets(
    spec: dict[str, Any], data: pd.DataFrame | None
) -> tuple[dict[str, Any], list[tuple[str, pd.DataFrame]]]:
    """Move the spec's inline rows into tables that travel column by column.

    `datasets` and top-level `data.values` whose rows are flat records (numbers, text, booleans,
    None) move; anything else (GeoJSON, nested values) stays in the spec as JSON.
    """
    import pandas as pd

    spec = dict(spec)
    tables: list[tuple[str, pd.DataFrame]] = []
    if data is not None:
        frame = data.copy()
        if not isinstance(frame.index, pd.RangeIndex) or frame.index.name is not None:
            frame = frame.reset_index()
        frame.columns = pd.Index([str(c) for c in frame.columns])
        spec["data"] = {"name": specs.DATASET}
        tables.append((specs.DATASET, frame))
    datasets = dict(spec.get("datasets") or {})
    for name, rows in list(datasets.items()):
        table = _flat_records(rows)
        if table is not None:
            tables.append((str(name), table))
            del datasets[name]
    top = spec.get("data")
    if data is None and isinstance(top, dict) and "values" in top and len(top) == 1:
        table = _flat_records(top["values"])
        if table is not None:
            name = "dataapp_values"
            tables.append((name, table))
            spec["data"] = {"name": name}
    if datasets:
        spec["datasets"] = datasets
    else:
        spec.pop("datasets", None)
    return spec, tables


def _flat_records(rows: Any) -> pd.DataFrame | None:
    import pandas as pd

    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        return None
    scalar = (str, int, float, bool, type(None))
    if not all(isinstance(v, scalar) for r in rows for v in r.values()):
        return None
    columns = list(dict.fromkeys(k for r in rows for k in r))
    frame: pd.DataFrame = pd.DataFrame.from_records(rows, columns=columns)
    return frame


def _plotly_figure(figure_or_data: Any) -> tuple[dict[str, Any], bool]:
    """The figure as a dict, and whether it picked a template other than plotly's default."""
    if hasattr(figure_or_data, "to_json") and hasattr(figure_or_data, "layout"):
        import plotly.io as pio

        template = figure_or_data.layout.template
        default = pio.templates[pio.templates.default] if pio.templates.default else None
        own = default is not None and template != default
        figure = json.loads(figure_or_data.to_json())
        return figure, own
    if isinstance(figure_or_data, dict):
        figure = json.loads(to_json(figure_or_data))
        return figure, bool(figure.get("layout", {}).get("template"))
    if isinstance(figure_or_data, (list, tuple)):
        return {"data": json.loads(to_json(list(figure_or_data))), "layout": {}}, False
    if hasattr(figure_or_data, "savefig"):
        raise APIError("st.plotly_chart: show Matplotlib figures with st.pyplot(fig).")
    raise APIError(
        f"st.plotly_chart needs a Plotly figure (or its dict), not a {type(figure_or_data).__name__}."
    )


def to_json(value: Any) -> str:
    """Compact, deterministic JSON (same spec, same bytes: the page keeps it unchanged)."""
    return json.dumps(_jsonable(value), separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if value is None or isinstance(value, (str, int, bool)):
        return value
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    item: Callable[[], Any] | None = getattr(value, "item", None)
    if item is not None and getattr(value, "ndim", 1) == 0:
        return _jsonable(item())
    tolist: Callable[[], Any] | None = getattr(value, "tolist", None)
    if tolist is not None:
        return _jsonable(tolist())
    return str(value)
