"""A frame as the data elements show it: its columns, a content fingerprint, and windows of rows.

Imported only when an app shows data (it imports pandas and numpy). A FrameSource is made on
the script thread; after that it is read-only, and the data thread pool computes windows from
it (sorting and searching run here, never on the event loop). Its small order cache has a lock.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd

from dataapp.errors import APIError
from dataapp.proto.data_pb2 import (
    ColumnConfig,
    DataColumn,
    DataValues,
    DataWindow,
    DataWindowRequest,
)

if TYPE_CHECKING:
    from pandas.io.formats.style import Styler

# Rows that travel inline with the element (the first paint needs no round trip): enough to
# fill a default-height grid and the first scroll.
FIRST_WINDOW_ROWS = 50
# The most rows one window may hold (a very tall grid asks for several).
MAX_WINDOW_ROWS = 2000
# Name of the index in column_config, column_order and editor edits (as in Streamlit).
INDEX_KEY = "_index"

# How much of the content the source id covers (see docs/data.md, "Recognising an unchanged
# frame"). Costs are in "units": a numeric cell is 1, a text or object cell 10.
# Up to EXACT_BUDGET the id hashes every value (a few milliseconds); above, a sample of rows.
EXACT_BUDGET = 600_000
# Sampled frames up to this size get a full check on the verify thread after each run.
VERIFY_BUDGET = 16_000_000
SAMPLE_EDGE_ROWS = 256
SAMPLE_STRIDE_ROWS = 4096
# Stable sorts are 3-4x slower; above this many rows equal values may come in any order.
STABLE_SORT_ROWS = 2_000_000
SEARCH_CHUNK_ROWS = 1_000_000
_ORDER_CACHE_SIZE = 3
# Styler: compute every cell's style once up to this many rows, else per window.
STYLE_WHOLE_ROWS = 20_000
_ABORTED = object()


class DataFormat(Enum):
    """What the app passed, so data_editor can hand back the same kind of object."""

    PANDAS_DATAFRAME = "pandas.DataFrame"
    PANDAS_SERIES = "pandas.Series"
    PANDAS_INDEX = "pandas.Index"
    PANDAS_STYLER = "pandas.Styler"
    NUMPY_1D = "numpy 1-D array"
    NUMPY_2D = "numpy 2-D array"
    LIST_OF_RECORDS = "list of dicts"
    LIST_OF_ROWS = "list of lists"
    LIST_OF_VALUES = "list"
    TUPLE_OF_VALUES = "tuple"
    SET_OF_VALUES = "set"
    COLUMN_DICT = "dict of columns"
    KEY_VALUE_DICT = "dict"
    PYARROW_TABLE = "pyarrow.Table"
    POLARS_DATAFRAME = "polars.DataFrame"
    POLARS_SERIES = "polars.Series"
    EMPTY = "None"
    OTHER = "other"


# -- converting what the app passed ---------------------------------------------------------------


def _module_of(value: Any) -> str:
    return type(value).__module__.split(".")[0]


def to_frame(data: Any) -> tuple[pd.DataFrame, DataFormat, Styler | None]:
    """The pandas DataFrame behind `data`, its format, and the Styler when one was passed.

    pandas is the data interface; pyarrow and polars objects are converted with their own
    `to_pandas()`, imported by them only when the app uses them.
    """
    if data is None:
        return pd.DataFrame(), DataFormat.EMPTY, None
    if isinstance(data, pd.DataFrame):
        return data, DataFormat.PANDAS_DATAFRAME, None
    if isinstance(data, pd.Series):
        return data.to_frame(), DataFormat.PANDAS_SERIES, None
    if isinstance(data, pd.Index):
        return data.to_frame(index=False), DataFormat.PANDAS_INDEX, None
    if type(data).__name__ == "Styler" and hasattr(data, "data") and hasattr(data, "_compute"):
        frame = data.data
        if not isinstance(frame, pd.DataFrame):
            frame = pd.DataFrame(frame)
        return frame, DataFormat.PANDAS_STYLER, data
    if isinstance(data, np.ndarray):
        if data.ndim == 0:
            return pd.DataFrame([data.item()]), DataFormat.OTHER, None
        if data.ndim == 1:
            return pd.DataFrame(data), DataFormat.NUMPY_1D, None
        if data.ndim == 2:
            return pd.DataFrame(data), DataFormat.NUMPY_2D, None
        raise APIError(f"A {data.ndim}-dimensional numpy array cannot be shown as a table.")
    module = _module_of(data)
    if module == "polars":
        name = type(data).__name__
        if name == "LazyFrame":
            data = data.collect()
            name = "DataFrame"
        frame = data.to_pandas()
        if name == "Series":
            return frame.to_frame(), DataFormat.POLARS_SERIES, None
        return frame, DataFormat.POLARS_DATAFRAME, None
    if module == "pyarrow":
        frame = data.to_pandas()
        if isinstance(frame, pd.Series):
            frame = frame.to_frame()
        return frame, DataFormat.PYARROW_TABLE, None
    if isinstance(data, Mapping):
        if not data:
            return pd.DataFrame(), DataFormat.COLUMN_DICT, None
        values = list(data.values())
        if all(_is_list_like(v) for v in values):
            return pd.DataFrame(dict(data)), DataFormat.COLUMN_DICT, None
        return (
            pd.DataFrame({"value": pd.Series(dict(data))}),
            DataFormat.KEY_VALUE_DICT,
            None,
        )
    if isinstance(data, (list, tuple, set, frozenset)):
        items = list(data)
        fmt = (
            DataFormat.TUPLE_OF_VALUES
            if isinstance(data, tuple)
            else DataFormat.SET_OF_VALUES
            if isinstance(data, (set, frozenset))
            else DataFormat.LIST_OF_VALUES
        )
        if items and all(isinstance(item, Mapping) for item in items):
            return pd.DataFrame(items), DataFormat.LIST_OF_RECORDS, None
        if items and all(_is_list_like(item) for item in items):
            return pd.DataFrame(items), DataFormat.LIST_OF_ROWS, None
        return pd.DataFrame({"value": items}), fmt, None
    to_pandas = getattr(data, "to_pandas", None)
    if callable(to_pandas):
        frame = to_pandas()
        if isinstance(frame, pd.Series):
            frame = frame.to_frame()
        if isinstance(frame, pd.DataFrame):
            return frame, DataFormat.OTHER, None
    if hasattr(data, "__dataframe__"):
        return pd.api.interchange.from_dataframe(data), DataFormat.OTHER, None
    if isinstance(data, (str, int, float, bool)):
        return pd.DataFrame({"value": [data]}), DataFormat.OTHER, None
    raise APIError(
        f"A {type(data).__name__} cannot be shown as a table. Pass a pandas DataFrame or "
        "Series, a numpy array, a list of dicts, a dict of columns, or a pyarrow/polars table."
    )


def _is_missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _is_list_like(value: Any) -> bool:
    return isinstance(value, (list, tuple, np.ndarray, pd.Series, pd.Index))


def from_frame(frame: pd.DataFrame, fmt: DataFormat, original: Any) -> Any:
    """`frame` (an edited copy) converted back to the kind of object the app passed."""
    if fmt in (DataFormat.PANDAS_DATAFRAME, DataFormat.PANDAS_STYLER, DataFormat.EMPTY):
        return frame
    if fmt is DataFormat.PANDAS_SERIES:
        return frame.iloc[:, 0] if frame.shape[1] else pd.Series(dtype=object)
    if fmt is DataFormat.PANDAS_INDEX:
        return pd.Index(frame.iloc[:, 0]) if frame.shape[1] else pd.Index([])
    if fmt is DataFormat.NUMPY_1D:
        return frame.iloc[:, 0].to_numpy() if frame.shape[1] else np.array([])
    if fmt is DataFormat.NUMPY_2D:
        return frame.to_numpy()
    if fmt is DataFormat.LIST_OF_RECORDS:
        return [
            {str(k) if not isinstance(k, (int, str)) else k: _plain(v) for k, v in row.items()}
            for row in frame.to_dict(orient="records")
        ]
    if fmt is DataFormat.LIST_OF_ROWS:
        return [[_plain(v) for v in row] for row in frame.itertuples(index=False, name=None)]
    if fmt in (DataFormat.LIST_OF_VALUES, DataFormat.TUPLE_OF_VALUES, DataFormat.SET_OF_VALUES):
        values = [_plain(v) for v in frame.iloc[:, 0]] if frame.shape[1] else []
        if fmt is DataFormat.TUPLE_OF_VALUES:
            return tuple(values)
        if fmt is DataFormat.SET_OF_VALUES:
            return set(values)
        return values
    if fmt is DataFormat.COLUMN_DICT:
        return {k: [_plain(v) for v in frame[k]] for k in frame.columns}
    if fmt is DataFormat.KEY_VALUE_DICT:
        return {k: _plain(v) for k, v in frame["value"].items()} if "value" in frame else {}
    if fmt is DataFormat.PYARROW_TABLE:
        import pyarrow as pa  # type: ignore[import-not-found, import-untyped, unused-ignore]

        return pa.Table.from_pandas(frame, preserve_index=not _has_default_index(frame))
    if fmt is DataFormat.POLARS_DATAFRAME:
        import polars as pl  # type: ignore[import-not-found, unused-ignore]

        return pl.from_pandas(frame)
    if fmt is DataFormat.POLARS_SERIES:
        import polars as pl  # type: ignore[import-not-found, unused-ignore]

        return pl.from_pandas(frame.iloc[:, 0])
    return frame


def _has_default_index(frame: pd.DataFrame) -> bool:
    index = frame.index
    return isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1


def _plain(value: Any) -> Any:
    """numpy scalars as Python values (for list/dict outputs)."""
    if isinstance(value, np.generic):
        return value.item()
    if value is pd.NA or value is pd.NaT:
        return None
    return value


# -- columns ---------------------------------------------------------------------------------------

Kind = DataColumn.Kind


@dataclass
class ColumnSpec:
    """One shown column: its header, kind, values (all rows) and configuration."""

    name: str
    key: str
    kind: DataColumn.Kind
    is_index: bool
    # A frame column, or an index level (kept as an Index: a RangeIndex costs nothing until
    # sorted or searched by).
    source: pd.Series | pd.Index
    dtype: str
    config: ColumnConfig = field(default_factory=ColumnConfig)
    # Position in the frame's columns (-1 - level for index levels), for Styler lookups.
    frame_position: int = 0
    _series: pd.Series | None = None

    @property
    def values(self) -> pd.Series:
        """Every value, as a Series with positions 0..n-1 (made once for an index level)."""
        if self._series is None:
            source = self.source
            self._series = (
                source.reset_index(drop=True)
                if isinstance(source, pd.Series)
                else pd.Series(source, copy=False)
            )
        return self._series

    def take(self, positions: np.ndarray) -> pd.Series:
        taken: Any = self.source.take(positions)
        return taken if isinstance(taken, pd.Series) else pd.Series(taken, copy=False)

    def proto(self) -> DataColumn:
        return DataColumn(
            name=self.name,
            kind=self.kind,
            is_index=self.is_index,
            dtype=self.dtype,
            config=self.config,
            key=self.key,
        )


def column_label(label: Any) -> str:
    if isinstance(label, tuple):
        return " / ".join(str(part) for part in label)
    return "" if label is None else str(label)


def infer_kind(values: pd.Series | pd.Index) -> DataColumn.Kind:
    dtype = values.dtype
    api = pd.api.types
    if isinstance(dtype, pd.CategoricalDtype):
        return DataColumn.CATEGORY
    if api.is_bool_dtype(dtype):
        return DataColumn.BOOLEAN
    if api.is_integer_dtype(dtype):
        return DataColumn.INTEGER
    if api.is_float_dtype(dtype):
        return DataColumn.FLOAT
    if api.is_datetime64_any_dtype(dtype):
        return DataColumn.DATETIME
    if api.is_timedelta64_dtype(dtype):
        return DataColumn.TIMEDELTA
    if isinstance(dtype, pd.StringDtype) or str(dtype) in ("str", "string"):
        return DataColumn.TEXT
    if str(dtype) == "object" or str(dtype).endswith("[pyarrow]"):
        return _infer_object_kind(values)
    return DataColumn.OBJECT


def _infer_object_kind(values: pd.Series | pd.Index) -> DataColumn.Kind:
    sample = [v for v in values[:2000].tolist() if not _is_missing(v)][:200]
    if not sample:
        return DataColumn.TEXT
    if all(isinstance(v, str) for v in sample):
        return DataColumn.TEXT
    if all(isinstance(v, (bool, np.bool_)) for v in sample):
        return DataColumn.BOOLEAN
    if all(isinstance(v, dt.datetime) for v in sample):
        return DataColumn.DATETIME
    if all(isinstance(v, dt.date) and not isinstance(v, dt.datetime) for v in sample):
        return DataColumn.DATE
    if all(isinstance(v, dt.time) for v in sample):
        return DataColumn.TIME
    if all(isinstance(v, (dt.timedelta, pd.Timedelta)) for v in sample):
        return DataColumn.TIMEDELTA
    return DataColumn.OBJECT


def index_columns(frame: pd.DataFrame) -> list[tuple[str, pd.Index]]:
    index = frame.index
    if isinstance(index, pd.MultiIndex):
        return [
            (column_label(name) if name is not None else "", index.get_level_values(i))
            for i, name in enumerate(index.names)
        ]
    name = column_label(index.name) if index.name is not None else ""
    return [(name, index)]


# -- fingerprints -----------------------------------------------------------------------------------


def _cost(values: pd.Series | pd.Index) -> int:
    if isinstance(values, pd.RangeIndex):
        return 0  # hashed as start, stop and step
    kind = values.dtype.kind if isinstance(values.dtype, np.dtype) else "O"
    return 1 if kind in "biufcmM" else 10


def frame_cost(columns: Iterable[pd.Series | pd.Index], rows: int) -> int:
    return sum(_cost(values) for values in columns) * rows


def sample_positions(rows: int) -> np.ndarray:
    """Rows a sampled fingerprint looks at: both ends and an even stride through the middle."""
    edge = min(rows, SAMPLE_EDGE_ROWS)
    parts = [
        np.arange(edge),
        np.arange(max(rows - edge, 0), rows),
        np.linspace(0, rows - 1, num=min(rows, SAMPLE_STRIDE_ROWS)).astype(np.int64),
    ]
    return np.unique(np.concatenate(parts))


def hash_values(digest: Any, values: pd.Series | pd.Index) -> None:
    """Feed the content of `values` to `digest`: raw bytes for numbers, text otherwise."""
    if (isinstance(values, pd.Series) and isinstance(values.dtype, np.dtype)) or (
        isinstance(values, pd.Index) and isinstance(values.dtype, np.dtype)
    ):
        array = values.to_numpy()
    else:
        array = np.asarray(values, dtype=object)
    if array.dtype.kind in "biufcmM":
        digest.update(np.ascontiguousarray(array).view(np.uint8).data)
        return
    parts = []
    for value in array.tolist():
        if isinstance(value, str):
            parts.append(value)
        else:
            parts.append(f"\x00{type(value).__name__}:{value!r}")
    digest.update("\x1f".join(parts).encode("utf-8", "surrogatepass"))


def _new_digest() -> Any:
    return hashlib.sha1(usedforsecurity=False)


def content_digest(frame: pd.DataFrame, positions: np.ndarray | None, extra: bytes = b"") -> bytes:
    """A digest of the frame's shape, labels, dtypes and values (of `positions` only, if given)."""
    digest = _new_digest()
    digest.update(repr((frame.shape, type(frame.index).__name__)).encode())
    digest.update(extra)
    for label, dtype in frame.dtypes.items():
        digest.update(repr((label, str(dtype))).encode("utf-8", "backslashreplace"))
    index = frame.index
    if isinstance(index, pd.RangeIndex):
        digest.update(repr((index.start, index.stop, index.step, index.name)).encode())
    else:
        digest.update(repr(index.names).encode("utf-8", "backslashreplace"))
        for level in range(index.nlevels):
            level_values = index.get_level_values(level)
            hash_values(digest, level_values if positions is None else level_values.take(positions))
    for position in range(frame.shape[1]):
        column = frame.iloc[:, position]
        hash_values(digest, column if positions is None else column.take(positions))
    return bytes(digest.digest())


