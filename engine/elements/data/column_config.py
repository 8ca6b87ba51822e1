"""st.column_config: how st.dataframe and st.data_editor show (and edit) each column.

Mirrors Streamlit's module: each function returns a plain dict (a `ColumnConfig`), used as a
value of the `column_config` mapping. Light on import (no pandas); any thread.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable, Mapping
from typing import Any, Literal, TypedDict

from dataapp.errors import APIError
from dataapp.proto.data_pb2 import ColumnConfig as ColumnConfigProto
from dataapp.proto.data_pb2 import DataColumn

ColumnWidth = Literal["small", "medium", "large"] | int
Alignment = Literal["left", "center", "right"]

__all__ = [
    "AreaChartColumn",
    "BarChartColumn",
    "CheckboxColumn",
    "Column",
    "ColumnConfig",
    "DateColumn",
    "DatetimeColumn",
    "ImageColumn",
    "JsonColumn",
    "LineChartColumn",
    "LinkColumn",
    "ListColumn",
    "NumberColumn",
    "ProgressColumn",
    "SelectboxColumn",
    "TextColumn",
    "TimeColumn",
]


class ColumnConfig(TypedDict, total=False):
    """One column's configuration, as the column_config functions make it."""

    label: str | None
    width: ColumnWidth | None
    help: str | None
    hidden: bool | None
    disabled: bool | None
    required: bool | None
    pinned: bool | None
    default: Any
    alignment: Alignment | None
    type_config: dict[str, Any] | None


def _config(
    type_name: str | None,
    label: str | None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Any = None,
    alignment: Alignment | None = None,
    **type_config: Any,
) -> ColumnConfig:
    config = ColumnConfig(
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        default=default,
        alignment=alignment,
    )
    if type_name is not None:
        config["type_config"] = {"type": type_name, **type_config}
    return config


def Column(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
) -> ColumnConfig:
    """A column with the shown type chosen from its data."""
    return _config(
        None, label, width=width, help=help, disabled=disabled, required=required, pinned=pinned
    )


def NumberColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: int | float | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
    alignment: Alignment | None = None,
) -> ColumnConfig:
    """Numbers; `format` is printf-style ("%.2f") or "plain", "localized", "percent",
    "dollar", "euro", "yen", "accounting", "compact", "scientific", "engineering"."""
    return _config(
        "number",
        label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        default=default,
        alignment=alignment,
        format=format,
        min_value=min_value,
        max_value=max_value,
        step=step,
    )


def TextColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
    alignment: Alignment | None = None,
) -> ColumnConfig:
    return _config(
        "text",
        label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        default=default,
        alignment=alignment,
        max_chars=max_chars,
        validate=validate,
    )


def CheckboxColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: bool | None = None,
) -> ColumnConfig:
    return _config(
        "checkbox",
        label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        default=default,
    )


def SelectboxColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Any = None,
    options: Iterable[Any] | None = None,
) -> ColumnConfig:
    return _config(
        "selectbox",
        label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        default=default,
        options=list(options) if options is not None else None,
    )


def DatetimeColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: dt.datetime | None = None,
    format: str | None = None,
    min_value: dt.datetime | None = None,
    max_value: dt.datetime | None = None,
    step: int | float | dt.timedelta | None = None,
    timezone: str | None = None,
) -> ColumnConfig:
    """Date and time; `format` is a moment.js pattern or "localized", "iso8601", "distance"."""
    return _config(
        "datetime",
        label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        default=default,
        format=format,
        min_value=min_value,
        max_value=max_value,
        step=step,
        timezone=timezone,
    )


def DateColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: dt.date | None = None,
    format: str | None = None,
    min_value: dt.date | None = None,
    max_value: dt.date | None = None,
    step: int | None = None,
) -> ColumnConfig:
    return _config(
        "date",
        label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        default=default,
        format=format,
        min_value=min_value,
        max_value=max_value,
        step=step,
    )


def TimeColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: dt.time | None = None,
    format: str | None = None,
    min_value: dt.time | None = None,
    max_value: dt.time | None = None,
    step: int | float | dt.timedelta | None = None,
) -> ColumnConfig:
    return _config(
        "time",
        label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        default=default,
        format=format,
        min_value=min_value,
        max_value=max_value,
        step=step,
    )


def ProgressColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
) -> ColumnConfig:
    """A bar from `min_value` (default 0) to `max_value` (default 100, or 1 for floats)."""
    return _config(
        "progress",
        label,
        width=width,
        help=help,
        pinned=pinned,
        format=format,
        min_value=min_value,
        max_value=max_value,
    )


def LinkColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
    display_text: str | None = None,
) -> ColumnConfig:
    """URLs as links; `display_text` is shown instead (a regex with a group picks it out)."""
    return _config(
        "link",
        label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        default=default,
        max_chars=max_chars,
        validate=validate,
        display_text=display_text,
    )


def ImageColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
) -> ColumnConfig:
    """Images from data: URLs or URLs the page may load (the app's own server)."""
    return _config("image", label, width=width, help=help, pinned=pinned)


def ListColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
) -> ColumnConfig:
    return _config("list", label, width=width, help=help, pinned=pinned)


def JsonColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
) -> ColumnConfig:
    return _config("json", label, width=width, help=help, pinned=pinned)


