// The grid's pure logic that DataFrameView's hooks wire up: selection, the view asked for, the
// book of windows per view, column widths, keys, and cell values with the editor's edits.
import { describe, expect, it } from "vitest";
import { create } from "@bufbuild/protobuf";
import { ColumnConfigSchema, DataColumnSchema, DataFrame_SelectionMode, DataValuesSchema, DataWindowSchema } from "../proto/data_pb";
import { IntArraySchema } from "../proto/widgets_pb";
import { RowCache, loadWindow } from "./rowCache";
import { NO_EDITS, addRow, changesValue, setCell } from "./edits";
import { isEditableKind } from "./cells";
import { checkedId, checkedRows, parseSelection, selectionJson, selectionModes, toggleChecked, toggleColumn, toggleRow } from "./selection";
import { baseViewKey, nextSort, sourceOfViewKey, viewKeyOf, windowRequest } from "./query";
import { NEAR, OVERSCAN, RETRY_MS, ViewWindows } from "./viewWindows";
import { columnWidth, spreadColumns } from "./columns";
import { gridKeyHandler, moveTarget, type Cell, type KeyTargets } from "./gridKeys";
import { GridValues } from "./gridValues";

const ints = (...data: number[]) => create(DataValuesSchema, { values: { case: "ints", value: create(IntArraySchema, { data: data.map(BigInt) }) } });
const rowsWindow = (start: number, count: number, extra: { seq?: number; viewRowCount?: number; positions?: number[] } = {}) =>
  create(DataWindowSchema, {
    start: BigInt(start),
    seq: extra.seq ?? 0,
    viewRowCount: BigInt(extra.viewRowCount ?? 0),
    positions: (extra.positions ?? []).map(BigInt),
    columns: [ints(...Array.from({ length: count }, (_, i) => start + i))],
  });

describe("selection", () => {
  it("reads the modes the element allows", () => {
    expect(selectionModes([DataFrame_SelectionMode.MULTI_ROW, DataFrame_SelectionMode.SINGLE_COLUMN])).toEqual({
      rowSelect: true,
      multiRow: true,
      colSelect: true,
      multiCol: false,
    });
    expect(selectionModes([])).toEqual({ rowSelect: false, multiRow: false, colSelect: false, multiCol: false });
  });

  it("keeps multi-row selections sorted and single-row selections to one row", () => {
    let s = parseSelection('{"selection": {"rows": [4], "columns": ["a"]}}');
    s = toggleRow(s, 1, true);
    expect(s).toEqual({ rows: [1, 4], columns: ["a"] });
    expect(toggleRow(s, 4, true).rows).toEqual([1]);
    expect(toggleRow(s, 7, false).rows).toEqual([7]);
    expect(JSON.parse(selectionJson(s))).toEqual({ selection: { rows: [1, 4], columns: ["a"] } });
  });

  it("toggles columns by key", () => {
    const s = parseSelection('{"selection": {"rows": [], "columns": ["a"]}}');
    expect(toggleColumn(s, "b", true).columns).toEqual(["a", "b"]);
    expect(toggleColumn(s, "b", false).columns).toEqual(["b"]);
    expect(toggleColumn(s, "a", true).columns).toEqual([]);
  });

  it("reads a missing or broken selection as nothing selected", () => {
    expect(parseSelection("")).toEqual({ rows: [], columns: [] });
    expect(parseSelection("{}")).toEqual({ rows: [], columns: [] });
  });

  it("checks frame rows and added rows apart, for deleting", () => {
    expect(checkedId(null, null)).toBeNull();
    let checked = toggleChecked(new Set(), checkedId(5, null)!);
    checked = toggleChecked(checked, checkedId(null, 0)!);
    expect(checkedRows(checked)).toEqual({ positions: [5], added: [0] });
    expect(checkedRows(toggleChecked(checked, "p5"))).toEqual({ positions: [], added: [0] });
  });
});