# -- the source -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DisplaySpec:
    """How the element shows the frame, beyond its content."""

    hide_index: bool | None = None
    column_order: tuple[str, ...] | None = None
    column_config: Mapping[Any, Any] | None = None
    editable: bool = False


class FrameSource:
    """A kept frame (implements dataapp.runtime.data_sources.WindowSource)."""

    def __init__(
        self,
        frame: pd.DataFrame,
        fmt: DataFormat,
        spec: DisplaySpec,
        styler: Styler | None = None,
    ) -> None:
        self.frame = frame
        self.format = fmt
        self.spec = spec
        self.styler = styler
        self.row_count = len(frame)
        self.columns = build_columns(frame, spec, styler)
        all_values = [level for _, level in index_columns(frame)] + [
            frame.iloc[:, i] for i in range(frame.shape[1])
        ]
        cost = frame_cost(all_values, self.row_count)
        self.exact = cost <= EXACT_BUDGET
        self._verifiable = not self.exact and cost <= VERIFY_BUDGET
        spec_bytes = b"".join(c.proto().SerializeToString(deterministic=True) for c in self.columns)
        spec_bytes += _styler_signature(styler)
        positions = None if self.exact else sample_positions(self.row_count)
        self.content = content_digest(frame, positions, spec_bytes)
        self.source_id = ("x" if self.exact else "s") + self.content.hex()[:23]
        self._orders: OrderedDict[tuple[object, ...], np.ndarray | None] = OrderedDict()
        self._orders_lock = threading.Lock()
        self._styles = _StyleCache(styler, frame) if styler is not None else None

    # -- WindowSource ----------------------------------------------------------------------------

    def full_digest(self) -> bytes | None:
        if not self._verifiable:
            return None
        return content_digest(self.frame, None)

    def compute_window(
        self, request: DataWindowRequest, superseded: Callable[[], bool]
    ) -> DataWindow | None:
        order = self._order(request, superseded)
        if order is _ABORTED:
            return None
        assert order is None or isinstance(order, np.ndarray)
        view_rows = self.row_count if order is None else len(order)
        start = min(int(request.start), view_rows)
        end = min(start + min(int(request.count), MAX_WINDOW_ROWS), view_rows)
        positions = np.arange(start, end) if order is None else order[start:end]
        window = self.window(positions, start, view_rows, identity=order is None)
        window.seq = request.seq
        window.view = request.view
        return window

    # -- windows ------------------------------------------------------------------------------------

    def first_window(self) -> DataWindow:
        end = min(self.row_count, FIRST_WINDOW_ROWS)
        return self.window(np.arange(end), 0, self.row_count, identity=True)

    def window(
        self, positions: np.ndarray, start: int, view_rows: int, *, identity: bool
    ) -> DataWindow:
        window = DataWindow(source_id=self.source_id, view_row_count=view_rows, start=start)
        if not identity:
            window.positions.extend(positions.tolist())
        styles = self._styles.cells(positions, self.columns) if self._styles is not None else None
        for index, column in enumerate(self.columns):
            encoded = encode_values(column.take(positions), column.kind)
            if styles is not None:
                css, display = styles[index]
                if any(css):
                    encoded.css.extend(css)
                if any(display):
                    encoded.display.extend(display)
            window.columns.append(encoded)
        return window

    # -- order: search, hidden rows, sort ----------------------------------------------------------

    def _order(self, request: DataWindowRequest, superseded: Callable[[], bool]) -> object:
        key = (
            tuple((k.column, k.descending) for k in request.sort),
            request.search.strip().lower(),
            tuple(sorted(set(request.hidden_positions))),
        )
        if not any(key):
            return None
        with self._orders_lock:
            if key in self._orders:
                self._orders.move_to_end(key)
                return self._orders[key]
        order = self._compute_order(key, superseded)
        if order is _ABORTED:
            return order
        with self._orders_lock:
            self._orders[key] = order  # type: ignore[assignment]
            while len(self._orders) > _ORDER_CACHE_SIZE:
                self._orders.popitem(last=False)
        return order

    def _compute_order(self, key: tuple[Any, ...], superseded: Callable[[], bool]) -> object:
        sort_keys, search, hidden = key
        base: np.ndarray | None = None
        if search:
            mask = self._search_mask(search, superseded)
            if mask is None:
                return _ABORTED
            base = np.flatnonzero(mask)
        if hidden:
            keep = np.ones(self.row_count, dtype=bool)
            valid = [p for p in hidden if 0 <= p < self.row_count]
            keep[valid] = False
            base = np.flatnonzero(keep) if base is None else base[keep[base]]
        if superseded():
            return _ABORTED
        if not sort_keys:
            return base if base is not None else np.arange(self.row_count)
        columns = [
            (self.columns[c], descending) for c, descending in sort_keys if c < len(self.columns)
        ]
        if not columns:
            return base if base is not None else np.arange(self.row_count)
        return sort_positions(columns, base, self.row_count)

    def _search_mask(self, text: str, superseded: Callable[[], bool]) -> np.ndarray | None:
        mask = np.zeros(self.row_count, dtype=bool)
        for column in self.columns:
            for start in range(0, max(self.row_count, 1), SEARCH_CHUNK_ROWS):
                if superseded():
                    return None
                chunk = column.values.iloc[start : start + SEARCH_CHUNK_ROWS]
                found = _contains(chunk, column.kind, text)
                if found is not None:
                    mask[start : start + len(chunk)] |= found
        return mask

    # -- add_rows --------------------------------------------------------------------------------

    def appended(self, rows: pd.DataFrame) -> FrameSource:
        """A new source: this frame with `rows` below (same columns), for add_rows."""
        frame = self.frame
        if frame.shape[1] and list(rows.columns) != list(frame.columns):
            missing = [c for c in frame.columns if c not in rows.columns]
            if missing or len(rows.columns) != len(frame.columns):
                raise APIError(
                    "add_rows needs the same columns as the shown frame: it has "
                    f"{[column_label(c) for c in frame.columns]}, the new rows "
                    f"{[column_label(c) for c in rows.columns]}."
                )
            rows = rows[list(frame.columns)]
        if isinstance(frame.index, pd.RangeIndex) and isinstance(rows.index, pd.RangeIndex):
            combined = pd.concat([frame, rows], ignore_index=True)
            combined.index = pd.RangeIndex(frame.index.start, frame.index.start + len(combined))
        else:
            combined = pd.concat([frame, rows]) if frame.shape[1] else rows
        styler = None
        return FrameSource(combined, self.format, self.spec, styler)


