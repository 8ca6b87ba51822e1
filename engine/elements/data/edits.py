"""st.data_editor's value: the edits the page reports, applied to a copy of the app's frame.

Pure functions on pandas objects (imported only when an app edits data); any thread. Edits name
rows by their position in the frame and columns by name ("_index" for the index), as in
Streamlit: {"edited_rows": {0: {"a": 1}}, "added_rows": [{"a": 2}], "deleted_rows": [3]}.
What the page reports is checked against the frame (`edit_problem`) before the script sees it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Collection, Mapping
from typing import Any

import numpy as np
import pandas as pd

from dataapp.proto.data_pb2 import DataColumn
from dataapp.runtime.session_state import WidgetValueError

from ..widget_support import quoted
from .source import INDEX_KEY, column_label, infer_kind

log = logging.getLogger("dataapp.data")

EditState = dict[str, Any]


def empty_edits() -> EditState:
    return {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


def parse_edits(text: str) -> EditState:
    """The page's JSON, with row positions as ints (JSON object keys are text).

    Raises WidgetValueError for anything not shaped like edits.
    """
    try:
        raw = json.loads(text) if text else {}
    except ValueError:
        raise WidgetValueError(f"{quoted(text)} is not JSON") from None
    if not isinstance(raw, dict):
        raise WidgetValueError(f"{quoted(raw)} is not a set of edits")
    edited = raw.get("edited_rows") or {}
    added = raw.get("added_rows") or []
    deleted = raw.get("deleted_rows") or []
    if not isinstance(edited, dict) or not all(isinstance(c, dict) for c in edited.values()):
        raise WidgetValueError(f"edited_rows {quoted(edited)} is not cells by row")
    if not isinstance(added, list) or not all(isinstance(row, dict) for row in added):
        raise WidgetValueError(f"added_rows {quoted(added)} is not a list of rows")
    if not isinstance(deleted, list):
        raise WidgetValueError(f"deleted_rows {quoted(deleted)} is not a list of rows")
    return {
        "edited_rows": {_row_number(row): dict(changes) for row, changes in edited.items()},
        "added_rows": [dict(row) for row in added],
        "deleted_rows": sorted({_row_number(row) for row in deleted}),
    }


def _row_number(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise WidgetValueError(f"{quoted(value)} is not a row number")
    try:
        return int(value)
    except ValueError:
        raise WidgetValueError(f"{quoted(value)} is not a row number") from None


def edit_problem(
    frame: pd.DataFrame,
    state: Any,
    *,
    can_add_rows: bool,
    can_delete_rows: bool,
    read_only: Collection[str] = (),
) -> str | None:
    """Why `state` is not a set of edits the editor of `frame` allows (None: it is).

    Rows must exist, columns must exist and be editable, values must fit their column, and
    rows are added or deleted only where the editor allows it.
    """
    if not isinstance(state, Mapping):
        return f"{quoted(state)} is not a set of edits"
    by_key = {column_label(label): i for i, label in enumerate(frame.columns)}
    rows = len(frame)
    edited = state.get("edited_rows") or {}
    added = state.get("added_rows") or []
    deleted = state.get("deleted_rows") or []
    if not isinstance(edited, Mapping) or not isinstance(added, list):
        return f"{quoted(state)} is not a set of edits"
    for row, changes in edited.items():
        if not isinstance(row, int) or not 0 <= row < rows:
            return f"row {quoted(row)} does not exist ({rows} rows)"
        problem = _cells_problem(frame, by_key, changes, read_only, new_row=False)
        if problem:
            return problem
    if deleted and not can_delete_rows:
        return "rows were deleted, but this editor does not delete rows (num_rows)"
    for row in deleted:
        if not isinstance(row, int) or not 0 <= row < rows:
            return f"row {quoted(row)} does not exist ({rows} rows)"
    if added and not can_add_rows:
        return "rows were added, but this editor does not add rows (num_rows)"
    for new_row in added:
        problem = _cells_problem(frame, by_key, new_row, read_only, new_row=True)
        if problem:
            return problem
    return None


def _cells_problem(
    frame: pd.DataFrame,
    by_key: Mapping[str, int],
    cells: Any,
    read_only: Collection[str],
    *,
    new_row: bool,
) -> str | None:
    if not isinstance(cells, Mapping):
        return f"{quoted(cells)} is not cells by column"
    for key, value in cells.items():
        if key == INDEX_KEY:
            values: pd.Series = pd.Series(frame.index)
        elif key in by_key:
            # A new row carries every column's default, read-only columns included.
            if key in read_only and not new_row:
                return f"column {quoted(key)} is read-only"
            values = frame.iloc[:, by_key[key]]
        else:
            return f"there is no column {quoted(key)}"
        try:
            parse_value(value, values)
        except (TypeError, ValueError, OverflowError):
            return f"{quoted(value)} does not fit column {quoted(key)}"
    return None


def edits_json(state: Mapping[str, Any]) -> str:
    return json.dumps(
        {
            "edited_rows": {str(k): v for k, v in (state.get("edited_rows") or {}).items()},
            "added_rows": list(state.get("added_rows") or []),
            "deleted_rows": list(state.get("deleted_rows") or []),
        },
        default=str,
        sort_keys=True,
        separators=(",", ":"),
    )


def apply_edits(frame: pd.DataFrame, state: Mapping[str, Any]) -> pd.DataFrame:
    """A copy of `frame` with the cell edits, then deletions, then added rows applied.

    An edit that does not fit its column is skipped with a log line, never an exception:
    the state comes from the page.
    """
    result = frame.copy()
    by_key = {column_label(label): i for i, label in enumerate(result.columns)}
    rows = len(result)
    for row, changes in (state.get("edited_rows") or {}).items():
        position = int(row)
        if not 0 <= position < rows:
            continue
        for key, value in changes.items():
            if key == INDEX_KEY:
                result.index = _relabel(result.index, position, value)
                continue
            column = by_key.get(key)
            if column is not None:
                result = _set_cell(result, position, column, value)
    deleted = sorted({int(p) for p in state.get("deleted_rows") or [] if 0 <= int(p) < rows})
    if deleted:
        keep = np.ones(rows, dtype=bool)
        keep[deleted] = False
        result = result.iloc[keep]
    added = [row for row in state.get("added_rows") or [] if isinstance(row, Mapping)]
    if added:
        result = _append_rows(result, added, by_key)
    edited: pd.DataFrame = result
    return edited


def parse_value(value: Any, values: pd.Series) -> Any:
    """A JSON value from the page as a value of the column `values` (None: missing)."""
    if value is None or (isinstance(value, str) and value == "" and not _is_text(values)):
        return None
    kind = infer_kind(values)
    dtype = values.dtype
    if kind == DataColumn.BOOLEAN:
        return value if isinstance(value, bool) else str(value).strip().lower() in ("true", "1")
    if kind == DataColumn.INTEGER:
        return int(float(value))
    if kind == DataColumn.FLOAT:
        return float(value)
    if kind == DataColumn.DATETIME:
        stamp = pd.Timestamp(value)
        tz = getattr(dtype, "tz", None)
        if tz is not None:
            stamp = stamp.tz_localize(tz) if stamp.tzinfo is None else stamp.tz_convert(tz)
        if str(dtype) == "object":
            return stamp.to_pydatetime()
        return stamp
    if kind == DataColumn.DATE:
        return dt.date.fromisoformat(str(value)[:10])
    if kind == DataColumn.TIME:
        return dt.time.fromisoformat(str(value))
    if kind == DataColumn.TIMEDELTA:
        return pd.Timedelta(value)
    if kind in (DataColumn.TEXT, DataColumn.CATEGORY):
        return value if isinstance(value, str) else str(value)
    return value


def _is_text(values: pd.Series) -> bool:
    return infer_kind(values) in (DataColumn.TEXT, DataColumn.CATEGORY)


def _set_cell(frame: pd.DataFrame, row: int, column: int, value: Any) -> pd.DataFrame:
    values = frame.iloc[:, column]
    try:
        parsed = parse_value(value, values)
    except (TypeError, ValueError, OverflowError) as error:
        log.warning("Skipped an edit of %r in column %r: %s", value, frame.columns[column], error)
        return frame
    categorical = isinstance(values.dtype, pd.CategoricalDtype)
    if categorical and parsed is not None and parsed not in values.cat.categories:
        frame.isetitem(column, values.cat.add_categories([parsed]).array)
    try:
        frame.iat[row, column] = _missing_for(values) if parsed is None else parsed
    except (TypeError, ValueError):
        # e.g. a missing value in an int64 column: widen it to the nullable type, else object.
        widened = values.astype("Int64") if infer_kind(values) == DataColumn.INTEGER else None
        frame.isetitem(column, (widened if widened is not None else values.astype(object)).array)
        frame.iat[row, column] = pd.NA if parsed is None and widened is not None else parsed
    return frame


def _missing_for(values: pd.Series) -> Any:
    if pd.api.types.is_float_dtype(values.dtype):
        return np.nan
    if pd.api.types.is_datetime64_any_dtype(values.dtype) or pd.api.types.is_timedelta64_dtype(
        values.dtype
    ):
        return pd.NaT
    return None


def _relabel(index: pd.Index, position: int, value: Any) -> pd.Index:
    try:
        parsed = parse_value(value, pd.Series(index))
    except (TypeError, ValueError, OverflowError):
        return index
    relabelled: pd.Index = index.delete(position).insert(position, parsed)
    return relabelled


def _append_rows(
    frame: pd.DataFrame, added: list[Mapping[str, Any]], by_key: dict[str, int]
) -> pd.DataFrame:
    index = frame.index
    if isinstance(index, pd.RangeIndex) and index.step == 1:
        next_label: Any = index.stop
    elif pd.api.types.is_integer_dtype(index.dtype) and index.nlevels == 1:
        next_label = int(index.max()) + 1 if len(index) else 0
    else:
        # Other indexes need the new row's own label ("_index"), as in Streamlit.
        next_label = None
    labels: list[Any] = []
    records: list[list[Any]] = []
    for row in added:
        values: list[Any] = [None] * frame.shape[1]
        try:
            for key, value in row.items():
                if key == INDEX_KEY:
                    continue
                column = by_key.get(key)
                if column is not None:
                    values[column] = parse_value(value, frame.iloc[:, column])
            label = row.get(INDEX_KEY)
            if label is not None and next_label is None:
                label = parse_value(label, pd.Series(index))
        except (TypeError, ValueError, OverflowError) as error:
            log.warning("Skipped an added row %r: %s", row, error)
            continue
        if next_label is not None:
            label = next_label
            next_label += 1
        elif label is None or label in index:
            log.warning("Skipped an added row without a new index value: %r", row)
            continue
        labels.append(label)
        records.append(values)
    if not records:
        return frame
    new_rows = pd.DataFrame(records, columns=frame.columns, index=pd.Index(labels))
    for i, dtype in enumerate(frame.dtypes):
        try:
            new_rows.isetitem(i, new_rows.iloc[:, i].astype(dtype))
        except (TypeError, ValueError):
            continue
    combined: pd.DataFrame = pd.concat([frame, new_rows])
    return combined
