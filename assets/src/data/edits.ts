// st.data_editor's value as Streamlit defines it: cell edits by frame position and column
// name, added rows, deleted positions. Pure functions on immutable objects (unit-tested); the
// widget store holds the JSON text.

export type JsonValue = string | number | boolean | null;

export interface EditState {
  /** Frame position (as text, JSON keys) → column key → new value. */
  readonly edited_rows: Readonly<Record<string, Readonly<Record<string, JsonValue>>>>;
  readonly added_rows: readonly Readonly<Record<string, JsonValue>>[];
  readonly deleted_rows: readonly number[];
}

export const NO_EDITS: EditState = { edited_rows: {}, added_rows: [], deleted_rows: [] };

export function parseEdits(text: string): EditState {
  try {
    const raw = JSON.parse(text) as Partial<EditState> | null;
    if (raw === null || typeof raw !== "object") return NO_EDITS;
    return {
      edited_rows: raw.edited_rows && typeof raw.edited_rows === "object" ? raw.edited_rows : {},
      added_rows: Array.isArray(raw.added_rows) ? raw.added_rows : [],
      deleted_rows: Array.isArray(raw.deleted_rows) ? raw.deleted_rows.map(Number) : [],
    };
  } catch {
    return NO_EDITS;
  }
}

/** Stable JSON (sorted keys), so the same edits always give the same text. */
export function editsJson(state: EditState): string {
  const sortKeys = (o: Readonly<Record<string, unknown>>): Record<string, unknown> =>
    Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
  const edited: Record<string, unknown> = {};
  for (const row of Object.keys(state.edited_rows).sort((a, b) => Number(a) - Number(b))) {
    const changes = state.edited_rows[row];
    if (changes !== undefined) edited[row] = sortKeys(changes);
  }
  return JSON.stringify({
    added_rows: state.added_rows.map(sortKeys),
    deleted_rows: [...state.deleted_rows].sort((a, b) => a - b),
    edited_rows: edited,
  });
}

/** The edited value of a cell of the frame, or undefined when it was not edited. */
export function editedValue(state: EditState, position: number, key: string): JsonValue | undefined {
  const row = state.edited_rows[String(position)];
  return row === undefined || !(key in row) ? undefined : row[key];
}

/** Whether writing `after` over `before` changes the cell (typing "3" over 3 does not). */
export function changesValue(before: JsonValue | bigint, after: JsonValue): boolean {
  return String(before ?? "") !== String(after ?? "") || (before === null) !== (after === null);
}

export function setCell(state: EditState, position: number, key: string, value: JsonValue): EditState {
  const row = { ...(state.edited_rows[String(position)] ?? {}), [key]: value };
  return { ...state, edited_rows: { ...state.edited_rows, [String(position)]: row } };
}

export function setAddedCell(state: EditState, index: number, key: string, value: JsonValue): EditState {
  const rows = state.added_rows.map((row, i) => (i === index ? { ...row, [key]: value } : row));
  return { ...state, added_rows: rows };
}

export function addRow(state: EditState, defaults: Readonly<Record<string, JsonValue>>): EditState {
  return { ...state, added_rows: [...state.added_rows, { ...defaults }] };
}

/** Deletes frame rows (positions) and added rows (indices into added_rows). */
export function deleteRows(state: EditState, positions: readonly number[], addedIndices: readonly number[] = []): EditState {
  const gone = new Set(addedIndices);
  const deleted = [...new Set([...state.deleted_rows, ...positions])].sort((a, b) => a - b);
  const edited: Record<string, Readonly<Record<string, JsonValue>>> = {};
  for (const [row, changes] of Object.entries(state.edited_rows)) if (!positions.includes(Number(row))) edited[row] = changes;
  return { edited_rows: edited, added_rows: state.added_rows.filter((_, i) => !gone.has(i)), deleted_rows: deleted };
}