# -- column building ------------------------------------------------------------------------------


def build_columns(
    frame: pd.DataFrame, spec: DisplaySpec, styler: Styler | None
) -> list[ColumnSpec]:
    from dataapp.elements.data.column_config import config_proto, normalize_column_config

    configs = normalize_column_config(spec.column_config, frame.columns)
    hidden_by_styler: set[int] = set()
    hide_index = spec.hide_index
    if styler is not None:
        hidden_by_styler = set(getattr(styler, "hidden_columns", []) or [])
        if hide_index is None and any(getattr(styler, "hide_index_", []) or []):
            hide_index = True
    index_config = configs.get(INDEX_KEY)
    if hide_index is None and index_config is not None and index_config.get("hidden"):
        hide_index = True
    columns: list[ColumnSpec] = []
    if not hide_index:
        for level, (name, values) in enumerate(index_columns(frame)):
            config = configs.get(INDEX_KEY) or {}
            label = config.get("label") or name
            kind = infer_kind(values)
            columns.append(
                ColumnSpec(
                    name=label,
                    key=INDEX_KEY,
                    kind=kind,
                    is_index=True,
                    source=values,
                    dtype=str(values.dtype),
                    config=config_proto(config, kind, values, editable=spec.editable),
                    frame_position=-1 - level,
                )
            )
    labels = list(frame.columns)
    positions: list[int] = list(range(len(labels)))
    if spec.column_order is not None:
        by_name: dict[str, int] = {}
        for i, label in enumerate(labels):
            by_name.setdefault(column_label(label), i)
        positions = [by_name[name] for name in spec.column_order if name in by_name]
    for position in positions:
        if position in hidden_by_styler:
            continue
        label = labels[position]
        key = column_label(label)
        config = configs.get(key) or {}
        if config.get("hidden"):
            continue
        column_values: pd.Series = frame.iloc[:, position]
        kind = infer_kind(column_values)
        columns.append(
            ColumnSpec(
                name=config.get("label") or key,
                key=key,
                kind=kind,
                is_index=False,
                source=column_values,
                dtype=str(column_values.dtype),
                config=config_proto(config, kind, column_values, editable=spec.editable),
                frame_position=position,
            )
        )
    return columns


