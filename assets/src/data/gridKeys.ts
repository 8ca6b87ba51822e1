// What keys do in the grid: arrows, page keys, Home and End move the active cell (moveTarget,
// pure); Enter or F2 edits it, Space toggles, Delete clears or deletes checked rows, and typing
// a character starts editing with it (gridKeyHandler).
import type { RefObject } from "preact";
import type { Presentation } from "./format";
import type { Editor } from "./useEditor";

export interface Cell {
  readonly row: number;
  readonly column: number;
}

export interface GridExtent {
  readonly rows: number;
  readonly columns: number;
  /** Rows a page key moves by. */
  readonly pageRows: number;
}

/** Where a navigation key moves the active cell, or null when `key` is not one. */
export function moveTarget(key: string, ctrl: boolean, from: Cell, grid: GridExtent): Cell | null {
  switch (key) {
    case "ArrowDown":
      return { row: Math.min(grid.rows - 1, from.row + 1), column: from.column };
    case "ArrowUp":
      return { row: Math.max(0, from.row - 1), column: from.column };
    case "ArrowRight":
      return { row: from.row, column: Math.min(grid.columns - 1, from.column + 1) };
    case "ArrowLeft":
      return { row: from.row, column: Math.max(0, from.column - 1) };
    case "PageDown":
      return { row: Math.min(grid.rows - 1, from.row + grid.pageRows), column: from.column };
    case "PageUp":
      return { row: Math.max(0, from.row - grid.pageRows), column: from.column };
    case "Home":
      return ctrl ? { row: 0, column: from.column } : { row: from.row, column: 0 };
    case "End":
      return ctrl ? { row: grid.rows - 1, column: from.column } : { row: from.row, column: grid.columns - 1 };
    default:
      return null;
  }
}

export interface KeyTargets {
  readonly gridRef: RefObject<HTMLDivElement | null>;
  /** Keys are the editor's while a cell is edited, and a static table has none. */
  readonly ignore: boolean;
  readonly extent: GridExtent;
  readonly active: Cell | null;
  /** The first visible row: where the keys start when no cell is active. */
  readonly firstVisible: number;
  readonly kinds: readonly Presentation[];
  readonly editable: boolean;
  readonly rowBoxes: boolean;
  readonly hasChecked: boolean;
  readonly setActive: (cell: Cell) => void;
  readonly ensureVisible: (row: number) => void;
  readonly toggleRow: (row: number) => void;
  readonly editor: Pick<Editor, "canEdit" | "startEditing" | "writeCell" | "deleteChecked">;
}

/** The grid's keydown handling once the grid itself (not an editor or a box) has the focus. */
export function gridKeyHandler(t: KeyTargets): (e: KeyboardEvent) => void {
  return (e) => {
    if (t.ignore || e.target !== t.gridRef.current) return;
    const { active, kinds, editor } = t;
    const next = moveTarget(e.key, e.ctrlKey, active ?? { row: t.firstVisible, column: 0 }, t.extent);
    if (next !== null) {
      e.preventDefault();
      if (next.row < 0) return;
      t.setActive(next);
      t.ensureVisible(next.row);
      return;
    }
    switch (e.key) {
      case "Enter":
      case "F2":
        if (active) editor.startEditing(active.row, active.column);
        e.preventDefault();
        return;
      case " ":
        if (active && (kinds[active.column] === "checkbox" || t.rowBoxes)) {
          if (kinds[active.column] === "checkbox" && editor.canEdit(active.row, active.column)) editor.startEditing(active.row, active.column);
          else if (t.rowBoxes) t.toggleRow(active.row);
          e.preventDefault();
        }
        return;
      case "Delete":
      case "Backspace":
        if (t.editable && t.hasChecked) editor.deleteChecked();
        else if (active && editor.canEdit(active.row, active.column) && kinds[active.column] !== "checkbox") editor.writeCell(active.row, active.column, null);
        e.preventDefault();
        return;
      default:
        if (active && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && editor.canEdit(active.row, active.column)) {
          const k = kinds[active.column] ?? "text";
          if (k !== "checkbox" && k !== "select") {
            editor.startEditing(active.row, active.column, e.key);
            e.preventDefault();
          }
        }
        return;
    }
  };
}