describe("the view asked for", () => {
  it("cycles a column's sort through ascending, descending and none", () => {
    const up = nextSort(null, 2);
    expect(up).toEqual({ column: 2, descending: false });
    const down = nextSort(up, 2);
    expect(down).toEqual({ column: 2, descending: true });
    expect(nextSort(down, 2)).toBeNull();
    expect(nextSort(down, 0)).toEqual({ column: 0, descending: false });
  });

  it("keys views by source, sort, search and deleted rows", () => {
    expect(baseViewKey("s")).toBe(viewKeyOf("s", null, "", []));
    expect(viewKeyOf("s", { column: 1, descending: true }, "", [])).not.toBe(baseViewKey("s"));
    expect(viewKeyOf("s", null, "", [3])).not.toBe(baseViewKey("s"));
    expect(sourceOfViewKey(viewKeyOf("src-1", null, "x", [1]))).toBe("src-1");
  });

  it("asks for rows of the view", () => {
    const r = windowRequest({ sourceId: "s", seq: 7, view: 2, start: 40, end: 100, sort: { column: 1, descending: true }, search: "x", hidden: [3] });
    expect(r.start).toBe(40n);
    expect(r.count).toBe(60);
    expect(r.sort.map((k) => [k.column, k.descending])).toEqual([[1, true]]);
    expect(r.hiddenPositions).toEqual([3n]);
    expect([r.sourceId, r.seq, r.view, r.search]).toEqual(["s", 7, 2, "x"]);
    expect(windowRequest({ sourceId: "s", seq: 1, view: 1, start: 0, end: 1, sort: null, search: "", hidden: [] }).sort).toEqual([]);
  });
});

describe("windows per view", () => {
  const base = baseViewKey("s");
  const range = (first: number, end: number) => ({ first, end, offset: 0 });
  const counter = () => {
    let n = 0;
    return () => ++n;
  };

  it("needs no request while the element's first rows cover the visible ones", () => {
    const book = new ViewWindows("s");
    book.seed("s", rowsWindow(0, 100));
    expect(book.nextRequest(base, range(0, 10), 1000, counter(), 0)).toBeNull();
  });

  it("asks for the missing rows and some more around the visible ones, once", () => {
    const book = new ViewWindows("s");
    book.seed("s", rowsWindow(0, 100));
    const seq = counter();
    const ask = book.nextRequest(base, range(500, 510), 1_000_000, seq, 0);
    expect(ask).toEqual({ start: 500 - OVERSCAN, end: 510 + OVERSCAN, seq: 1 });
    // The same rows are not asked for again while the answer is on its way...
    expect(book.nextRequest(base, range(501, 511), 1_000_000, seq, 1000)).toBeNull();
    // ...unless it is overdue.
    expect(book.nextRequest(base, range(501, 511), 1_000_000, seq, RETRY_MS)?.seq).toBe(2);
  });

  it("files answers under the view that asked and ignores superseded ones", () => {
    const book = new ViewWindows("s");
    const seq = counter();
    const sorted = viewKeyOf("s", { column: 0, descending: true }, "", []);
    const first = book.nextRequest(sorted, range(0, 10), 50, seq, 0)!;
    const second = book.nextRequest(base, range(0, 10), 50, seq, 0)!;
    // The server skipped the first request: the second's answer settles both.
    expect(book.receive(rowsWindow(0, 50, { seq: second.seq, viewRowCount: 50 }), 0)).toEqual({ kind: "rows", key: base, count: 50 });
    expect(book.receive(rowsWindow(0, 50, { seq: first.seq }), 0)).toEqual({ kind: "stale" });
    expect(book.cacheFor(base).missing(0, 50)).toBeNull();
    expect(book.cacheFor(sorted).size).toBe(0);
  });

  it("does not ask again for a view the server could not make", () => {
    const book = new ViewWindows("s");
    const seq = counter();
    const searched = viewKeyOf("s", null, "(", []);
    const ask = book.nextRequest(searched, range(0, 10), 50, seq, 0)!;
    const failed = create(DataWindowSchema, { seq: ask.seq, error: "bad pattern" });
    expect(book.receive(failed, 0)).toEqual({ kind: "error", error: "bad pattern" });
    expect(book.hasFailed(searched)).toBe(true);
    expect(book.nextRequest(searched, range(0, 10), 50, seq, RETRY_MS * 2)).toBeNull();
    // A stale frame clears that too: everything may be asked for again.
    book.invalidate();
    expect(book.hasFailed(searched)).toBe(false);
  });

  it("asks only once missing rows come within NEAR rows of the visible ones", () => {
    const book = new ViewWindows("s");
    book.seed("s", rowsWindow(0, 40));
    expect(book.nextRequest(base, range(0, 10), 1000, counter(), 0)).toBeNull();
    expect(book.nextRequest(base, range(40 - NEAR - 10, 40 - NEAR), 1000, counter(), 0)).toBeNull();
    expect(book.nextRequest(base, range(20, 30), 1000, counter(), 0)).toEqual({ start: 0, end: 30 + OVERSCAN, seq: 1 });
  });

  it("lets go of other views' rows but keeps the element's, and drops all for another frame", () => {
    const book = new ViewWindows("s");
    book.seed("s", rowsWindow(0, 10));
    const sorted = viewKeyOf("s", { column: 0, descending: false }, "", []);
    book.cacheFor(sorted).add(loadWindow(rowsWindow(0, 10)), 0);
    const searched = viewKeyOf("s", null, "x", []);
    book.cacheFor(searched);
    book.keepOnly(searched, "s");
    expect(book.cacheFor(sorted).size).toBe(0);
    expect(book.cacheFor(base).size).toBe(1);
    book.seed("other", rowsWindow(0, 5));
    expect(book.cacheFor(base).size).toBe(0);
    expect(book.cacheFor(baseViewKey("other")).missing(0, 5)).toBeNull();
  });

  it("keeps rows it fetched when the element brings a longer first window (add_rows)", () => {
    const book = new ViewWindows("s");
    book.seed("s", rowsWindow(0, 10));
    book.cacheFor(base).add(loadWindow(rowsWindow(500, 10)), 500);
    book.seed("s", rowsWindow(0, 12));
    expect(book.cacheFor(base).missing(0, 12)).toBeNull();
    expect(book.cacheFor(base).missing(500, 510)).toBeNull();
  });
});