# -- encoding a window ------------------------------------------------------------------------------


def encode_values(values: pd.Series, kind: DataColumn.Kind) -> DataValues:
    encoded = DataValues()
    missing = values.isna().to_numpy(dtype=bool, na_value=True) if len(values) else np.array([])
    if missing.any():
        encoded.missing.extend(np.flatnonzero(missing).tolist())
    if kind == DataColumn.INTEGER and values.dtype == np.uint64:
        # Beyond int64: as doubles (the page shows them without decimals).
        encoded.doubles.data.extend(values.to_numpy(dtype=float, na_value=0.0).tolist())
        encoded.doubles.SetInParent()
    elif kind == DataColumn.INTEGER:
        encoded.ints.data.extend(values.to_numpy(dtype=np.int64, na_value=0).tolist())
        encoded.ints.SetInParent()
    elif kind == DataColumn.FLOAT:
        floats = values.to_numpy(dtype=float, na_value=math.nan)
        encoded.doubles.data.extend(np.where(missing, 0.0, floats).tolist())
        encoded.doubles.SetInParent()
    elif kind == DataColumn.BOOLEAN:
        encoded.bools.data.extend(
            [bool(v) if not m else False for v, m in zip(values.tolist(), missing, strict=True)]
        )
        encoded.bools.SetInParent()
    else:
        texts = [
            "" if m else cell_text(v, kind)
            for v, m in zip(values.tolist(), missing.tolist(), strict=True)
        ]
        encoded.strings.data.extend(texts)
        encoded.strings.SetInParent()
    return encoded