def _chart(
    type_name: str,
    label: str | None,
    width: ColumnWidth | None,
    help: str | None,
    pinned: bool | None,
    y_min: int | float | None,
    y_max: int | float | None,
) -> ColumnConfig:
    return _config(
        type_name, label, width=width, help=help, pinned=pinned, min_value=y_min, max_value=y_max
    )


def LineChartColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
) -> ColumnConfig:
    """A small line chart of each cell's list of numbers."""
    return _chart("line_chart", label, width, help, pinned, y_min, y_max)


def BarChartColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
) -> ColumnConfig:
    return _chart("bar_chart", label, width, help, pinned, y_min, y_max)


def AreaChartColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
) -> ColumnConfig:
    return _chart("area_chart", label, width, help, pinned, y_min, y_max)


# -- used by the data elements --------------------------------------------------------------------

_TYPES: dict[str, ColumnConfigProto.Type] = {
    "text": ColumnConfigProto.TEXT,
    "number": ColumnConfigProto.NUMBER,
    "checkbox": ColumnConfigProto.CHECKBOX,
    "selectbox": ColumnConfigProto.SELECTBOX,
    "date": ColumnConfigProto.DATE,
    "datetime": ColumnConfigProto.DATETIME,
    "time": ColumnConfigProto.TIME,
    "progress": ColumnConfigProto.PROGRESS,
    "link": ColumnConfigProto.LINK,
    "image": ColumnConfigProto.IMAGE,
    "list": ColumnConfigProto.LIST,
    "multiselect": ColumnConfigProto.LIST,
    "line_chart": ColumnConfigProto.LINE_CHART,
    "bar_chart": ColumnConfigProto.BAR_CHART,
    "area_chart": ColumnConfigProto.AREA_CHART,
    "json": ColumnConfigProto.JSON,
}


def normalize_column_config(
    mapping: Mapping[Any, Any] | None, labels: Iterable[Any]
) -> dict[str, dict[str, Any]]:
    """`column_config` by column key (the column name as text, or "_index").

    A value may be a label (str), None (hide the column) or a config dict; a key may also be
    a column's position (int) when no column has that name.
    """
    if not mapping:
        return {}
    labels = list(labels)
    names = [_label_text(label) for label in labels]
    result: dict[str, dict[str, Any]] = {}
    for key, value in mapping.items():
        if isinstance(key, int) and not isinstance(key, bool) and key not in labels:
            if not 0 <= key < len(names):
                raise APIError(f"column_config names column position {key}, which does not exist.")
            name = names[key]
        else:
            name = _label_text(key)
        if value is None:
            config: dict[str, Any] = {"hidden": True}
        elif isinstance(value, str):
            config = {"label": value}
        elif isinstance(value, Mapping):
            config = dict(value)
        else:
            raise APIError(
                f"column_config[{key!r}] must be a label, None or a st.column_config column, "
                f"not a {type(value).__name__}."
            )
        result[name] = config
    return result


def _label_text(label: Any) -> str:
    if isinstance(label, tuple):
        return " / ".join(str(part) for part in label)
    return "" if label is None else str(label)


def config_proto(
    config: Mapping[str, Any],
    kind: DataColumn.Kind,
    values: Any,
    *,
    editable: bool,
) -> ColumnConfigProto:
    """The ColumnConfig message of one column: the app's settings plus what its data implies."""
    proto = ColumnConfigProto()
    type_config = dict(config.get("type_config") or {})
    type_name = type_config.pop("type", None)
    if type_name is not None:
        if type_name not in _TYPES:
            raise APIError(f"Unknown column type {type_name!r} in column_config.")
        proto.type = _TYPES[type_name]
    elif kind == DataColumn.CATEGORY:
        proto.type = ColumnConfigProto.SELECTBOX
    proto.help = str(config.get("help") or "")
    width = config.get("width")
    if width is not None:
        proto.width = str(width)
    proto.disabled = bool(config.get("disabled"))
    proto.required = bool(config.get("required"))
    proto.pinned = bool(config.get("pinned"))
    proto.alignment = str(config.get("alignment") or "")
    fmt = type_config.get("format")
    if fmt:
        proto.format = str(fmt)
    for name in ("min_value", "max_value", "step"):
        number = _as_number(type_config.get(name))
        if number is not None:
            setattr(proto, name, number)
    options = type_config.get("options")
    if (
        options is None
        and proto.type == ColumnConfigProto.SELECTBOX
        and kind == DataColumn.CATEGORY
    ):
        options = list(getattr(values, "cat", values).categories)
    if options is not None:
        proto.options.extend(str(option) for option in options)
    proto.display_text = str(type_config.get("display_text") or "")
    proto.max_chars = int(type_config.get("max_chars") or 0)
    proto.validate = str(type_config.get("validate") or "")
    default = config.get("default")
    if default is not None and editable:
        proto.default_json = json.dumps(_jsonable(default))
    return proto


def _as_number(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, dt.datetime):
        return value.timestamp() * 1000
    if isinstance(value, dt.date):
        return (
            dt.datetime(value.year, value.month, value.day, tzinfo=dt.timezone.utc).timestamp()
            * 1000
        )
    if isinstance(value, dt.time):
        return float(value.hour * 3600 + value.minute * 60 + value.second)
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    item = getattr(value, "item", None)
    if callable(item):
        try:
            return item()
        except (TypeError, ValueError):
            pass
    return value
