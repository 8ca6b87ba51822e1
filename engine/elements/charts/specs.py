"""Vega-Lite specs for the built-in charts (line, area, bar, scatter) and st.map, made here in
Python with no third-party chart library; long series are downsampled on the way.

Pure functions, any thread: data in (a pandas DataFrame), spec + table + note out. The rules
for x/y/color/size follow Streamlit's built-in charts (wide data is melted into one series per
y column; the index is the x when no x is named).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from dataapp.errors import APIError

from .dataset import numeric_values, vega_type
from .lttb import downsample_indices

if TYPE_CHECKING:
    import pandas as pd

ChartKind = Literal["line", "area", "bar", "scatter"]
Stack = bool | Literal["normalize", "center", "layered"] | None

# Above this many points a chart is downsampled; a single series keeps SERIES_POINTS of them.
DOWNSAMPLE_ABOVE = 5000
SERIES_POINTS = 2000
# Many series share a budget, but none drops below MIN_SERIES_POINTS.
TOTAL_POINTS = 8000
MIN_SERIES_POINTS = 200
# A scatter chart has no order to keep: above this many points a fixed random sample is shown.
SCATTER_POINTS = 10000
DEFAULT_HEIGHT = 350
MAP_HEIGHT = 450
# Below this span (degrees) a map shows plain longitude/latitude axes: the bundled world
# outlines are too coarse to help at city scale.
BASEMAP_MIN_SPAN = 2.0

DATASET = "table"
BASEMAP_DATASET = "dataapp_basemap"
INDEX_TITLE = "index"
VALUE_TITLE = "value"
SERIES_TITLE = "color"

_LEGEND = {"titlePadding": 5, "offset": 5, "orient": "bottom"}
_SIZE_LEGEND = {"titlePadding": 0.5, "offset": 5, "orient": "bottom"}
_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
_CSS_FUNCTION = re.compile(r"^(rgb|rgba|hsl|hsla)\(\s*[-\d.%\s,/]+\)$")


@dataclass(frozen=True)
class ChartColumns:
    """Which columns of the app's data a built-in chart uses (kept for add_rows)."""

    x: str | None
    y: tuple[str, ...]
    color: str | None
    size: str | None


@dataclass
class BuiltChart:
    spec: dict[str, Any]
    # The rows the spec's named data ("table") holds, columns named as the spec uses them.
    table: pd.DataFrame
    # For the caption under the chart, e.g. that it was downsampled.
    note: str = ""
    columns: ChartColumns = field(default_factory=lambda: ChartColumns(None, (), None, None))