def cell_text(value: Any, kind: DataColumn.Kind) -> str:
    if isinstance(value, str):
        return value
    if kind in (DataColumn.DATETIME, DataColumn.DATE, DataColumn.TIME) and hasattr(
        value, "isoformat"
    ):
        return str(value.isoformat())
    if isinstance(value, (list, tuple, dict)):
        try:
            return json.dumps(value, default=str, ensure_ascii=False)
        except (TypeError, ValueError):
            return str(value)
    if isinstance(value, np.ndarray):
        return json.dumps(value.tolist(), default=str)
    if isinstance(value, bytes):
        return repr(value)
    return str(value)


# -- sorting and searching ------------------------------------------------------------------------


def sort_positions(
    columns: Sequence[tuple[ColumnSpec, bool]], base: np.ndarray | None, rows: int
) -> np.ndarray:
    """Positions of the rows (all, or those in `base`) ordered by the columns; missing last."""
    if len(columns) == 1:
        column, descending = columns[0]
        values = column.values if base is None else column.values.take(base)
        order = _argsort(values, descending, len(values))
        return order if base is None else base[order]
    data = {}
    for i, (column, _) in enumerate(columns):
        values = column.values if base is None else column.values.take(base)
        data[i] = values.reset_index(drop=True)
    table = pd.DataFrame(data)
    try:
        ordered = table.sort_values(
            by=list(range(len(columns))),
            ascending=[not d for _, d in columns],
            kind="stable",
            na_position="last",
        )
    except TypeError:
        ordered = table.astype(str).sort_values(
            by=list(range(len(columns))), ascending=[not d for _, d in columns], kind="stable"
        )
    sorted_positions: np.ndarray = ordered.index.to_numpy()
    return sorted_positions if base is None else base[sorted_positions]


