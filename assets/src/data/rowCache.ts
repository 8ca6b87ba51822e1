// The rows of one view of a kept frame (one sort/search/deleted-rows combination) that the
// page has: windows as the server sent them, looked up by view row. Bounded: the windows
// farthest from what is shown are dropped first.
import type { DataValues, DataWindow } from "../proto/data_pb";
import type { CellValue } from "./format";

export interface LoadedColumn {
  readonly values: readonly CellValue[];
  readonly missing: Uint8Array;
  readonly display: readonly string[] | null;
  readonly css: readonly string[] | null;
}

export interface LoadedWindow {
  readonly start: number;
  readonly count: number;
  /** Frame position of each row; null when row i is at position start + i. */
  readonly positions: readonly number[] | null;
  readonly columns: readonly LoadedColumn[];
}

export interface RowRef {
  readonly window: LoadedWindow;
  readonly index: number;
}

const MAX_WINDOWS = 40;

function column(values: DataValues, count: number): LoadedColumn {
  const missing = new Uint8Array(count);
  for (const i of values.missing) if (i < count) missing[i] = 1;
  const v = values.values;
  let list: readonly CellValue[];
  switch (v.case) {
    case "doubles":
      list = v.value.data;
      break;
    case "ints":
      list = v.value.data.map((n) => (n >= -9007199254740991n && n <= 9007199254740991n ? Number(n) : n));
      break;
    case "strings":
      list = v.value.data;
      break;
    case "bools":
      list = v.value.data;
      break;
    default:
      list = [];
  }
  return {
    values: list,
    missing,
    display: values.display.length > 0 ? values.display : null,
    css: values.css.length > 0 ? values.css : null,
  };
}

export function loadWindow(w: DataWindow): LoadedWindow {
  const start = Number(w.start);
  const count = w.columns.reduce((n, c) => {
    const v = c.values;
    return Math.max(n, v.case === undefined ? 0 : v.value.data.length);
  }, w.positions.length);
  return {
    start,
    count,
    positions: w.positions.length > 0 ? w.positions.map(Number) : null,
    columns: w.columns.map((c) => column(c, count)),
  };
}

/** Appends rows (add_rows) to a window that ends where they start. */
export function appendWindow(base: LoadedWindow, more: LoadedWindow): LoadedWindow {
  if (base.start + base.count !== more.start || base.positions !== null || more.positions !== null) return base;
  return {
    start: base.start,
    count: base.count + more.count,
    positions: null,
    columns: base.columns.map((c, i) => {
      const m = more.columns[i];
      if (m === undefined) return c;
      const missing = new Uint8Array(base.count + more.count);
      missing.set(c.missing, 0);
      missing.set(m.missing, base.count);
      const join = (a: readonly string[] | null, b: readonly string[] | null, n: number, k: number) =>
        a === null && b === null ? null : [...(a ?? Array<string>(n).fill("")), ...(b ?? Array<string>(k).fill(""))];
      return {
        values: [...c.values, ...m.values],
        missing,
        display: join(c.display, m.display, base.count, more.count),
        css: join(c.css, m.css, base.count, more.count),
      };
    }),
  };
}

export class RowCache {
  private windows: LoadedWindow[] = [];

  constructor(initial: readonly LoadedWindow[] = []) {
    this.windows = [...initial];
  }

  get size(): number {
    return this.windows.length;
  }

  add(window: LoadedWindow, near: number): void {
    if (window.count === 0) return;
    this.windows.push(window);
    if (this.windows.length > MAX_WINDOWS) {
      const distance = (w: LoadedWindow) => Math.abs(w.start + w.count / 2 - near);
      this.windows.sort((a, b) => distance(a) - distance(b));
      this.windows.length = MAX_WINDOWS;
    }
  }

  /** Keeps another cache's windows too (older first: this cache's own rows win). */
  absorb(other: RowCache): void {
    this.windows = [...other.windows, ...this.windows].slice(-MAX_WINDOWS);
  }

  row(viewRow: number): RowRef | null {
    // Newest first: a newer window replaces what an older one said about the same rows.
    for (let k = this.windows.length - 1; k >= 0; k--) {
      const w = this.windows[k];
      if (w !== undefined && viewRow >= w.start && viewRow < w.start + w.count) return { window: w, index: viewRow - w.start };
    }
    return null;
  }

  /** The smallest range inside [from, to) holding every row not loaded, or null if all are. */
  missing(from: number, to: number): [number, number] | null {
    let first = -1;
    let last = -1;
    for (let r = from; r < to; r++) {
      if (this.row(r) === null) {
        if (first < 0) first = r;
        last = r;
      }
    }
    return first < 0 ? null : [first, last + 1];
  }
}

export function positionOf(ref: RowRef): number {
  return ref.window.positions?.[ref.index] ?? ref.window.start + ref.index;
}

export function valueOf(ref: RowRef, column: number): CellValue {
  const c = ref.window.columns[column];
  if (c === undefined || c.missing[ref.index] === 1) return null;
  return c.values[ref.index] ?? null;
}