def build_chart(
    kind: ChartKind,
    df: pd.DataFrame,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    size: Any = None,
    stack: Stack = None,
    horizontal: bool = False,
    width: int | None = None,
    height: int | None = None,
    use_container_width: bool = True,
    api_name: str = "",
) -> BuiltChart:
    """The Vega-Lite spec and data of st.<kind>_chart for `df`."""
    api = api_name or f"st.{kind}_chart"
    _check_stack(stack, api)
    columns = choose_columns(df, x, y, color, size, api)
    table, x_field, y_field, color_field = prepare_table(df, columns)
    table, note = _downsample(kind, table, x_field, y_field, color_field)
    color_value = None if columns.color is not None else color
    if kind != "scatter" and size is not None:
        raise APIError(f"{api} has no size argument; only st.scatter_chart does.")
    swapped = kind == "bar" and horizontal
    if swapped:
        # Horizontal bars: the categories go down the y axis and the values along x; labels
        # follow the axes on screen.
        x_enc = _axis(table, y_field, kind, is_x=False, from_user=y, label=x_label)
        y_enc = _axis(table, x_field, kind, is_x=True, from_user=x, label=y_label)
    else:
        x_enc = _axis(table, x_field, kind, is_x=True, from_user=x, label=x_label)
        y_enc = _axis(table, y_field, kind, is_x=False, from_user=y, label=y_label)
    encoding: dict[str, Any] = {"x": x_enc, "y": y_enc}
    _stack_encoding(kind, stack, encoding, swapped, color_field)
    color_enc = _color_encoding(table, color_value, color_field, columns, api)
    if color_enc is not None:
        encoding["color"] = color_enc
    if (kind == "area" and color_field) or (stack == "layered" and color_field):
        encoding["opacity"] = {"value": 0.7}
    if kind == "scatter":
        if columns.size is not None:
            encoding["size"] = {
                "field": _field(columns.size),
                "type": vega_type(table[columns.size]),
                "title": columns.size,
                "legend": _SIZE_LEGEND,
            }
        elif size is None:
            encoding["size"] = {"value": 100}
        elif isinstance(size, (int, float)) and not isinstance(size, bool):
            encoding["size"] = {"value": float(size)}
        else:
            raise APIError(f"{api}: size must be a column name or a number, not {size!r}.")
    if x_field is not None and y_field is not None:
        encoding["tooltip"] = _tooltips(table, x_field, y_field, color_field, color_enc, columns)
    mark: dict[str, Any] = {"type": {"scatter": "circle"}.get(kind, kind)}
    if kind == "line":
        mark["strokeWidth"] = 2
    spec: dict[str, Any] = {
        "data": {"name": DATASET},
        "mark": mark,
        "encoding": encoding,
        "height": height or DEFAULT_HEIGHT,
        "autosize": {"type": "fit", "contains": "padding"},
    }
    spec["width"] = "container" if (use_container_width or not width) else width
    zoomable = [c for c in ("x", "y") if encoding[c].get("type") in ("quantitative", "temporal")]
    if zoomable:
        spec["params"] = [
            {
                "name": "dataapp_zoom",
                "select": {"type": "interval", "encodings": zoomable},
                "bind": "scales",
            }
        ]
    return BuiltChart(spec, table, note, columns)


# -- columns ----------------------------------------------------------------------------------


def choose_columns(
    df: pd.DataFrame, x: Any, y: Any, color: Any, size: Any, api: str
) -> ChartColumns:
    """Streamlit's rules: y defaults to every column but x; color/size name a column or not."""
    if x is not None and not isinstance(x, str):
        raise APIError(f"{api}: x must be a column name or None (the index), not {x!r}.")
    if x is not None:
        _require_column(df, x, api)
    if y is None:
        y_list = [str(c) for c in df.columns]
    elif isinstance(y, str):
        y_list = [y]
    elif isinstance(y, Sequence):
        y_list = [str(c) for c in y]
    else:
        raise APIError(f"{api}: y must be a column name or a list of them, not {y!r}.")
    for name in y_list:
        _require_column(df, name, api)
    if x is not None and x in y_list and (y is None or (not isinstance(y, str) and x not in y)):
        y_list.remove(x)
    color_column = color if isinstance(color, str) and _has_column(df, color) else None
    size_column = size if isinstance(size, str) and _has_column(df, size) else None
    if color_column is not None and color_column in y_list and y is None:
        y_list.remove(color_column)
    if size_column is not None and size_column in y_list and y is None:
        y_list.remove(size_column)
    return ChartColumns(x, tuple(y_list), color_column, size_column)


def prepare_table(
    df: pd.DataFrame, columns: ChartColumns
) -> tuple[pd.DataFrame, str | None, str | None, str | None]:
    """The long-format table a spec draws, and the names of its x, y and color fields."""
    import pandas as pd

    frame = df.copy()
    frame.columns = pd.Index([str(c) for c in frame.columns])
    x_field = columns.x
    if x_field is None and columns.y:
        index_name = frame.index.name
        x_field = (
            str(index_name)
            if index_name is not None and str(index_name) not in frame.columns
            else _unique(INDEX_TITLE, frame.columns)
        )
        frame = frame.reset_index(names=x_field)
    keep = [
        c
        for c in dict.fromkeys([x_field, columns.color, columns.size, *columns.y])
        if c is not None
    ]
    frame = frame[keep]
    y_field: str | None = None
    color_field = columns.color
    if len(columns.y) == 1:
        y_field = columns.y[0]
    elif len(columns.y) > 1 and x_field is not None:
        y_field = _unique(VALUE_TITLE, frame.columns)
        color_field = _unique(SERIES_TITLE, [*frame.columns, y_field])
        ids = [c for c in (x_field, columns.size) if c is not None]
        frame = frame.melt(
            id_vars=ids, value_vars=list(columns.y), var_name=color_field, value_name=y_field
        )
    return frame.reset_index(drop=True), x_field, y_field, color_field