describe("column widths", () => {
  const column = (name: string, width = "", isIndex = false) => create(DataColumnSchema, { name, isIndex, config: create(ColumnConfigSchema, { width }) });

  it("takes configured widths and sizes the rest by their text", () => {
    expect(columnWidth(column("a", "small"), [], "text")).toBe(75);
    expect(columnWidth(column("a", "123"), [], "text")).toBe(123);
    expect(columnWidth(column("a"), ["x"], "text")).toBe(70);
    expect(columnWidth(column("a"), ["x".repeat(100)], "text")).toBe(320);
    expect(columnWidth(column("", "", true), ["1"], "text")).toBe(48);
  });

  it("spreads spare room over growable columns in proportion and places pinned edges", () => {
    const spread = spreadColumns([100, 200, 50], [true, true, false], 36, 536);
    expect(spread.shown).toEqual([150, 300, 50]);
    expect(spread.lefts).toEqual([36, 186, 486]);
    expect(spread.totalWidth).toBe(536);
    expect(spreadColumns([100, 200], [true, true], 0, 250)).toEqual({ shown: [100, 200], lefts: [0, 100], totalWidth: 300 });
  });
});

describe("keys", () => {
  const extent = { rows: 100, columns: 3, pageRows: 10 };

  it("moves the active cell and stops at the edges", () => {
    const at: Cell = { row: 5, column: 1 };
    expect(moveTarget("ArrowDown", false, at, extent)).toEqual({ row: 6, column: 1 });
    expect(moveTarget("ArrowUp", false, { row: 0, column: 1 }, extent)).toEqual({ row: 0, column: 1 });
    expect(moveTarget("ArrowRight", false, { row: 5, column: 2 }, extent)).toEqual({ row: 5, column: 2 });
    expect(moveTarget("PageDown", false, { row: 95, column: 0 }, extent)).toEqual({ row: 99, column: 0 });
    expect(moveTarget("PageUp", false, at, extent)).toEqual({ row: 0, column: 1 });
    expect(moveTarget("Home", false, at, extent)).toEqual({ row: 5, column: 0 });
    expect(moveTarget("Home", true, at, extent)).toEqual({ row: 0, column: 1 });
    expect(moveTarget("End", true, at, extent)).toEqual({ row: 99, column: 1 });
    expect(moveTarget("Enter", false, at, extent)).toBeNull();
  });

  const grid = {} as HTMLDivElement;
  const press = (key: string, targets: Partial<KeyTargets>, target: unknown = grid) => {
    const calls: string[] = [];
    const t: KeyTargets = {
      gridRef: { current: grid },
      ignore: false,
      extent,
      active: null,
      firstVisible: 40,
      kinds: ["text", "checkbox", "image"],
      editable: true,
      rowBoxes: false,
      hasChecked: false,
      setActive: (c) => calls.push(`active ${c.row},${c.column}`),
      ensureVisible: (r) => calls.push(`show ${r}`),
      toggleRow: (r) => calls.push(`toggle ${r}`),
      editor: {
        canEdit: (_r, c) => c !== 2,
        startEditing: (r, c, initial) => calls.push(`edit ${r},${c}${initial === undefined ? "" : ` ${initial}`}`),
        writeCell: (r, c, v) => calls.push(`write ${r},${c} ${String(v)}`),
        deleteChecked: () => calls.push("delete"),
      },
      ...targets,
    };
    let prevented = false;
    const e = { key, target, ctrlKey: false, metaKey: false, altKey: false, preventDefault: () => (prevented = true) } as unknown as KeyboardEvent;
    gridKeyHandler(t)(e);
    return { calls, prevented };
  };

  it("starts from the first visible row and scrolls the active cell into view", () => {
    expect(press("ArrowDown", {})).toEqual({ calls: ["active 41,0", "show 41"], prevented: true });
  });

  it("edits, types over, toggles and clears the active cell", () => {
    const active = { row: 3, column: 0 };
    expect(press("Enter", { active }).calls).toEqual(["edit 3,0"]);
    expect(press("x", { active }).calls).toEqual(["edit 3,0 x"]);
    expect(press(" ", { active: { row: 3, column: 1 } }).calls).toEqual(["edit 3,1"]);
    expect(press("Delete", { active }).calls).toEqual(["write 3,0 null"]);
    expect(press("Delete", { active, hasChecked: true }).calls).toEqual(["delete"]);
    expect(press("x", { active: { row: 3, column: 2 } })).toEqual({ calls: [], prevented: false });
  });

  it("leaves keys alone while a cell is edited or when they are not the grid's", () => {
    expect(press("ArrowDown", { ignore: true }).calls).toEqual([]);
    expect(press("ArrowDown", {}, {}).calls).toEqual([]);
  });
});

