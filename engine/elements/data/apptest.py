"""AppTest's views of data elements: `st.dataframe` (and its selections), `st.table`,
`st.data_editor` (edits staged as a user's). Used by the test's thread, between runs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from dataapp.elements.apptest_support import Element, Widget
from dataapp.proto.widgets_pb2 import WidgetState

from .wire import selection_state


class Dataframe(Element):
    """`st.dataframe`: `.value` is the shown frame (a pandas DataFrame, rows added included)."""

    serves = ("dataframe",)
    type = "arrow_data_frame"
    _repr_fields: ClassVar[tuple[str, ...]] = ("row_count",)

    @property
    def value(self) -> Any:
        return self.root.data_frame(str(self.proto.source_id))

    @property
    def row_count(self) -> int:
        return int(self.proto.row_count)


class Table(Dataframe):
    """`st.table`."""

    serves = ("table",)
    type = "arrow_table"


class SelectableDataframe(Dataframe, Widget):
    """`st.dataframe` with `on_select`: `.selection` is what the script got back
    ({"selection": {"rows": [...], "columns": [...]}}); `select_rows`/`select_columns` stage one."""

    serves = ("dataframe",)
    _repr_fields = ("key", "row_count", "selection")

    @property
    def value(self) -> Any:
        return Dataframe.value.fget(self)  # type: ignore[attr-defined]

    @property
    def selection(self) -> Any:
        return Widget.value.fget(self)  # type: ignore[attr-defined]

    def select_rows(self, rows: Sequence[int]) -> SelectableDataframe:
        columns = list(self.selection["selection"]["columns"])
        return self.set_value({"selection": {"rows": list(rows), "columns": columns}})

    def select_columns(self, columns: Sequence[str]) -> SelectableDataframe:
        rows = list(self.selection["selection"]["rows"])
        return self.set_value({"selection": {"rows": rows, "columns": list(columns)}})

    def _state_for(self, v: Any) -> WidgetState:
        return selection_state(self.id, v)


class DataEditor(Widget):
    """`st.data_editor`: `.value` is the edited frame (a DataFrame), `.edits` the editing state
    ({"edited_rows", "added_rows", "deleted_rows"}); `edit_cell`, `add_row`, `delete_rows` and
    `set_value(edits)` stage changes for the next run, as a user's edits would."""

    serves = ("data_editor",)
    type = "data_editor"
    _repr_fields = ("key", "row_count", "edits")

    @property
    def value(self) -> Any:
        from dataapp.elements.data.edits import apply_edits

        frame = self.root.data_frame(str(self.proto.source_id))
        return apply_edits(frame, self.edits)

    @property
    def edits(self) -> dict[str, Any]:
        value = Widget.value.fget(self)  # type: ignore[attr-defined]
        return dict(value) if isinstance(value, dict) else {}

    def edit_cell(self, row: int, column: str, value: Any) -> DataEditor:
        """Change the cell at frame position `row` of `column` ("_index" for the index)."""
        edits = self._copied_edits()
        edits["edited_rows"].setdefault(int(row), {})[str(column)] = value
        return self.set_value(edits)

    def add_row(self, values: dict[str, Any]) -> DataEditor:
        edits = self._copied_edits()
        edits["added_rows"].append(dict(values))
        return self.set_value(edits)

    def delete_rows(self, rows: Sequence[int]) -> DataEditor:
        edits = self._copied_edits()
        edits["deleted_rows"] = sorted({*edits["deleted_rows"], *(int(r) for r in rows)})
        return self.set_value(edits)

    def _copied_edits(self) -> dict[str, Any]:
        edits = self.edits
        return {
            "edited_rows": {k: dict(v) for k, v in (edits.get("edited_rows") or {}).items()},
            "added_rows": [dict(r) for r in edits.get("added_rows") or []],
            "deleted_rows": list(edits.get("deleted_rows") or []),
        }

    def _state_for(self, v: Any) -> WidgetState:
        from dataapp.elements.data.edits import edits_json

        return WidgetState(id=self.id, json_value=edits_json(v))