def _argsort(values: pd.Series, descending: bool, rows: int) -> np.ndarray:
    algorithm: Literal["stable", "quicksort"] = (
        "stable" if rows <= STABLE_SORT_ROWS else "quicksort"
    )
    dtype = values.dtype
    if isinstance(dtype, np.dtype) and dtype.kind in "biuf":
        array = values.to_numpy()
        if dtype.kind == "b":
            array = array.astype(np.int8)
        if dtype.kind == "f":
            # NaN sorts last either way: -NaN is NaN.
            return np.argsort(-array if descending else array, kind=algorithm)
        return np.argsort(~array if descending else array, kind=algorithm)
    if isinstance(dtype, np.dtype) and dtype.kind in "mM":
        ints = values.to_numpy().view(np.int64)
        missing = ints == np.iinfo(np.int64).min
        order = np.argsort(~ints if descending else ints, kind=algorithm)
        return np.concatenate([order[~missing[order]], order[missing[order]]])
    series = values.reset_index(drop=True)
    try:
        ordered = series.sort_values(ascending=not descending, kind="stable", na_position="last")
    except TypeError:
        texts = series.map(lambda v: None if v is None else str(v))
        ordered = texts.sort_values(ascending=not descending, kind="stable", na_position="last")
    return ordered.index.to_numpy()