describe("cell values", () => {
  const columns = [create(DataColumnSchema, { key: "n" })];
  const cache = new RowCache([loadWindow(rowsWindow(0, 3, { positions: [7, 8, 9] }))]);

  it("reads frame rows through the cache and added rows from the edits", () => {
    const edits = addRow(setCell(NO_EDITS, 8, "n", 42), { n: 5 });
    const values = new GridValues(cache, 4, columns, edits);
    expect(values.rowAt(1)).toMatchObject({ position: 8, added: null });
    expect(values.cellValue(0, 0)).toEqual({ value: 0, loaded: true, edited: false });
    expect(values.cellValue(1, 0)).toEqual({ value: 42, loaded: true, edited: true });
    expect(values.cellValue(3, 0)).toEqual({ value: null, loaded: false, edited: false });
    expect(values.rowAt(4)).toEqual({ ref: null, position: null, added: 0 });
    expect(values.cellValue(4, 0)).toEqual({ value: 5, loaded: true, edited: true });
  });

  it("says which writes change a cell and which cells can be edited", () => {
    expect(changesValue(3, "3")).toBe(false);
    expect(changesValue(3, 4)).toBe(true);
    expect(changesValue(null, "")).toBe(true);
    expect(changesValue("", null)).toBe(true);
    expect(isEditableKind("text")).toBe(true);
    expect(isEditableKind("image")).toBe(false);
  });
});
