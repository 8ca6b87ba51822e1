// Delta.add_rows applied to a dataframe or table element: it now names the longer frame (a new
// source id and row count), and rows that belong to the inline first window join it.
import type { AddRows, DataValues, DataWindow } from "../proto/data_pb";
import type { Element } from "../proto/element_pb";

function rowsIn(w: DataWindow): number {
  return w.columns.reduce((n, c) => Math.max(n, c.values.case === undefined ? 0 : c.values.value.data.length), 0);
}

function joinColumn(a: DataValues, b: DataValues, baseCount: number, moreCount: number): DataValues {
  const pad = (list: readonly string[], n: number) => (list.length > 0 ? list : Array<string>(n).fill(""));
  const values = (() => {
    if (a.values.case === "doubles" && b.values.case === "doubles")
      return { case: "doubles" as const, value: { ...a.values.value, data: [...a.values.value.data, ...b.values.value.data] } };
    if (a.values.case === "ints" && b.values.case === "ints")
      return { case: "ints" as const, value: { ...a.values.value, data: [...a.values.value.data, ...b.values.value.data] } };
    if (a.values.case === "strings" && b.values.case === "strings")
      return { case: "strings" as const, value: { ...a.values.value, data: [...a.values.value.data, ...b.values.value.data] } };
    if (a.values.case === "bools" && b.values.case === "bools")
      return { case: "bools" as const, value: { ...a.values.value, data: [...a.values.value.data, ...b.values.value.data] } };
    return b.values.case !== undefined && baseCount === 0 ? b.values : a.values;
  })();
  const styled = a.display.length + b.display.length > 0;
  const coloured = a.css.length + b.css.length > 0;
  return {
    ...a,
    values,
    missing: [...a.missing, ...b.missing.map((i) => i + baseCount)],
    display: styled ? [...pad(a.display, baseCount), ...pad(b.display, moreCount)] : [],
    css: coloured ? [...pad(a.css, baseCount), ...pad(b.css, moreCount)] : [],
  };
}

/** The first window with `more` (which starts where it ends) appended. */
export function joinWindows(base: DataWindow, more: DataWindow): DataWindow {
  const baseCount = rowsIn(base);
  const moreCount = rowsIn(more);
  const columns = more.columns.map((m, i) => {
    const b = base.columns[i];
    return b === undefined ? m : joinColumn(b, m, baseCount, moreCount);
  });
  return { ...base, sourceId: more.sourceId, viewRowCount: more.viewRowCount, columns };
}

export function withAddedRows(element: Element, added: AddRows): Element {
  const t = element.type;
  if (t.case !== "dataframe" && t.case !== "table") return element;
  const frame = t.value;
  let first = frame.firstWindow;
  if (first !== undefined && added.rows !== undefined && Number(added.rows.start) === rowsIn(first)) {
    first = joinWindows(first, added.rows);
  } else if (first !== undefined) {
    first = { ...first, sourceId: added.sourceId, viewRowCount: added.rowCount };
  }
  const value = { ...frame, sourceId: added.sourceId, rowCount: added.rowCount, firstWindow: first };
  return { ...element, type: t.case === "dataframe" ? { case: "dataframe", value } : { case: "table", value } };
}
