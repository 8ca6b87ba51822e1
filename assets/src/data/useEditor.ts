// st.data_editor's changes: editing a cell in place (a draft until Enter, Tab or leaving it),
// toggling a checkbox cell, adding and deleting rows. Each change commits the whole edit state
// (edits.ts) as the widget's value. Outside the editor nothing is editable.
import { useState } from "preact/hooks";
import type { RefObject } from "preact";
import type { DataColumn } from "../proto/data_pb";
import type { WidgetHandle } from "../widgets/useWidget";
import type { Presentation } from "./format";
import { addRow, changesValue, deleteRows, editsJson, setAddedCell, setCell, type EditState, type JsonValue } from "./edits";
import { defaultsOf, isEditableKind, parseInput } from "./cells";
import { checkedRows } from "./selection";
import type { GridValues } from "./gridValues";
import type { Cell } from "./gridKeys";

export interface EditingCell extends Cell {
  readonly draft: string;
}

export interface EditorSetup {
  readonly editable: boolean;
  readonly disabled: boolean;
  readonly edits: EditState;
  readonly widget: WidgetHandle;
  readonly columns: readonly DataColumn[];
  readonly kinds: readonly Presentation[];
  readonly values: GridValues;
  readonly totalRows: number;
  /** Rows checked for deleting (selection.ts), and how to uncheck them all. */
  readonly checked: ReadonlySet<string>;
  readonly clearChecked: () => void;
  readonly setActive: (cell: Cell) => void;
  readonly gridRef: RefObject<HTMLDivElement | null>;
  readonly moveTo: (virtualTop: number) => void;
}

export interface Editor {
  /** The cell being edited, with what its editor holds. */
  readonly editing: EditingCell | null;
  readonly setDraft: (draft: string) => void;
  readonly canEdit: (viewRow: number, column: number) => boolean;
  readonly writeCell: (viewRow: number, column: number, value: JsonValue) => void;
  /** Opens the cell's editor (with `initial` as its text, for typing over it); a checkbox flips. */
  readonly startEditing: (viewRow: number, column: number, initial?: string) => void;
  /** Closes the editor, saving its value if asked, and moves the active cell `move` rows. */
  readonly finishEditing: (save: boolean, move?: number) => void;
  readonly addNewRow: () => void;
  readonly deleteChecked: () => void;
}

export function useEditor(setup: EditorSetup): Editor {
  const { editable, edits, widget, columns, kinds, values } = setup;
  const [editing, setEditing] = useState<EditingCell | null>(null);

  const commitEdits = (next: EditState) => widget.set({ case: "jsonValue", value: editsJson(next) });

  const canEdit = (viewRow: number, column: number): boolean => {
    const c = columns[column];
    if (!editable || c === undefined || setup.disabled || c.config?.disabled) return false;
    const { added } = values.rowAt(viewRow);
    if (c.isIndex) return added !== null;
    return isEditableKind(kinds[column]);
  };

  const writeCell = (viewRow: number, column: number, value: JsonValue) => {
    const c = columns[column];
    if (c === undefined) return;
    const { position, added } = values.rowAt(viewRow);
    if (added !== null) commitEdits(setAddedCell(edits, added, c.key, value));
    else if (position !== null) commitEdits(setCell(edits, position, c.key, value));
  };

  const startEditing = (row: number, column: number, initial?: string) => {
    if (!canEdit(row, column)) return;
    const c = columns[column];
    if (c === undefined) return;
    const k = kinds[column] ?? "text";
    if (k === "checkbox") {
      const v = values.cellValue(row, column).value;
      writeCell(row, column, !(v === true));
      return;
    }
    const { value } = values.cellValue(row, column);
    const draft = initial ?? (value === null ? "" : String(value));
    setEditing({ row, column, draft });
  };

  const finishEditing = (save: boolean, move: number = 0) => {
    const e = editing;
    setEditing(null);
    if (e !== null && save) {
      const c = columns[e.column];
      if (c !== undefined) {
        const parsed = parseInput(e.draft, c, kinds[e.column] ?? "text");
        if (parsed.ok && changesValue(values.cellValue(e.row, e.column).value, parsed.value)) writeCell(e.row, e.column, parsed.value);
      }
      if (move !== 0) setup.setActive({ row: Math.min(setup.totalRows - 1, Math.max(0, e.row + move)), column: e.column });
    }
    setup.gridRef.current?.focus();
  };

  return {
    editing,
    setDraft: (draft) => {
      if (editing !== null) setEditing({ ...editing, draft });
    },
    canEdit,
    writeCell,
    startEditing,
    finishEditing,
    addNewRow: () => {
      commitEdits(addRow(edits, defaultsOf(columns)));
      // Show the new row: scroll to the end once it exists.
      window.setTimeout(() => setup.moveTo(Number.MAX_SAFE_INTEGER), 0);
    },
    deleteChecked: () => {
      const { positions, added } = checkedRows(setup.checked);
      setup.clearChecked();
      commitEdits(deleteRows(edits, positions, added));
    },
  };
}
