"""Data elements: st.dataframe, st.table, st.data_editor and the handle's add_rows.

The server keeps each shown frame (the session's DataSourceRegistry) and sends only its first
rows with the element; the page asks for other windows. pandas is imported when an app first
shows data, not with `import dataapp`. Runs on the script thread.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from dataapp.errors import APIError
from dataapp.proto.data_pb2 import DataFrame as DataFrameProto
from dataapp.proto.element_pb2 import Element
from dataapp.proto.widgets_pb2 import WidgetState
from dataapp.runtime.context import get_run_context
from dataapp.runtime.delta_generator import DeltaGeneratorBase

from ..widget_support import Key, WidgetCall, WidgetCallback, quoted

if TYPE_CHECKING:
    from .lazy import LazyTable
    from .source import DisplaySpec, FrameSource

_DG = TypeVar("_DG", bound=DeltaGeneratorBase)

SelectionMode = Literal["single-row", "multi-row", "single-column", "multi-column"]
OnSelect = Literal["ignore", "rerun"] | WidgetCallback
NumRows = Literal["fixed", "dynamic", "add", "delete"]
Width = int | Literal["stretch", "content"] | None
Height = int | Literal["auto", "stretch"] | None

_SELECTION_MODES: dict[str, DataFrameProto.SelectionMode] = {
    "single-row": DataFrameProto.SINGLE_ROW,
    "multi-row": DataFrameProto.MULTI_ROW,
    "single-column": DataFrameProto.SINGLE_COLUMN,
    "multi-column": DataFrameProto.MULTI_COLUMN,
}


class AttributeDict(dict[str, Any]):
    """A dict whose keys also read as attributes (`event.selection.rows`), as in Streamlit."""

    def __getattr__(self, name: str) -> Any:
        try:
            value = self[name]
        except KeyError:
            raise AttributeError(name) from None
        return AttributeDict(value) if type(value) is dict else value

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


def empty_selection() -> AttributeDict:
    return AttributeDict(selection=AttributeDict(rows=[], columns=[], cells=[]))


def parse_selection(text: str) -> AttributeDict:
    """A dataframe's selection from the page's JSON ({"selection": {"rows", "columns"}})."""
    try:
        raw = json.loads(text) if text else {}
    except ValueError:
        raw = {}
    selection = raw.get("selection", {}) if isinstance(raw, dict) else {}
    if not isinstance(selection, dict):
        selection = {}
    rows = sorted({int(r) for r in selection.get("rows", []) if isinstance(r, (int, float))})
    columns = [str(c) for c in selection.get("columns", [])]
    return AttributeDict(selection=AttributeDict(rows=rows, columns=columns, cells=[]))


def selection_problem(value: Any, row_count: int, columns: Iterable[str]) -> str | None:
    """Why `value` is not a selection of a frame with these rows and columns (None: it is)."""
    selection = value.get("selection") if isinstance(value, Mapping) else None
    if not isinstance(selection, Mapping):
        return f"{quoted(value)} is not a selection"
    for row in selection.get("rows", []):
        if not isinstance(row, int) or not 0 <= row < row_count:
            return f"row {quoted(row)} does not exist ({row_count} rows)"
    names = set(columns)
    for column in selection.get("columns", []):
        if column not in names:
            return f"there is no column {quoted(column)}"
    return None


def _selection_json(value: Mapping[str, Any]) -> str:
    selection = value.get("selection", {}) if isinstance(value, Mapping) else {}
    return json.dumps(
        {
            "selection": {
                "rows": list(selection.get("rows", [])),
                "columns": list(selection.get("columns", [])),
            }
        },
        separators=(",", ":"),
    )


def _read_only_columns(config: Mapping[Any, Any]) -> set[str]:
    return {
        str(name)
        for name, entry in config.items()
        if isinstance(entry, Mapping) and entry.get("disabled")
    }


def _json_of(state: WidgetState) -> str:
    return state.json_value if state.WhichOneof("value") == "json_value" else ""


def _dimensions(
    proto: DataFrameProto, width: Width, height: Height, use_container_width: bool | None
) -> None:
    if isinstance(width, bool):
        raise APIError("width must be a number of pixels, 'stretch' or 'content'.")
    if isinstance(width, int):
        if width <= 0:
            raise APIError(f"width must be a positive number of pixels, not {width}.")
        proto.width = width
    elif width == "stretch":
        proto.use_container_width = True
    if isinstance(height, int) and not isinstance(height, bool):
        if height <= 0:
            raise APIError(f"height must be a positive number of pixels, not {height}.")
        proto.height = height
    if use_container_width is not None:
        proto.use_container_width = bool(use_container_width)


class DataMixin(DeltaGeneratorBase):
    # -- st.dataframe -------------------------------------------------------------------------

    def dataframe(
        self,
        data: Any = None,
        width: Width = None,
        height: Height = None,
        *,
        use_container_width: bool | None = None,
        hide_index: bool | None = None,
        column_order: Iterable[str] | None = None,
        column_config: Mapping[Any, Any] | None = None,
        key: Key | None = None,
        on_select: OnSelect = "ignore",
        selection_mode: SelectionMode | Iterable[SelectionMode] = "multi-row",
        row_height: int | None = None,
    ) -> Any:
        """A scrollable, sortable, searchable grid of `data`; with `on_select`, a widget that
        returns the selection ({"selection": {"rows": [...], "columns": [...]}})."""
        source = _shown_source(data, hide_index, column_order, column_config)
        element = Element()
        proto = element.dataframe
        _fill(proto, source, width, height, use_container_width, row_height)
        if on_select == "ignore":
            return _place(self, element, source)
        if on_select != "rerun" and not callable(on_select):
            raise APIError(f"on_select must be 'ignore', 'rerun' or a callable, not {on_select!r}.")
        modes = _selection_modes(selection_mode)
        proto.selection_modes.extend(_SELECTION_MODES[m] for m in modes)
        call = WidgetCall(
            self,
            kind="dataframe",
            label="",
            identity=(source.source_id if key is None else "", tuple(modes)),
            key=key,
            default=empty_selection(),
            deserialize=lambda s: parse_selection(_json_of(s)),
            has_explicit_default=False,
            on_change=on_select if callable(on_select) else None,
            validate=lambda v: selection_problem(
                v, source.row_count, [c.key for c in source.columns]
            ),
        )
        proto.info.CopyFrom(call.info)
        proto.value_json = _selection_json(call.shown)
        _place(self, element, source)
        value = call.value
        return AttributeDict(value) if not isinstance(value, AttributeDict) else value

    # -- st.table -----------------------------------------------------------------------------

    def table(self: _DG, data: Any = None) -> _DG:
        """A static table: every column, no sorting or search; long tables scroll inside."""
        source = _shown_source(data, None, None, None)
        element = Element()
        _fill(element.table, source)
        return _place(self, element, source)

    # -- st.data_editor -----------------------------------------------------------------------

    def data_editor(
        self,
        data: Any,
        width: Width = None,
        height: Height = None,
        *,
        use_container_width: bool | None = None,
        hide_index: bool | None = None,
        column_order: Iterable[str] | None = None,
        column_config: Mapping[Any, Any] | None = None,
        num_rows: NumRows = "fixed",
        disabled: bool | Iterable[str] = False,
        key: Key | None = None,
        on_change: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        row_height: int | None = None,
    ) -> Any:
        """An editable grid; returns the edited data, of the same type as `data`."""
        from .edits import apply_edits, edit_problem, edits_json, empty_edits, parse_edits
        from .source import from_frame, to_frame

        if num_rows not in ("fixed", "dynamic", "add", "delete"):
            raise APIError(f"num_rows must be 'fixed' or 'dynamic', not {num_rows!r}.")
        frame, _, _ = to_frame(data)
        if hide_index is None and num_rows in ("dynamic", "add"):
            import pandas as pd

            # As in Streamlit: a plain row count is not worth showing while rows come and go.
            if isinstance(frame.index, pd.RangeIndex):
                hide_index = True
        disabled_columns = set() if isinstance(disabled, bool) else {str(c) for c in disabled}
        config = dict(column_config or {})
        for name in disabled_columns:
            entry = config.get(name)
            if isinstance(entry, str):
                entry = {"label": entry}
            config[name] = {**(entry or {}), "disabled": True}
        source = _make_source(data, hide_index, column_order, config, editable=True)
        element = Element()
        proto = element.data_editor
        _fill(proto, source, width, height, use_container_width, row_height)
        proto.can_add_rows = num_rows in ("dynamic", "add")
        proto.can_delete_rows = num_rows in ("dynamic", "delete")
        # With a key, edits survive changes of the values (not of the shape), as in Streamlit.
        identity: tuple[Any, ...] = (
            (_schema_signature(source, num_rows), num_rows)
            if key is not None
            else (source.source_id, num_rows)
        )
        call = WidgetCall(
            self,
            kind="data_editor",
            label="",
            identity=identity,
            key=key,
            default=empty_edits(),
            deserialize=lambda s: parse_edits(_json_of(s)),
            has_explicit_default=False,
            writes_allowed=False,
            disabled=disabled is True,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            validate=lambda v: edit_problem(
                source.frame,
                v,
                can_add_rows=proto.can_add_rows,
                can_delete_rows=proto.can_delete_rows,
                read_only=_read_only_columns(config),
            ),
        )
        proto.info.CopyFrom(call.info)
        proto.value_json = edits_json(call.shown)
        _place(self, element, source)
        edited = apply_edits(source.frame, call.value)
        return from_frame(edited, source.format, data)

    # -- add_rows -----------------------------------------------------------------------------

    def add_rows(self: _DG, data: Any = None, **kwargs: Any) -> _DG | None:
        """Append rows to the dataframe or table this handle shows (same columns)."""
        import numpy as np

        from dataapp.proto.forward_pb2 import ForwardMsg

        from .source import FIRST_WINDOW_ROWS, to_frame

        if data is None and len(kwargs) == 1:
            data = next(iter(kwargs.values()))
        elif kwargs:
            raise APIError("add_rows takes one data argument (a frame with the same columns).")
        ctx = get_run_context()
        path = self._slot_path
        if ctx is None or path is None:
            return self
        found = ctx.data_sources.source_at(path)
        if found is None:
            raise APIError(
                "add_rows works on the handle returned by st.dataframe or st.table "
                "(e.g. `chart = st.dataframe(df)` then `chart.add_rows(more)`)."
            )
        _, kept = found
        from .lazy import LazyTable

        if isinstance(kept, LazyTable):
            raise APIError(
                "add_rows cannot append to a table kept as a query (a Parquet file, a pyarrow "
                "Dataset or a DuckDB relation): show a DataFrame to append rows to it."
            )
        previous = cast("FrameSource", kept)
        rows, _, _ = to_frame(data)
        if len(rows) == 0:
            return self
        source = previous.appended(rows)
        ctx.check_interrupt()
        ctx.data_sources.register(source.source_id, source)
        ctx.data_sources.attach(source.source_id, path, ctx.run_id)
        msg = ForwardMsg()
        msg.delta.path.extend(path)
        msg.delta.fragment_id = ctx.fragment_id
        added = msg.delta.add_rows
        added.source_id = source.source_id
        added.row_count = source.row_count
        old_count = previous.row_count
        inline_end = min(source.row_count, FIRST_WINDOW_ROWS)
        if old_count < inline_end:
            # Rows that belong in the inline first window travel along (no round trip).
            added.rows.CopyFrom(
                source.window(
                    np.arange(old_count, inline_end), old_count, source.row_count, identity=True
                )
            )
        ctx.enqueue(msg)
        return self


def _selection_modes(value: SelectionMode | Iterable[SelectionMode]) -> list[str]:
    modes: list[str] = [value] if isinstance(value, str) else list(value)
    for mode in modes:
        if mode not in _SELECTION_MODES:
            raise APIError(
                f"Unknown selection_mode {mode!r}: use 'single-row', 'multi-row', "
                "'single-column' or 'multi-column'."
            )
    if {"single-row", "multi-row"} <= set(modes) or {"single-column", "multi-column"} <= set(modes):
        raise APIError("selection_mode may not have both the single and the multi variant.")
    return modes


def _schema_signature(source: FrameSource, num_rows: str) -> str:
    frame = source.frame
    parts = [
        repr([(str(c), str(t)) for c, t in frame.dtypes.items()]),
        type(frame.index).__name__,
        repr(list(frame.index.names)),
        repr([(c.key, c.config.disabled) for c in source.columns]),
    ]
    if num_rows == "fixed":
        parts.append(str(len(frame)))
    return "|".join(parts)


# -- shared -------------------------------------------------------------------------------------


def _make_source(
    data: Any,
    hide_index: bool | None,
    column_order: Iterable[str] | None,
    column_config: Mapping[Any, Any] | None,
    *,
    editable: bool,
) -> FrameSource:
    from .source import FrameSource, to_frame

    frame, fmt, styler = to_frame(data)
    spec = _display_spec(hide_index, column_order, column_config, editable=editable)
    return FrameSource(frame, fmt, spec, styler)


def _shown_source(
    data: Any,
    hide_index: bool | None,
    column_order: Iterable[str] | None,
    column_config: Mapping[Any, Any] | None,
) -> FrameSource | LazyTable:
    """What st.dataframe and st.table keep: a query for Parquet files, pyarrow Datasets and
    DuckDB relations over files (docs/data.md, "Tables kept as queries"), else a frame."""
    from .lazy import lazy_table, loaded

    spec = _display_spec(hide_index, column_order, column_config, editable=False)
    lazy = lazy_table(data, spec)
    if lazy is not None:
        return lazy
    return _make_source(loaded(data), hide_index, column_order, column_config, editable=False)


def _display_spec(
    hide_index: bool | None,
    column_order: Iterable[str] | None,
    column_config: Mapping[Any, Any] | None,
    *,
    editable: bool,
) -> DisplaySpec:
    from .source import DisplaySpec

    order = None
    if column_order is not None:
        order = (column_order,) if isinstance(column_order, str) else tuple(column_order)
    return DisplaySpec(
        hide_index=hide_index,
        column_order=tuple(str(c) for c in order) if order is not None else None,
        column_config=column_config,
        editable=editable,
    )


def _fill(
    proto: DataFrameProto,
    source: FrameSource | LazyTable,
    width: Width = None,
    height: Height = None,
    use_container_width: bool | None = None,
    row_height: int | None = None,
) -> None:
    proto.source_id = source.source_id
    proto.row_count = source.row_count
    proto.columns.extend(column.proto() for column in source.columns)
    proto.first_window.CopyFrom(source.first_window())
    proto.styled = source.styler is not None
    if row_height:
        proto.row_height = int(row_height)
    _dimensions(proto, width, height, use_container_width)


def _place(dg: _DG, element: Element, source: FrameSource | LazyTable) -> _DG:
    """Keep the source in the session and place the element; returns the slot's handle."""
    ctx = get_run_context()
    registry = ctx.data_sources if ctx is not None else None
    if registry is not None:
        # Kept before the element leaves, so the page's first request finds it.
        registry.register(source.source_id, source)
    handle = dg._enqueue_element(element)
    path = handle._slot_path
    if registry is not None and ctx is not None and path is not None:
        registry.attach(source.source_id, path, ctx.run_id)
    return handle
