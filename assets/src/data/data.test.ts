import { describe, expect, it } from "vitest";
import { create } from "@bufbuild/protobuf";
import {
  AddRowsSchema,
  ColumnConfigSchema,
  ColumnConfig_Type,
  DataColumnSchema,
  DataColumn_Kind,
  DataFrameSchema,
  DataValuesSchema,
  DataWindowSchema,
} from "../proto/data_pb";
import { ElementSchema } from "../proto/element_pb";
import { IntArraySchema, StringArraySchema } from "../proto/widgets_pb";
import { MAX_SCROLL_PX, geometry, isScaled, scrollFromVirtual, virtualFromScroll, visibleRows } from "./scroll";
import { RowCache, loadWindow, positionOf, valueOf } from "./rowCache";
import { cellStyle, defaultFloat, formatCell, formatNumber, formatTemporal, linkText, safeUrl } from "./format";
import { NO_EDITS, addRow, deleteRows, editedValue, editsJson, parseEdits, setAddedCell, setCell } from "./edits";
import { withAddedRows } from "./addRows";
import { parseInput } from "./cells";

const ints = (...data: number[]) => create(DataValuesSchema, { values: { case: "ints", value: create(IntArraySchema, { data: data.map(BigInt) }) } });
const strings = (...data: string[]) => create(DataValuesSchema, { values: { case: "strings", value: create(StringArraySchema, { data }) } });

describe("virtual scrolling", () => {
  it("maps the scroll bar linearly onto 10 million rows and reaches the last one", () => {
    const g = geometry(10_000_000, 35, 350);
    expect(isScaled(g)).toBe(true);
    expect(g.physicalHeight).toBe(MAX_SCROLL_PX);
    const bottom = g.physicalHeight - g.viewport;
    const top = virtualFromScroll(g, bottom);
    expect(top).toBe(g.virtualHeight - g.viewport);
    const rows = visibleRows(top, 35, 350, 10_000_000);
    expect(rows.end).toBe(10_000_000);
    expect(scrollFromVirtual(g, top)).toBeCloseTo(bottom);
    expect(virtualFromScroll(g, 0)).toBe(0);
  });

  it("scrolls by real pixels when nothing needs scaling", () => {
    const g = geometry(100, 35, 350);
    expect(isScaled(g)).toBe(false);
    expect(virtualFromScroll(g, 123)).toBe(123);
    const rows = visibleRows(123, 35, 350, 100);
    expect(rows.first).toBe(3);
    expect(rows.offset).toBe(18);
    expect(rows.end).toBe(15);
  });
});

describe("row cache", () => {
  const window = (start: number, values: number[], positions: number[] = []) =>
    loadWindow(create(DataWindowSchema, { start: BigInt(start), positions: positions.map(BigInt), columns: [ints(...values)] }));

  it("finds rows in windows and says which are missing", () => {
    const cache = new RowCache([window(0, [10, 11, 12])]);
    cache.add(window(100, [5, 6], [7, 3]), 0);
    const ref = cache.row(101);
    expect(ref && valueOf(ref, 0)).toBe(6);
    expect(ref && positionOf(ref)).toBe(3);
    expect(cache.row(1) && positionOf(cache.row(1)!)).toBe(1);
    expect(cache.missing(0, 3)).toBeNull();
    expect(cache.missing(0, 10)).toEqual([3, 10]);
  });

  it("marks missing values", () => {
    const values = ints(1, 0, 3);
    values.missing = [1];
    const loaded = loadWindow(create(DataWindowSchema, { columns: [values] }));
    expect(valueOf({ window: loaded, index: 1 }, 0)).toBeNull();
    expect(valueOf({ window: loaded, index: 2 }, 0)).toBe(3);
  });
});

