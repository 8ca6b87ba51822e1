// What a view row and a cell of the grid hold: a row of the frame (from the row cache) or a row
// the editor added after them, and a cell's value with the editor's edit over it. Pure.
import type { DataColumn } from "../proto/data_pb";
import type { CellValue } from "./format";
import { positionOf, valueOf, type RowCache, type RowRef } from "./rowCache";
import { editedValue, type EditState } from "./edits";

export interface ViewRow {
  /** The row's place in the cache; null for an added row or one not loaded yet. */
  readonly ref: RowRef | null;
  /** The row's position in the frame; null for an added row or one not loaded yet. */
  readonly position: number | null;
  /** Index into the editor's added rows, for the rows after the frame's. */
  readonly added: number | null;
}

export interface CellState {
  readonly value: CellValue;
  readonly loaded: boolean;
  readonly edited: boolean;
}

export class GridValues {
  constructor(
    private readonly cache: RowCache,
    /** Rows of the view before the added ones. */
    private readonly baseRows: number,
    private readonly columns: readonly DataColumn[],
    /** The editor's edits; NO_EDITS outside st.data_editor. */
    private readonly edits: EditState,
  ) {}

  rowAt(viewRow: number): ViewRow {
    if (viewRow >= this.baseRows) return { ref: null, position: null, added: viewRow - this.baseRows };
    const ref = this.cache.row(viewRow);
    return { ref, position: ref === null ? null : positionOf(ref), added: null };
  }

  cellValue(viewRow: number, column: number): CellState {
    const c = this.columns[column];
    if (c === undefined) return { value: null, loaded: false, edited: false };
    const { ref, position, added } = this.rowAt(viewRow);
    if (added !== null) {
      const v = this.edits.added_rows[added]?.[c.key];
      return { value: v === undefined ? null : v, loaded: true, edited: v !== undefined };
    }
    if (ref === null || position === null) return { value: null, loaded: false, edited: false };
    const e = editedValue(this.edits, position, c.key);
    if (e !== undefined) return { value: e, loaded: true, edited: true };
    return { value: valueOf(ref, column), loaded: true, edited: false };
  }
}