def _require_column(df: pd.DataFrame, name: str, api: str) -> None:
    if not _has_column(df, name):
        available = ", ".join(str(c) for c in df.columns) or "none"
        raise APIError(f'{api}: the data has no column "{name}". Its columns are: {available}.')


def _has_column(df: pd.DataFrame, name: str) -> bool:
    return name in {str(c) for c in df.columns}


def _unique(name: str, taken: Any) -> str:
    existing = {str(t) for t in taken}
    candidate = name
    while candidate in existing:
        candidate = f"{candidate}_"
    return candidate


# -- downsampling -----------------------------------------------------------------------------


def _downsample(
    kind: ChartKind, table: pd.DataFrame, x: str | None, y: str | None, color: str | None
) -> tuple[pd.DataFrame, str]:
    import numpy as np

    total = len(table)
    if x is None or y is None:
        return table, ""
    if kind == "scatter":
        if total <= SCATTER_POINTS:
            return table, ""
        keep = np.sort(np.random.default_rng(0).choice(total, SCATTER_POINTS, replace=False))
        return table.iloc[keep].reset_index(drop=True), (
            f"Showing a random sample of {SCATTER_POINTS:,} of {total:,} points."
        )
    if total <= DOWNSAMPLE_ABOVE:
        return table, ""
    groups = (
        [np.arange(total)]
        if color is None
        else list(table.groupby(color, sort=False, dropna=False).indices.values())
    )
    budget = max(MIN_SERIES_POINTS, min(SERIES_POINTS, TOTAL_POINTS // max(1, len(groups))))
    xs = numeric_values(table[x])
    ys = numeric_values(table[y])
    if vega_type(table[x]) in ("nominal", "ordinal"):
        xs = np.arange(total, dtype=np.float64)
    picked = []
    for rows in groups:
        rows = np.asarray(rows)
        if len(rows) <= budget:
            picked.append(rows)
        elif len(rows) == total:
            picked.append(downsample_indices(xs, ys, budget))
        else:
            picked.append(rows[downsample_indices(xs[rows], ys[rows], budget)])
    keep = np.sort(np.concatenate(picked)) if picked else np.arange(0)
    if len(keep) >= total:
        return table, ""
    note = (
        f"Downsampled to {len(keep):,} of {total:,} points (largest-triangle-three-buckets, "
        "which keeps peaks and dips) to fit the chart."
    )
    return table.iloc[keep].reset_index(drop=True), note


# -- encodings --------------------------------------------------------------------------------


def _field(name: str) -> str:
    """A column name as a Vega-Lite field: dots and brackets would mean nested access."""
    return re.sub(r"([.\[\]\\])", r"\\\1", name)


def _axis(
    table: pd.DataFrame,
    column: str | None,
    kind: ChartKind,
    *,
    is_x: bool,
    from_user: Any,
    label: str | None,
) -> dict[str, Any]:
    """The encoding of the x (`is_x`) or y column of the data, wherever it is drawn."""
    from pandas.api.types import is_integer_dtype

    if column is None:
        # Without a field Vega-Lite drops the whole axis of an empty chart.
        enc: dict[str, Any] = {"field": "dataapp_no_data", "type": "quantitative", "title": ""}
        return enc
    series = table[column]
    field_type = vega_type(series)
    # Bars stand on discrete categories, unless those are dates.
    if kind == "bar" and is_x and field_type != "temporal":
        field_type = "ordinal"
    title = column if from_user is not None else ""
    if label is not None:
        title = label
    # Grid lines run across the values, never across the categories or the x.
    axis: dict[str, Any] = {"grid": not is_x}
    if is_integer_dtype(series.dtype):
        axis["tickMinStep"] = 1
    enc = {"field": _field(column), "type": field_type, "title": title, "axis": axis}
    if field_type == "temporal":
        enc["scale"] = {"type": "utc"}
    return enc


def _check_stack(stack: Any, api: str) -> None:
    if stack not in (None, True, False, "normalize", "center", "layered"):
        raise APIError(
            f"{api}: stack must be True, False, 'normalize', 'center', 'layered' or None, "
            f"not {stack!r}."
        )


def _stack_encoding(
    kind: ChartKind, stack: Stack, encoding: dict[str, Any], horizontal: bool, color: str | None
) -> None:
    if stack is None or kind not in ("bar", "area"):
        return
    value_channel = "x" if horizontal else "y"
    if stack == "layered":
        encoding[value_channel]["stack"] = False
    elif stack is False:
        encoding[value_channel]["stack"] = False
        if kind == "bar" and color is not None:
            encoding["yOffset" if horizontal else "xOffset"] = {"field": _field(color)}
    else:
        encoding[value_channel]["stack"] = "zero" if stack is True else stack


def is_color_like(value: Any) -> bool:
    if isinstance(value, str):
        return bool(_HEX.match(value) or _CSS_FUNCTION.match(value.strip()))
    if isinstance(value, (tuple, list)) and len(value) in (3, 4):
        return all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)
    return False


def css_color(value: Any) -> str:
    """A color as CSS: hex and rgb() text as given; tuples of 0-255 ints or 0.0-1.0 floats."""
    if isinstance(value, str):
        return value
    parts = list(value)
    if all(isinstance(v, float) for v in parts[:3]) and all(0 <= v <= 1 for v in parts[:3]):
        rgb = [round(v * 255) for v in parts[:3]]
    else:
        rgb = [int(v) for v in parts[:3]]
    if len(parts) == 4:
        alpha = parts[3] if isinstance(parts[3], float) and parts[3] <= 1 else parts[3] / 255
        return f"rgba({rgb[0]}, {rgb[1]}, {rgb[2]}, {alpha:g})"
    return f"rgb({rgb[0]}, {rgb[1]}, {rgb[2]})"


def _color_encoding(
    table: pd.DataFrame,
    color_value: Any,
    color_field: str | None,
    columns: ChartColumns,
    api: str,
) -> dict[str, Any] | None:
    has_value = color_value is not None and not (
        isinstance(color_value, (list, tuple)) and len(color_value) == 0
    )
    if has_value:
        if is_color_like(color_value):
            if len(columns.y) != 1:
                raise APIError(
                    f"{api}: one color was given for {len(columns.y)} y columns; give a list "
                    "with one color per column."
                )
            return {"value": css_color(color_value)}
        if isinstance(color_value, (list, tuple)) and all(is_color_like(c) for c in color_value):
            if len(color_value) != len(columns.y):
                raise APIError(
                    f"{api}: the list of colors {list(color_value)!r} must have one color per y "
                    f"column {list(columns.y)!r}."
                )
            if len(color_value) == 1:
                return {"value": css_color(color_value[0])}
            return {
                "field": _field(color_field or ""),
                "type": "nominal",
                "title": " ",
                "scale": {"domain": list(columns.y), "range": [css_color(c) for c in color_value]},
                "legend": _LEGEND,
            }
        raise APIError(
            f"{api}: {color_value!r} is neither a column name nor a color. A color is a hex "
            "string ('#ffaa00'), an RGB(A) tuple, or a list of them (one per y column)."
        )
    if color_field is None:
        return None
    if columns.color is None:
        # The series of melted wide data.
        return {"field": _field(color_field), "type": "nominal", "title": " ", "legend": _LEGEND}
    series = table[color_field]
    enc: dict[str, Any] = {
        "field": _field(color_field),
        "type": vega_type(series),
        "title": color_field,
        "legend": _LEGEND,
    }
    first = series.dropna()
    if len(first) and is_color_like(first.iloc[0]):
        # The column holds the colours themselves: use them, and no legend of colour codes.
        values = list(dict.fromkeys(first.tolist()))
        enc["scale"] = {"domain": values, "range": [css_color(v) for v in values]}
        enc["legend"] = None
        enc["type"] = "nominal"
    return enc


def _tooltips(
    table: pd.DataFrame,
    x_field: str,
    y_field: str,
    color_field: str | None,
    color_enc: dict[str, Any] | None,
    columns: ChartColumns,
) -> list[dict[str, Any]]:
    tips = [
        _tooltip(table, x_field, x_field if columns.x is not None else INDEX_TITLE),
        _tooltip(table, y_field, y_field if len(columns.y) == 1 else VALUE_TITLE),
    ]
    if color_field is not None and (color_enc is None or color_enc.get("legend", True) is not None):
        tips.append(_tooltip(table, color_field, color_field if columns.color else SERIES_TITLE))
    if columns.size is not None:
        tips.append(_tooltip(table, columns.size, columns.size))
    return tips


def _tooltip(table: pd.DataFrame, column: str, title: str) -> dict[str, Any]:
    kind = vega_type(table[column])
    tip: dict[str, Any] = {"field": _field(column), "type": kind, "title": title}
    if kind == "temporal":
        millis = numeric_values(table[column])
        import numpy as np

        finite = millis[np.isfinite(millis)]
        whole_days = bool(len(finite)) and bool(np.all(finite % 86_400_000 == 0))
        tip["format"] = "%Y-%m-%d" if whole_days else "%Y-%m-%d %H:%M:%S"
        tip["formatType"] = "utc"
    return tip


# -- st.map -----------------------------------------------------------------------------------

_LAT_NAMES = ("lat", "latitude")
_LON_NAMES = ("lon", "longitude", "lng")


def build_map(
    df: pd.DataFrame,
    *,
    latitude: str | None = None,
    longitude: str | None = None,
    color: Any = None,
    size: Any = None,
    width: int | None = None,
    height: int | None = None,
    use_container_width: bool = True,
) -> tuple[BuiltChart, bool]:
    """The spec of st.map and whether it draws the bundled world map under the points."""
    import numpy as np
    import pandas as pd

    frame = df.copy()
    frame.columns = pd.Index([str(c) for c in frame.columns])
    lat = _find_column(frame, latitude, _LAT_NAMES, "latitude")
    lon = _find_column(frame, longitude, _LON_NAMES, "longitude")
    color_column = color if isinstance(color, str) and color in frame.columns else None
    size_column = size if isinstance(size, str) and size in frame.columns else None
    keep = [c for c in dict.fromkeys([lat, lon, color_column, size_column]) if c is not None]
    table = frame[keep].copy()
    for column in (lat, lon):
        table[column] = pd.to_numeric(table[column], errors="coerce")
    table = table.dropna(subset=[lat, lon]).reset_index(drop=True)
    lats = table[lat].to_numpy(dtype=np.float64)
    lons = table[lon].to_numpy(dtype=np.float64)
    if len(table) and (np.abs(lats).max() > 90 or np.abs(lons).max() > 180):
        raise APIError(
            "st.map: latitudes must be within ±90 and longitudes within ±180; check that the "
            f"columns {lat!r} and {lon!r} are not swapped."
        )
    note = ""
    if len(table) > SCATTER_POINTS:
        keep_rows = np.sort(
            np.random.default_rng(0).choice(len(table), SCATTER_POINTS, replace=False)
        )
        note = f"Showing a random sample of {SCATTER_POINTS:,} of {len(table):,} points."
        table = table.iloc[keep_rows].reset_index(drop=True)
        lats, lons = lats[keep_rows], lons[keep_rows]
    point: dict[str, Any] = {"type": "circle", "opacity": 0.8, "clip": True}
    encoding: dict[str, Any] = {}
    if color_column is not None:
        series = table[color_column].dropna()
        if len(series) and is_color_like(series.iloc[0]):
            values = list(dict.fromkeys(series.tolist()))
            encoding["color"] = {
                "field": _field(color_column),
                "type": "nominal",
                "scale": {"domain": values, "range": [css_color(v) for v in values]},
                "legend": None,
            }
        else:
            encoding["color"] = {
                "field": _field(color_column),
                "type": vega_type(table[color_column]),
                "legend": _LEGEND,
            }
    elif color is not None:
        if not is_color_like(color):
            raise APIError(f"st.map: color must be a column name or a color, not {color!r}.")
        point["color"] = css_color(color)
    else:
        point["color"] = "#ff4b4b"
    if size_column is not None:
        encoding["size"] = {
            "field": _field(size_column),
            "type": "quantitative",
            "legend": _SIZE_LEGEND,
        }
    elif isinstance(size, (int, float)) and not isinstance(size, bool):
        point["size"] = float(size)
    elif size is not None:
        raise APIError(f"st.map: size must be a column name or a number, not {size!r}.")
    else:
        point["size"] = 60
    tooltip = [
        {"field": _field(lat), "type": "quantitative", "title": lat, "format": ".5f"},
        {"field": _field(lon), "type": "quantitative", "title": lon, "format": ".5f"},
    ]
    for extra in (color_column, size_column):
        if extra is not None and extra not in (lat, lon):
            tooltip.append(
                {"field": _field(extra), "type": vega_type(table[extra]), "title": extra}
            )
    encoding["tooltip"] = tooltip
    south, north, west, east = _extent(lats, lons)
    span = max(north - south, east - west)
    spec: dict[str, Any] = {
        "height": height or MAP_HEIGHT,
        "width": "container" if (use_container_width or not width) else width,
        "autosize": {"type": "fit", "contains": "padding"},
    }
    basemap = span >= BASEMAP_MIN_SPAN
    if basemap:
        corners = [[west, south], [east, south], [east, north], [west, north]]
        spec["projection"] = {
            "type": "mercator",
            "fit": {
                "type": "Feature",
                "geometry": {"type": "MultiPoint", "coordinates": corners},
                "properties": {},
            },
        }
        spec["layer"] = [
            {"data": {"name": BASEMAP_DATASET}, "mark": {"type": "geoshape", "clip": True}},
            {
                "data": {"name": DATASET},
                "mark": point,
                "encoding": {
                    "longitude": {"field": _field(lon), "type": "quantitative"},
                    "latitude": {"field": _field(lat), "type": "quantitative"},
                    **encoding,
                },
            },
        ]
    else:
        spec["data"] = {"name": DATASET}
        spec["mark"] = point
        spec["encoding"] = {
            "x": {
                "field": _field(lon),
                "type": "quantitative",
                "title": "longitude",
                "scale": {"domain": [west, east], "zero": False, "nice": False},
            },
            "y": {
                "field": _field(lat),
                "type": "quantitative",
                "title": "latitude",
                "scale": {"domain": [south, north], "zero": False, "nice": False},
            },
            **encoding,
        }
        spec["params"] = [{"name": "dataapp_zoom", "select": "interval", "bind": "scales"}]
    return BuiltChart(
        spec, table, note, ChartColumns(lon, (lat,), color_column, size_column)
    ), basemap


def _find_column(df: pd.DataFrame, given: str | None, names: tuple[str, ...], what: str) -> str:
    if given is not None:
        if given not in df.columns:
            raise APIError(f'st.map: the data has no {what} column "{given}".')
        return given
    for column in df.columns:
        if column.lower() in names:
            return str(column)
    available = ", ".join(df.columns) or "none"
    raise APIError(
        f"st.map needs a {what} column: name it {' or '.join(repr(n) for n in names)}, or pass "
        f"{what}=<column>. The data's columns are: {available}."
    )


def _extent(lats: Any, lons: Any) -> tuple[float, float, float, float]:
    """(south, north, west, east) around the points, with a margin."""
    if len(lats) == 0:
        return -60.0, 75.0, -170.0, 170.0
    south, north = float(lats.min()), float(lats.max())
    west, east = float(lons.min()), float(lons.max())
    margin_lat = max((north - south) * 0.1, 0.01)
    margin_lon = max((east - west) * 0.1, 0.01)
    return (
        max(south - margin_lat, -85.0),
        min(north + margin_lat, 85.0),
        max(west - margin_lon, -180.0),
        min(east + margin_lon, 180.0),
    )
