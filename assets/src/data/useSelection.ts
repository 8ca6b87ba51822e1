// Which rows and columns are selected: st.dataframe's selection lives in the widget value (a
// click commits it and reruns the app); st.data_editor's checked rows, the ones the delete
// button removes, live only in the page until they are deleted.
import { useState } from "preact/hooks";
import type { DataColumn } from "../proto/data_pb";
import type { WidgetHandle } from "../widgets/useWidget";
import type { ViewRow } from "./gridValues";
import {
  NO_SELECTION,
  checkedId,
  parseSelection,
  selectionJson,
  toggleChecked,
  toggleColumn,
  toggleRow,
  type Selection,
  type SelectionModes,
} from "./selection";

export interface GridSelection {
  /** The frame's selected rows and columns (st.dataframe with on_select). */
  readonly selection: Selection;
  /** The editor's checked rows (selection.ts's ids). */
  readonly checked: ReadonlySet<string>;
  readonly clearChecked: () => void;
  readonly isRowSelected: (row: ViewRow) => boolean;
  readonly isColumnSelected: (column: DataColumn) => boolean;
  /** A row's box was clicked: checks it in the editor, selects it in a dataframe. */
  readonly toggleRow: (row: ViewRow) => void;
  readonly toggleColumn: (column: DataColumn | undefined) => void;
}

/** `json` is the widget's value; `isWidget` is false for a dataframe without on_select. */
export function useSelection(
  widget: WidgetHandle,
  json: string,
  modes: SelectionModes,
  options: { editable: boolean; isWidget: boolean },
): GridSelection {
  const { editable } = options;
  const selection = options.isWidget && !editable ? parseSelection(json) : NO_SELECTION;
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const commitSelection = (next: Selection) => widget.set({ case: "jsonValue", value: selectionJson(next) });

  return {
    selection,
    checked,
    clearChecked: () => setChecked(new Set()),
    isRowSelected: ({ position, added }) => {
      if (editable) {
        const id = checkedId(position, added);
        return id !== null && checked.has(id);
      }
      return position !== null && selection.rows.includes(position);
    },
    isColumnSelected: (column) => modes.colSelect && selection.columns.includes(column.key),
    toggleRow: ({ position, added }) => {
      if (editable) {
        const id = checkedId(position, added);
        if (id !== null) setChecked(toggleChecked(checked, id));
        return;
      }
      if (position !== null) commitSelection(toggleRow(selection, position, modes.multiRow));
    },
    toggleColumn: (column) => {
      if (column === undefined || column.isIndex) return;
      commitSelection(toggleColumn(selection, column.key, modes.multiCol));
    },
  };
}