_NUMBER_QUERY = re.compile(r"^[-+0-9.,e]+$")


def _contains(values: pd.Series, kind: DataColumn.Kind, text: str) -> np.ndarray | None:
    """Rows whose shown text contains `text` (already lower case); None: the column cannot."""
    if kind == DataColumn.BOOLEAN:
        hits = [word for word in ("true", "false") if text in word]
        if not hits:
            return None
        array = values.to_numpy(dtype=object)
        return np.array([str(v).lower() in hits for v in array], dtype=bool)
    if kind in (DataColumn.INTEGER, DataColumn.FLOAT):
        if not _NUMBER_QUERY.match(text):
            return None
        if kind == DataColumn.FLOAT:
            # As the page shows floats (at most 4 decimals); "%" formatting is the fastest way.
            numbers = values.to_numpy(dtype=float, na_value=math.nan).tolist()
            shown = ["%.4f" % v for v in numbers]  # noqa: UP031
        else:
            shown = [str(v) for v in values.tolist()]
        return np.fromiter((text in t for t in shown), dtype=bool, count=len(shown))
    if kind == DataColumn.CATEGORY:
        categories = values.cat.categories.astype(str).str.lower()
        matching = np.flatnonzero(np.asarray(categories.str.contains(text, regex=False)))
        return np.isin(values.cat.codes.to_numpy(), matching)
    elif kind == DataColumn.TEXT and (
        isinstance(values.dtype, pd.StringDtype) or str(values.dtype) == "str"
    ):
        texts = values
    else:
        texts = values.map(lambda v: "" if v is None else cell_text(v, kind))
    found = texts.str.lower().str.contains(text, regex=False, na=False)
    return found.to_numpy(dtype=bool, na_value=False)


