// How wide each column is: a width from st.column_config or from the first rows' text, and
// spare room of a grid as wide as its container spread over the data columns. Pure.
import type { DataColumn } from "../proto/data_pb";
import type { Presentation } from "./format";

const WIDTHS: Record<string, number> = { small: 75, medium: 200, large: 400 };

/** A column's width from its configured width, or from its name and sample texts. */
export function columnWidth(column: DataColumn, sample: readonly string[], kind: Presentation): number {
  const configured = column.config?.width ?? "";
  if (configured) return WIDTHS[configured] ?? (Number(configured) > 0 ? Number(configured) : 150);
  if (kind === "checkbox") return Math.max(70, column.name.length * 8 + 36);
  if (kind === "image") return 80;
  if (kind === "chart") return 120;
  if (kind === "progress") return 150;
  const longest = sample.reduce((n, s) => Math.max(n, s.length), column.name.length + 2);
  return Math.round(Math.min(320, Math.max(column.isIndex ? 48 : 70, longest * 7.6 + 26)));
}

export interface Spread {
  /** Each column's shown width. */
  readonly shown: readonly number[];
  /** Each column's left edge (after the row-selection boxes), for pinned columns. */
  readonly lefts: readonly number[];
  readonly totalWidth: number;
}

/**
 * The shown widths: `available` pixels beyond the natural widths go to the `growable` columns
 * in proportion to their widths (0 when the grid is not stretched or has no room to spare).
 */
export function spreadColumns(widths: readonly number[], growable: readonly boolean[], boxWidth: number, available: number): Spread {
  const natural = widths.reduce((a, b) => a + b, boxWidth);
  const growWidth = widths.reduce((sum, w, j) => sum + (growable[j] ? w : 0), 0);
  const spare = available > natural && growWidth > 0 ? available - natural : 0;
  const shown = widths.map((w, j) => (growable[j] ? Math.floor(w + (spare * w) / growWidth) : w));
  const lefts: number[] = [];
  let totalWidth = boxWidth;
  for (const w of shown) {
    lefts.push(totalWidth);
    totalWidth += w;
  }
  return { shown, lefts, totalWidth };
}