describe("formats", () => {
  const column = (kind: DataColumn_Kind, format = "", type = ColumnConfig_Type.AUTO) =>
    create(DataColumnSchema, { kind, config: create(ColumnConfigSchema, { format, type }) });

  it("shows floats with at most four decimals and integers plainly", () => {
    expect(defaultFloat(0.637)).toBe("0.637");
    expect(defaultFloat(0.63696)).toBe("0.637");
    expect(defaultFloat(2)).toBe("2");
    expect(formatCell(1000000, column(DataColumn_Kind.INTEGER))).toBe("1000000");
    expect(formatCell(12345678901234567890n, column(DataColumn_Kind.INTEGER))).toBe("12345678901234567890");
  });

  it("applies printf formats and presets", () => {
    expect(formatNumber(3.14159, "%.2f", false)).toBe("3.14");
    expect(formatNumber(0.256, "percent", false)).toMatch(/^25\.6\s?%$/);
    expect(formatNumber(1200.5, "dollar", false)).toBe("$1,200.50");
    expect(formatNumber(1234, "%d items", true)).toBe("1234 items");
  });

  it("formats dates with moment.js-style patterns", () => {
    expect(formatTemporal("2025-02-14", "date", "MMM D, YYYY")).toBe("Feb 14, 2025");
    expect(formatTemporal("2024-01-02T03:04:05", "datetime", "")).toBe("2024-01-02 03:04:05");
    expect(formatTemporal("2024-01-02T15:04:05", "datetime", "ddd h:mm A [at] Do")).toBe("Tue 3:04 PM at 2nd");
    expect(formatTemporal("13:30:00", "time", "HH:mm")).toBe("13:30");
  });

  it("keeps links and styles safe", () => {
    expect(linkText("https://example.com/review", "https://example\\.com/(.*)")).toBe("review");
    expect(linkText("https://x.org", "Open")).toBe("Open");
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("data:image/png;base64,AA", true)).toBe("data:image/png;base64,AA");
    expect(cellStyle("background-color: red; position: fixed; color: url(x)")).toEqual({ "background-color": "red" });
  });
});

describe("editor state", () => {
  it("edits cells, adds and deletes rows", () => {
    let s = setCell(NO_EDITS, 2, "a", 5);
    expect(editedValue(s, 2, "a")).toBe(5);
    expect(editedValue(s, 2, "b")).toBeUndefined();
    s = addRow(s, { a: 1 });
    s = setAddedCell(s, 0, "b", "x");
    expect(s.added_rows).toEqual([{ a: 1, b: "x" }]);
    s = deleteRows(s, [2, 4], [0]);
    expect(s).toEqual({ edited_rows: {}, added_rows: [], deleted_rows: [2, 4] });
    expect(parseEdits(editsJson(s))).toEqual(s);
  });

  it("reads what the user typed as the column's type", () => {
    const number = create(DataColumnSchema, { kind: DataColumn_Kind.INTEGER, config: create(ColumnConfigSchema, { maxValue: 10 }) });
    expect(parseInput("7.6", number, "number")).toEqual({ ok: true, value: 8 });
    expect(parseInput("99", number, "number")).toEqual({ ok: true, value: 10 });
    expect(parseInput("abc", number, "number").ok).toBe(false);
    expect(parseInput("", number, "number")).toEqual({ ok: true, value: null });
  });
});

describe("add_rows", () => {
  it("appends rows that belong in the first window and takes the new source id", () => {
    const first = create(DataWindowSchema, { sourceId: "old", viewRowCount: 2n, columns: [ints(1, 2), strings("a", "b")] });
    const frame = create(DataFrameSchema, { sourceId: "old", rowCount: 2n, firstWindow: first });
    const element = create(ElementSchema, { type: { case: "dataframe", value: frame } });
    const rows = create(DataWindowSchema, { start: 2n, columns: [ints(3), strings("c")] });
    rows.columns[1]!.missing = [0];
    const grown = withAddedRows(element, create(AddRowsSchema, { sourceId: "new", rowCount: 3n, rows }));
    if (grown.type.case !== "dataframe") throw new Error("not a dataframe");
    expect(grown.type.value.sourceId).toBe("new");
    expect(grown.type.value.rowCount).toBe(3n);
    const loaded = loadWindow(grown.type.value.firstWindow!);
    expect(loaded.count).toBe(3);
    expect(valueOf({ window: loaded, index: 2 }, 0)).toBe(3);
    expect(valueOf({ window: loaded, index: 2 }, 1)).toBeNull();
  });
});