# -- Styler ------------------------------------------------------------------------------------------


def _styler_signature(styler: Styler | None) -> bytes:
    """What a Styler adds to a frame's identity: its styling steps, without memory addresses."""
    if styler is None:
        return b""
    parts = []
    for step in getattr(styler, "_todo", []):
        func, args, kwargs = step
        name = getattr(func, "__qualname__", repr(func))
        parts.append(
            repr((name, args, sorted(kwargs.items()) if isinstance(kwargs, dict) else kwargs))
        )
    text = re.sub(r" at 0x[0-9a-f]+", "", "|".join(parts))
    return b"styler:" + text.encode("utf-8", "backslashreplace")


class _StyleCache:
    """Cell CSS and display texts from a pandas Styler: all cells of small frames at once,
    else per window (style functions then see only that window's rows)."""

    def __init__(self, styler: Styler, frame: pd.DataFrame) -> None:
        self.styler = styler
        self.frame = frame
        self._whole: Any = None
        self._lock = threading.Lock()

    def cells(
        self, positions: np.ndarray, columns: Sequence[ColumnSpec]
    ) -> list[tuple[list[str], list[str]]]:
        ctx, row_of = self._context(positions)
        display_funcs = getattr(self.styler, "_display_funcs", {})
        result: list[tuple[list[str], list[str]]] = []
        for column in columns:
            css: list[str] = []
            display: list[str] = []
            j = column.frame_position
            for position in positions.tolist():
                if j < 0:
                    css.append("")
                    display.append("")
                    continue
                props = ctx.get((row_of(position), j)) if ctx is not None else None
                css.append("; ".join(f"{p}: {v}" for p, v in props) if props else "")
                func = display_funcs.get((position, j)) if hasattr(display_funcs, "get") else None
                value = self.frame.iat[position, j] if func is not None else None
                if func is None or _is_missing(value):
                    # Missing values look the same styled or not.
                    display.append("")
                    continue
                try:
                    display.append(str(func(value)))
                except Exception:
                    display.append("")
            result.append((css, display))
        return result

    def _context(self, positions: np.ndarray) -> tuple[Any, Callable[[int], int]]:
        if len(self.frame) <= STYLE_WHOLE_ROWS:
            with self._lock:
                if self._whole is None:
                    self._whole = _computed_ctx(self.styler)
            return self._whole, lambda position: position
        from pandas.io.formats.style import Styler

        part: Any = Styler(self.frame.take(positions))
        part._todo = list(getattr(self.styler, "_todo", []))
        ctx = _computed_ctx(part)
        offsets = {int(p): i for i, p in enumerate(positions.tolist())}
        return ctx, lambda position: offsets.get(position, -1)


def _computed_ctx(styler: Any) -> Any:
    """The Styler's cell CSS by (row, column) position, computed with its private `_compute`
    (the public `to_html` would render the whole table)."""
    try:
        styler._compute()
    except Exception:
        return None
    return dict(styler.ctx)
