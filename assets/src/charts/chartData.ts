// The rows of a chart's named data, from the columns they travel in (ChartDataset). Pure
// functions; add_rows is in addRows.ts (part of the page's core, which applies deltas).
import type { DataValues } from "../proto/data_pb";
import type { ChartDataset } from "../proto/charts_pb";

export type Row = Record<string, unknown>;

export function columnLength(values: DataValues): number {
  return values.values.case === undefined ? 0 : values.values.value.data.length;
}

/** One column's values as JavaScript values (missing: null; 64-bit integers: numbers). */
export function columnValues(values: DataValues): unknown[] {
  const v = values.values;
  let out: unknown[];
  switch (v.case) {
    case "doubles":
    case "strings":
    case "bools":
      out = [...v.value.data];
      break;
    case "ints":
      out = v.value.data.map((n) => Number(n));
      break;
    default:
      out = [];
  }
  for (const index of values.missing) if (index < out.length) out[index] = null;
  return out;
}

/** The rows of a dataset, as Vega wants them: one object per row. */
export function datasetRows(dataset: ChartDataset): Row[] {
  const names = dataset.columnNames;
  const columns = dataset.columns.map(columnValues);
  const length = dataset.columns.reduce((n, c) => Math.max(n, columnLength(c)), 0);
  const rows: Row[] = new Array(length);
  for (let r = 0; r < length; r++) {
    const row: Row = {};
    for (let c = 0; c < names.length; c++) row[names[c] as string] = columns[c]?.[r] ?? null;
    rows[r] = row;
  }
  return rows;
}

/** A fingerprint of the datasets' content: charts redraw when it changes, not when only the
 * selection they report came back from the server. */
export function datasetsKey(datasets: readonly ChartDataset[]): string {
  let hash = 2166136261;
  const mix = (n: number) => {
    hash ^= n;
    hash = Math.imul(hash, 16777619) >>> 0;
  };
  const mixText = (s: string) => {
    for (let i = 0; i < s.length; i++) mix(s.charCodeAt(i));
    mix(0x1f);
  };
  const scratch = new Float64Array(1);
  const words = new Uint32Array(scratch.buffer);
  let count = 0;
  for (const dataset of datasets) {
    mixText(dataset.name);
    for (const name of dataset.columnNames) mixText(name);
    for (const column of dataset.columns) {
      const v = column.values;
      mixText(v.case ?? "");
      for (const m of column.missing) mix(m);
      if (v.case === "doubles") {
        for (const d of v.value.data) {
          scratch[0] = d;
          mix(words[0] as number);
          mix(words[1] as number);
        }
      } else if (v.case === "strings") {
        for (const s of v.value.data) mixText(s);
      } else if (v.case === "bools") {
        for (const b of v.value.data) mix(b ? 1 : 2);
      } else if (v.case === "ints") {
        for (const i of v.value.data) mixText(i.toString());
      }
      count += columnLength(column);
    }
  }
  return `${count}:${hash.toString(36)}`;
}
