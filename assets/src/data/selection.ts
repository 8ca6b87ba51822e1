// Row and column selection: st.dataframe's selection as the widget value holds it (positions of
// the frame and column keys, JSON), and the rows checked in st.data_editor for deleting. Pure.
import { DataFrame_SelectionMode } from "../proto/data_pb";

export interface Selection {
  readonly rows: readonly number[];
  readonly columns: readonly string[];
}

export const NO_SELECTION: Selection = { rows: [], columns: [] };

export interface SelectionModes {
  readonly rowSelect: boolean;
  readonly multiRow: boolean;
  readonly colSelect: boolean;
  readonly multiCol: boolean;
}

export function selectionModes(modes: readonly DataFrame_SelectionMode[]): SelectionModes {
  return {
    rowSelect: modes.includes(DataFrame_SelectionMode.SINGLE_ROW) || modes.includes(DataFrame_SelectionMode.MULTI_ROW),
    multiRow: modes.includes(DataFrame_SelectionMode.MULTI_ROW),
    colSelect: modes.includes(DataFrame_SelectionMode.SINGLE_COLUMN) || modes.includes(DataFrame_SelectionMode.MULTI_COLUMN),
    multiCol: modes.includes(DataFrame_SelectionMode.MULTI_COLUMN),
  };
}

export function parseSelection(text: string): Selection {
  try {
    const raw = JSON.parse(text) as { selection?: { rows?: number[]; columns?: string[] } };
    return { rows: raw.selection?.rows ?? [], columns: raw.selection?.columns ?? [] };
  } catch {
    return { rows: [], columns: [] };
  }
}

export function selectionJson(selection: Selection): string {
  return JSON.stringify({ selection: { rows: [...selection.rows], columns: [...selection.columns] } });
}

/** Selects or unselects a row of the frame; a single-row selection holds at most one. */
export function toggleRow(selection: Selection, position: number, multi: boolean): Selection {
  const on = selection.rows.includes(position);
  const rows = on ? selection.rows.filter((r) => r !== position) : multi ? [...selection.rows, position].sort((a, b) => a - b) : [position];
  return { rows, columns: selection.columns };
}

/** Selects or unselects a column (by key); a single-column selection holds at most one. */
export function toggleColumn(selection: Selection, key: string, multi: boolean): Selection {
  const on = selection.columns.includes(key);
  const columns = on ? selection.columns.filter((k) => k !== key) : multi ? [...selection.columns, key] : [key];
  return { rows: selection.rows, columns };
}

/** A row checked in the editor: "p<position>" for a row of the frame, "a<index>" for an added one. */
export function checkedId(position: number | null, added: number | null): string | null {
  return added !== null ? `a${added}` : position !== null ? `p${position}` : null;
}

export function toggleChecked(checked: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(checked);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** The checked rows as deleteRows (edits.ts) takes them: frame positions and added-row indices. */
export function checkedRows(checked: ReadonlySet<string>): { positions: number[]; added: number[] } {
  const positions: number[] = [];
  const added: number[] = [];
  for (const id of checked) (id.startsWith("a") ? added : positions).push(Number(id.slice(1)));
  return { positions, added };
}
