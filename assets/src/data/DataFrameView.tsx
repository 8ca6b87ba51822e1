// st.dataframe, st.table and st.data_editor: a grid of DOM cells (role="gridcell") over a frame
// the server keeps. Only the visible rows are in the DOM; the element brings the first rows,
// and scrolling, sorting and searching ask the server for windows (docs/data.md). Rows are a
// fixed height, so 10,000,000 rows cost what 100 do; see scroll.ts for very tall frames.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import type { JSX } from "preact";
import { create } from "@bufbuild/protobuf";
import {
  DataFrame_SelectionMode,
  DataWindowRequestSchema,
  DataWindowRequest_SortKeySchema,
  type DataColumn,
  type DataFrame,
  type DataWindow,
} from "../proto/data_pb";
import { useSession } from "../session/context";
import { infoOf, useWidget } from "../widgets/useWidget";
import type { WidgetValue } from "../session/widgetValues";
import { alignment, cellStyle, formatCell, linkText, presentation, type CellValue, type Presentation } from "./format";
import { RowCache, loadWindow, positionOf, valueOf, type RowRef } from "./rowCache";
import { geometry, isScaled, scrollFromVirtual, virtualFromScroll, visibleRows } from "./scroll";
import { registerView, nextSeq } from "./windows";
import { NO_EDITS, addRow, deleteRows, editedValue, editsJson, parseEdits, setAddedCell, setCell, type EditState, type JsonValue } from "./edits";
import { CellContent, defaultsOf, editorKind, parseInput } from "./cells";
import "../styles/data.css";

export type GridKind = "dataframe" | "table" | "data_editor";

const ROW_HEIGHT = 35;
const DEFAULT_VISIBLE_ROWS = 10;
const TABLE_VISIBLE_ROWS = 200;
// Rows asked for around the visible ones, and how close a missing row must be to ask.
const OVERSCAN = 60;
const NEAR = 15;
const SELECT_COLUMN_WIDTH = 36;
const RETRY_MS = 8000;
const WIDTHS: Record<string, number> = { small: 75, medium: 200, large: 400 };

interface Sort {
  readonly column: number;
  readonly descending: boolean;
}

interface Selection {
  readonly rows: readonly number[];
  readonly columns: readonly string[];
}

function parseSelection(text: string): Selection {
  try {
    const raw = JSON.parse(text) as { selection?: { rows?: number[]; columns?: string[] } };
    return { rows: raw.selection?.rows ?? [], columns: raw.selection?.columns ?? [] };
  } catch {
    return { rows: [], columns: [] };
  }
}

function jsonOf(v: WidgetValue): string {
  return v.case === "jsonValue" ? v.value : "";
}

function columnWidth(column: DataColumn, sample: readonly string[], kind: Presentation): number {
  const configured = column.config?.width ?? "";
  if (configured) return WIDTHS[configured] ?? (Number(configured) > 0 ? Number(configured) : 150);
  if (kind === "checkbox") return Math.max(70, column.name.length * 8 + 36);
  if (kind === "image") return 80;
  if (kind === "chart") return 120;
  if (kind === "progress") return 150;
  const longest = sample.reduce((n, s) => Math.max(n, s.length), column.name.length + 2);
  return Math.round(Math.min(320, Math.max(column.isIndex ? 48 : 70, longest * 7.6 + 26)));
}

interface Inflight {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly seq: number;
  readonly at: number;
}

interface EditingCell {
  readonly row: number;
  readonly column: number;
  readonly draft: string;
}

export function DataFrameView({ el, kind }: { el: DataFrame; kind: GridKind }) {
  const session = useSession();
  const info = infoOf(el);
  const isWidget = el.info !== undefined;
  const widget = useWidget(info, { case: "jsonValue", value: el.valueJson });
  const editable = kind === "data_editor";
  const interactive = kind !== "table";
  const modes = el.selectionModes;
  const rowSelect = modes.includes(DataFrame_SelectionMode.SINGLE_ROW) || modes.includes(DataFrame_SelectionMode.MULTI_ROW);
  const multiRow = modes.includes(DataFrame_SelectionMode.MULTI_ROW);
  const colSelect = modes.includes(DataFrame_SelectionMode.SINGLE_COLUMN) || modes.includes(DataFrame_SelectionMode.MULTI_COLUMN);
  const multiCol = modes.includes(DataFrame_SelectionMode.MULTI_COLUMN);
  const edits: EditState = editable ? parseEdits(jsonOf(widget.value)) : NO_EDITS;
  const selection: Selection = isWidget && !editable ? parseSelection(jsonOf(widget.value)) : { rows: [], columns: [] };
  // Rows checked in the editor, for deleting: "p<position>" or "a<added index>".
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const showRowBoxes = rowSelect || (editable && el.canDeleteRows);

  const [sort, setSort] = useState<Sort | null>(null);
  const [searchOpen, setSearchOpen] = useState(false);
  const [searchText, setSearchText] = useState("");
  const [search, setSearch] = useState("");
  useEffect(() => {
    const t = window.setTimeout(() => setSearch(searchText.trim()), 200);
    return () => window.clearTimeout(t);
  }, [searchText]);

  const hidden = edits.deleted_rows;
  const sourceId = el.sourceId;
  const isBaseView = sort === null && search === "" && hidden.length === 0;
  const viewKey = JSON.stringify([sourceId, sort, search, hidden]);

  // -- rows the page has, per view ------------------------------------------------------------
  const [, setVersion] = useState(0);
  const bump = () => setVersion((n) => n + 1);
  const caches = useRef(new Map<string, RowCache>());
  const firstWindow = el.firstWindow;
  const baseKey = JSON.stringify([sourceId, null, "", []]);
  // The rows the element brought seed the cache of the unsorted, unsearched view.
  const seeded = useRef<DataWindow | undefined>(undefined);
  const seededSource = useRef(sourceId);
  if (seededSource.current !== sourceId) {
    // Other data: rows of the old frame are of no use.
    seededSource.current = sourceId;
    caches.current.clear();
  }
  if (seeded.current !== firstWindow || !caches.current.has(baseKey)) {
    seeded.current = firstWindow;
    const cache = new RowCache(firstWindow ? [loadWindow(firstWindow)] : []);
    const old = caches.current.get(baseKey);
    if (old !== undefined && firstWindow !== undefined && old.size > 0) cache.absorb(old);
    caches.current.set(baseKey, cache);
  }
  const [viewCounts, setViewCounts] = useState<ReadonlyMap<string, number>>(new Map());
  const [error, setError] = useState("");
  const cacheFor = (key: string): RowCache => {
    let cache = caches.current.get(key);
    if (cache === undefined) {
      cache = new RowCache();
      caches.current.set(key, cache);
    }
    return cache;
  };
  const cache = cacheFor(viewKey);
  const baseRows = isBaseView ? Number(el.rowCount) : (viewCounts.get(viewKey) ?? Math.max(0, Number(el.rowCount) - hidden.length));
  const addedRows = editable ? edits.added_rows.length : 0;
  const totalRows = baseRows + addedRows;

  const inflight = useRef<Inflight | null>(null);
  const failed = useRef(new Set<string>());
  const seqKeys = useRef(new Map<number, string>());
  const current = useRef({ viewKey, sourceId, first: 0 });
  current.current = { ...current.current, viewKey, sourceId };
  const view = useRef<{ id: number; dispose: () => void } | null>(null);
  if (view.current === null) {
    view.current = registerView({
      sourceId: () => current.current.sourceId,
      receive: (w: DataWindow) => {
        const key = seqKeys.current.get(w.seq);
        // Older requests the server skipped (a newer one superseded them) get no answer.
        for (const seq of seqKeys.current.keys()) if (seq <= w.seq) seqKeys.current.delete(seq);
        if (inflight.current !== null && w.seq >= inflight.current.seq) inflight.current = null;
        if (w.error) {
          // Not asked again for this view: the same request would fail the same way.
          if (key !== undefined) failed.current.add(key);
          setError(w.error);
          bump();
          return;
        }
        if (key === undefined) return;
        setError("");
        cacheFor(key).add(loadWindow(w), current.current.first);
        setViewCounts((m) => new Map(m).set(key, Number(w.viewRowCount)));
        bump();
      },
      invalidate: () => {
        caches.current.clear();
        failed.current.clear();
        inflight.current = null;
        bump();
      },
    });
  }
  useEffect(() => () => view.current?.dispose(), []);

  // -- geometry -------------------------------------------------------------------------------
  const rowHeight = el.rowHeight > 0 ? el.rowHeight : ROW_HEIGHT;
  const headerHeight = ROW_HEIGHT;
  const maxRows = kind === "table" ? TABLE_VISIBLE_ROWS : DEFAULT_VISIBLE_ROWS;
  const gridHeight = el.height > 0 ? el.height : headerHeight + Math.max(1, Math.min(totalRows, maxRows)) * rowHeight + 2;
  const viewport = Math.max(rowHeight, gridHeight - headerHeight - 2);
  const g = geometry(totalRows, rowHeight, viewport);
  const scaled = isScaled(g);

  const scrollRef = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const topRef = useRef(0);
  topRef.current = top;
  const expectedScroll = useRef(0);
  const geometryRef = useRef(g);
  geometryRef.current = g;

  const moveTo = (virtualTop: number) => {
    const box = scrollRef.current;
    const next = Math.max(0, Math.min(virtualTop, Math.max(0, g.virtualHeight - g.viewport)));
    setTop(next);
    if (box) {
      const physical = scrollFromVirtual(geometryRef.current, next);
      expectedScroll.current = physical;
      box.scrollTop = physical;
    }
  };

  const onScroll = (e: Event) => {
    const st = (e.currentTarget as HTMLDivElement).scrollTop;
    if (Math.abs(st - expectedScroll.current) <= 1 && scaled) return;
    expectedScroll.current = st;
    setTop(virtualFromScroll(geometryRef.current, st));
  };

  // Tall frames: the wheel moves by real pixels, not by the scaled scroll bar.
  useEffect(() => {
    const box = scrollRef.current;
    if (!box || !scaled) return;
    const onWheel = (e: WheelEvent) => {
      if (Math.abs(e.deltaY) < Math.abs(e.deltaX)) return;
      e.preventDefault();
      const unit = e.deltaMode === 1 ? rowHeight : e.deltaMode === 2 ? viewport : 1;
      const gm = geometryRef.current;
      const next = Math.max(0, Math.min(topRef.current + e.deltaY * unit, Math.max(0, gm.virtualHeight - gm.viewport)));
      setTop(next);
      const physical = scrollFromVirtual(gm, next);
      expectedScroll.current = physical;
      box.scrollTop = physical;
    };
    box.addEventListener("wheel", onWheel, { passive: false });
    return () => box.removeEventListener("wheel", onWheel);
  }, [scaled, rowHeight, viewport]);

  // A new view (sort, search, other data) starts at the top.
  const lastView = useRef(viewKey);
  useLayoutEffect(() => {
    if (lastView.current === viewKey) return;
    const sameSource = JSON.parse(lastView.current)[0] === sourceId;
    lastView.current = viewKey;
    // Rows of views no longer shown (an earlier search text, another sort) are let go.
    for (const key of [...caches.current.keys()]) if (key !== viewKey && key !== baseKey) caches.current.delete(key);
    if (!sameSource || sort !== null || search !== "") moveTo(0);
  });

  const clampedTop = Math.min(top, Math.max(0, g.virtualHeight - g.viewport));
  const range = visibleRows(clampedTop, rowHeight, viewport, Math.max(totalRows, 1));
  current.current.first = range.first;

  // -- asking for rows ------------------------------------------------------------------------
  useEffect(() => {
    const from = Math.max(0, range.first - NEAR);
    const to = Math.min(baseRows, range.end + NEAR);
    if (to <= from || failed.current.has(viewKey)) return;
    const missing = cache.missing(from, to);
    if (missing === null) return;
    const busy = inflight.current;
    if (busy && busy.key === viewKey && busy.start <= missing[0] && busy.end >= missing[1] && Date.now() - busy.at < RETRY_MS) return;
    // Ask for a little more than is missing, so that scrolling on finds its rows there.
    const start = Math.max(0, Math.min(missing[0], range.first - OVERSCAN));
    const end = Math.min(baseRows, Math.max(missing[1], range.end + OVERSCAN));
    const seq = nextSeq();
    seqKeys.current.set(seq, viewKey);
    inflight.current = { key: viewKey, start, end, seq, at: Date.now() };
    session.requestDataWindow(
      create(DataWindowRequestSchema, {
        sourceId,
        seq,
        view: view.current?.id ?? 0,
        start: BigInt(start),
        count: end - start,
        sort: sort === null ? [] : [create(DataWindowRequest_SortKeySchema, { column: sort.column, descending: sort.descending })],
        search,
        hiddenPositions: hidden.map((p) => BigInt(p)),
      }),
    );
  });

  // -- columns --------------------------------------------------------------------------------
  const columns = el.columns;
  const kinds = useMemo(() => columns.map(presentation), [columns]);
  const widths = useMemo(() => {
    const first = el.firstWindow ? loadWindow(el.firstWindow) : null;
    return columns.map((c, j) => {
      const sample: string[] = [];
      const k = kinds[j] ?? "text";
      if (first) {
        for (let i = 0; i < Math.min(first.count, 50); i++) {
          const text = formatCell(valueOf({ window: first, index: i }, j), c, k);
          sample.push(k === "link" ? linkText(text, c.config?.displayText ?? "") : text);
        }
      }
      return columnWidth(c, sample, k);
    });
    // Widths are settled by the first data the element brought; scrolling must not change them.
  }, [columns, kinds]); // eslint-disable-line react-hooks/exhaustive-deps
  const boxWidth = showRowBoxes ? SELECT_COLUMN_WIDTH : 0;
  // A grid as wide as its container (use_container_width, st.table, a fixed width) spreads the
  // spare room over its data columns rather than leaving an empty band on the right.
  const stretch = el.width > 0 || el.useContainerWidth || kind === "table";
  const [available, setAvailable] = useState(0);
  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!stretch || box === null) return;
    const measure = () => setAvailable(box.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [stretch]);
  const natural = widths.reduce((a, b) => a + b, boxWidth);
  const growable = columns.map((c) => !c.isIndex && !c.config?.width);
  const growWidth = widths.reduce((sum, w, j) => sum + (growable[j] ? w : 0), 0);
  const spare = stretch && available > natural && growWidth > 0 ? available - natural : 0;
  const shown = widths.map((w, j) => (growable[j] ? Math.floor(w + (spare * w) / growWidth) : w));
  const lefts: number[] = [];
  let totalWidth = boxWidth;
  for (const w of shown) {
    lefts.push(totalWidth);
    totalWidth += w;
  }
  const pinned = columns.map((c) => c.isIndex || Boolean(c.config?.pinned));

  // -- values, edits and selection -------------------------------------------------------------
  const rowAt = (viewRow: number): { ref: RowRef | null; position: number | null; added: number | null } => {
    if (viewRow >= baseRows) return { ref: null, position: null, added: viewRow - baseRows };
    const ref = cache.row(viewRow);
    return { ref, position: ref === null ? null : positionOf(ref), added: null };
  };

  const cellValue = (viewRow: number, column: number): { value: CellValue; loaded: boolean; edited: boolean } => {
    const c = columns[column];
    if (c === undefined) return { value: null, loaded: false, edited: false };
    const { ref, position, added } = rowAt(viewRow);
    if (added !== null) {
      const v = edits.added_rows[added]?.[c.key];
      return { value: v === undefined ? null : v, loaded: true, edited: v !== undefined };
    }
    if (ref === null || position === null) return { value: null, loaded: false, edited: false };
    const e = editable ? editedValue(edits, position, c.key) : undefined;
    if (e !== undefined) return { value: e, loaded: true, edited: true };
    return { value: valueOf(ref, column), loaded: true, edited: false };
  };

  const commitEdits = (next: EditState) => widget.set({ case: "jsonValue", value: editsJson(next) });
  const commitSelection = (next: Selection) =>
    widget.set({ case: "jsonValue", value: JSON.stringify({ selection: { rows: [...next.rows], columns: [...next.columns] } }) });

  const toggleRow = (viewRow: number) => {
    const { position, added } = rowAt(viewRow);
    if (editable) {
      const id = added !== null ? `a${added}` : position !== null ? `p${position}` : null;
      if (id === null) return;
      const next = new Set(checked);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      setChecked(next);
      return;
    }
    if (position === null) return;
    const on = selection.rows.includes(position);
    const rows = on ? selection.rows.filter((r) => r !== position) : multiRow ? [...selection.rows, position].sort((a, b) => a - b) : [position];
    commitSelection({ rows, columns: selection.columns });
  };

  const toggleColumn = (column: number) => {
    const c = columns[column];
    if (c === undefined || c.isIndex) return;
    const on = selection.columns.includes(c.key);
    const cols = on ? selection.columns.filter((k) => k !== c.key) : multiCol ? [...selection.columns, c.key] : [c.key];
    commitSelection({ rows: selection.rows, columns: cols });
  };

  const cycleSort = (column: number) => {
    if (!interactive) return;
    setSort((s) => (s === null || s.column !== column ? { column, descending: false } : s.descending ? null : { column, descending: true }));
  };

  const deleteChecked = () => {
    const positions: number[] = [];
    const added: number[] = [];
    for (const id of checked) (id.startsWith("a") ? added : positions).push(Number(id.slice(1)));
    setChecked(new Set());
    commitEdits(deleteRows(edits, positions, added));
  };

  const addNewRow = () => {
    commitEdits(addRow(edits, defaultsOf(columns)));
    // Show the new row: scroll to the end once it exists.
    window.setTimeout(() => moveTo(Number.MAX_SAFE_INTEGER), 0);
  };

  // -- active cell, keyboard and editing --------------------------------------------------------
  const [active, setActive] = useState<{ row: number; column: number } | null>(null);
  const [editing, setEditing] = useState<EditingCell | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);

  const canEdit = (viewRow: number, column: number): boolean => {
    const c = columns[column];
    if (!editable || c === undefined || info.disabled || c.config?.disabled) return false;
    const { added } = rowAt(viewRow);
    if (c.isIndex) return added !== null;
    const k = kinds[column];
    return k !== "progress" && k !== "image" && k !== "chart" && k !== "list" && k !== "json";
  };

  const writeCell = (viewRow: number, column: number, value: JsonValue) => {
    const c = columns[column];
    if (c === undefined) return;
    const { position, added } = rowAt(viewRow);
    if (added !== null) commitEdits(setAddedCell(edits, added, c.key, value));
    else if (position !== null) commitEdits(setCell(edits, position, c.key, value));
  };

  const startEditing = (row: number, column: number, initial?: string) => {
    if (!canEdit(row, column)) return;
    const c = columns[column];
    if (c === undefined) return;
    const k = kinds[column] ?? "text";
    if (k === "checkbox") {
      const v = cellValue(row, column).value;
      writeCell(row, column, !(v === true));
      return;
    }
    const { value } = cellValue(row, column);
    const draft = initial ?? (value === null ? "" : String(value));
    setEditing({ row, column, draft });
  };

  const finishEditing = (save: boolean, move: number = 0) => {
    const e = editing;
    setEditing(null);
    if (e !== null && save) {
      const c = columns[e.column];
      if (c !== undefined) {
        const parsed = parseInput(e.draft, c, kinds[e.column] ?? "text");
        if (parsed.ok) {
          const before = cellValue(e.row, e.column).value;
          if (String(before ?? "") !== String(parsed.value ?? "") || (before === null) !== (parsed.value === null)) writeCell(e.row, e.column, parsed.value);
        }
      }
      if (move !== 0) setActive({ row: Math.min(totalRows - 1, Math.max(0, e.row + move)), column: e.column });
    }
    gridRef.current?.focus();
  };

  const ensureVisible = (row: number) => {
    const rowTop = row * rowHeight;
    if (rowTop < clampedTop) moveTo(rowTop);
    else if (rowTop + rowHeight > clampedTop + viewport) moveTo(rowTop + rowHeight - viewport);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (editing !== null || !interactive || e.target !== gridRef.current) return;
    const a = active ?? { row: range.first, column: 0 };
    let next: { row: number; column: number } | null = null;
    switch (e.key) {
      case "ArrowDown":
        next = { row: Math.min(totalRows - 1, a.row + 1), column: a.column };
        break;
      case "ArrowUp":
        next = { row: Math.max(0, a.row - 1), column: a.column };
        break;
      case "ArrowRight":
        next = { row: a.row, column: Math.min(columns.length - 1, a.column + 1) };
        break;
      case "ArrowLeft":
        next = { row: a.row, column: Math.max(0, a.column - 1) };
        break;
      case "PageDown":
        next = { row: Math.min(totalRows - 1, a.row + Math.floor(viewport / rowHeight)), column: a.column };
        break;
      case "PageUp":
        next = { row: Math.max(0, a.row - Math.floor(viewport / rowHeight)), column: a.column };
        break;
      case "Home":
        next = e.ctrlKey ? { row: 0, column: a.column } : { row: a.row, column: 0 };
        break;
      case "End":
        next = e.ctrlKey ? { row: totalRows - 1, column: a.column } : { row: a.row, column: columns.length - 1 };
        break;
      case "Enter":
      case "F2":
        if (active) startEditing(active.row, active.column);
        e.preventDefault();
        return;
      case " ":
        if (active && (kinds[active.column] === "checkbox" || showRowBoxes)) {
          if (kinds[active.column] === "checkbox" && canEdit(active.row, active.column)) startEditing(active.row, active.column);
          else if (showRowBoxes) toggleRow(active.row);
          e.preventDefault();
        }
        return;
      case "Delete":
      case "Backspace":
        if (editable && checked.size > 0) deleteChecked();
        else if (active && canEdit(active.row, active.column) && kinds[active.column] !== "checkbox") writeCell(active.row, active.column, null);
        e.preventDefault();
        return;
      default:
        if (active && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && canEdit(active.row, active.column)) {
          const k = kinds[active.column] ?? "text";
          if (k !== "checkbox" && k !== "select") {
            startEditing(active.row, active.column, e.key);
            e.preventDefault();
          }
        }
        return;
    }
    e.preventDefault();
    if (next.row < 0) return;
    setActive(next);
    ensureVisible(next.row);
  };

  // -- rendering ------------------------------------------------------------------------------
  const header = (
    <div class="df-row df-header" role="row" aria-rowindex={1} style={{ width: `${totalWidth}px`, height: `${headerHeight}px` }}>
      {showRowBoxes ? <div class="df-cell df-box df-pinned" role="columnheader" style={{ left: "0px", width: `${boxWidth}px` }} aria-label="Row selection" /> : null}
      {columns.map((c, j) => {
        const sorted = sort?.column === j ? (sort.descending ? "descending" : "ascending") : "none";
        const selected = colSelect && selection.columns.includes(c.key);
        const title = c.config?.help || (c.dtype ? `${c.name} (${c.dtype})` : c.name);
        return (
          <div
            key={j}
            role="columnheader"
            aria-colindex={j + 1}
            aria-label={c.name || undefined}
            aria-sort={interactive ? sorted : undefined}
            aria-selected={colSelect ? selected : undefined}
            class={`df-cell df-head-cell align-${alignment(c, kinds[j] ?? "text")}${pinned[j] ? " df-pinned" : ""}${selected ? " df-selected" : ""}${c.isIndex ? " df-index" : ""}`}
            style={{ width: `${shown[j]}px`, ...(pinned[j] ? { left: `${lefts[j]}px` } : {}) }}
            title={title}
            onClick={interactive ? () => (colSelect && !c.isIndex ? toggleColumn(j) : cycleSort(j)) : undefined}
          >
            <span class="df-head-label">{c.name}</span>
            {interactive ? (
              <button
                type="button"
                class={`df-sort${sorted !== "none" ? " on" : ""}`}
                aria-label={`Sort by ${c.name || "index"}`}
                tabIndex={-1}
                onClick={(e) => {
                  e.stopPropagation();
                  cycleSort(j);
                }}
              >
                {sorted === "ascending" ? "↑" : sorted === "descending" ? "↓" : "↕"}
              </button>
            ) : null}
          </div>
        );
      })}
    </div>
  );

  const rows: JSX.Element[] = [];
  for (let r = range.first; r < range.end && r < totalRows; r++) {
    const { position, added } = rowAt(r);
    const loaded = added !== null || position !== null;
    const rowSelected = editable
      ? checked.has(added !== null ? `a${added}` : `p${position ?? -1}`)
      : position !== null && selection.rows.includes(position);
    rows.push(
      <div
        key={r}
        class={`df-row${rowSelected ? " df-selected" : ""}${added !== null ? " df-added" : ""}${loaded ? "" : " df-loading"}`}
        role="row"
        aria-rowindex={r + 2}
        aria-selected={showRowBoxes ? rowSelected : undefined}
        style={{ width: `${totalWidth}px`, height: `${rowHeight}px` }}
      >
        {showRowBoxes ? (
          <div class="df-cell df-box df-pinned" role="gridcell" style={{ left: "0px", width: `${boxWidth}px` }}>
            {loaded ? (
              <input
                type="checkbox"
                tabIndex={-1}
                checked={rowSelected}
                disabled={info.disabled}
                aria-label={`Select row ${r + 1}`}
                onChange={() => toggleRow(r)}
              />
            ) : null}
          </div>
        ) : null}
        {columns.map((c, j) => {
          const k = kinds[j] ?? "text";
          const { value, edited } = cellValue(r, j);
          const ref = rowAt(r).ref;
          const styledCss = ref?.window.columns[j]?.css?.[ref.index] ?? "";
          const display = ref?.window.columns[j]?.display?.[ref.index] ?? "";
          const isActive = active?.row === r && active.column === j;
          const isEditing = editing !== null && editing.row === r && editing.column === j;
          const editableCell = canEdit(r, j);
          return (
            <div
              key={j}
              role="gridcell"
              aria-colindex={j + 1}
              aria-readonly={editable ? !editableCell : undefined}
              class={`df-cell align-${alignment(c, k)}${pinned[j] ? " df-pinned" : ""}${c.isIndex ? " df-index" : ""}${isActive ? " df-active" : ""}${edited ? " df-edited" : ""}${colSelect && selection.columns.includes(c.key) ? " df-selected" : ""}`}
              style={{ width: `${shown[j]}px`, ...(pinned[j] ? { left: `${lefts[j]}px` } : {}), ...(edited ? {} : cellStyle(styledCss)) }}
              onClick={interactive ? () => setActive({ row: r, column: j }) : undefined}
              onDblClick={editable ? () => startEditing(r, j) : undefined}
            >
              {isEditing && editing !== null ? (
                <CellEditor
                  column={c}
                  kind={k}
                  draft={editing.draft}
                  onDraft={(draft) => setEditing({ ...editing, draft })}
                  onDone={finishEditing}
                />
              ) : loaded ? (
                <CellContent
                  value={value}
                  column={c}
                  kind={k}
                  display={edited ? "" : display}
                  editable={editableCell}
                  onToggle={editableCell && k === "checkbox" ? () => startEditing(r, j) : undefined}
                />
              ) : (
                <span class="df-placeholder" />
              )}
            </div>
          );
        })}
      </div>,
    );
  }

  const bodyTop = headerHeight + scrollFromVirtual(g, clampedTop) - range.offset;
  const sizerHeight = headerHeight + g.physicalHeight;
  const wrapStyle: Record<string, string> = {};
  if (el.width > 0) wrapStyle.width = `${el.width}px`;
  else if (el.useContainerWidth || kind === "table") wrapStyle.width = "100%";
  else wrapStyle.width = `${totalWidth + 2}px`;

  const matches = !isBaseView && search !== "" ? viewCounts.get(viewKey) : undefined;
  // A sort or search of a large frame takes a moment on the server: say so meanwhile.
  const working = (sort !== null || search !== "") && !viewCounts.has(viewKey) && !failed.current.has(viewKey);
  const selectedCount = checked.size;

  return (
    <div class={`df-wrap df-${kind}`} style={wrapStyle}>
      {interactive ? (
        <div class={`df-toolbar${searchOpen || working ? " open" : ""}`}>
          {working ? (
            <span class="df-busy" role="status">
              {search !== "" ? "Searching…" : "Sorting…"}
            </span>
          ) : null}
          {searchOpen ? (
            <>
              <input
                type="search"
                class="df-search"
                aria-label="Search"
                placeholder="Search"
                value={searchText}
                autoFocus
                onInput={(e) => setSearchText(e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === "Escape") {
                    setSearchText("");
                    setSearchOpen(false);
                  }
                }}
              />
              {matches !== undefined ? <span class="df-matches">{matches.toLocaleString()} {matches === 1 ? "match" : "matches"}</span> : null}
            </>
          ) : null}
          {editable && el.canDeleteRows && selectedCount > 0 ? (
            <button type="button" class="df-tool" aria-label="Delete selected rows" title="Delete selected rows" onClick={deleteChecked}>
              <TrashIcon />
            </button>
          ) : null}
          {editable && el.canAddRows && !info.disabled ? (
            <button type="button" class="df-tool" aria-label="Add row" title="Add row" onClick={addNewRow}>
              <PlusIcon />
            </button>
          ) : null}
          <button
            type="button"
            class={`df-tool${searchOpen ? " on" : ""}`}
            aria-label={searchOpen ? "Close search" : "Search"}
            title="Search"
            onClick={() => {
              if (searchOpen) setSearchText("");
              setSearchOpen(!searchOpen);
            }}
          >
            <SearchIcon />
          </button>
        </div>
      ) : null}
      <div
        class="df-grid"
        role="grid"
        ref={gridRef}
        tabIndex={interactive ? 0 : undefined}
        aria-rowcount={totalRows + 1}
        aria-colcount={columns.length}
        aria-multiselectable={rowSelect ? multiRow : undefined}
        aria-busy={working || undefined}
        onKeyDown={onKeyDown}
      >
        <div class="df-scroll" ref={scrollRef} style={{ height: `${gridHeight - 2}px` }} onScroll={onScroll}>
          <div class="df-sizer" style={{ height: `${sizerHeight}px`, width: `${totalWidth}px` }}>
            {header}
            <div class="df-body" role="rowgroup" style={{ transform: `translateY(${bodyTop}px)` }}>
              {rows}
            </div>
          </div>
        </div>
        {totalRows === 0 ? <div class="df-empty">{search !== "" ? "No rows match." : "empty"}</div> : null}
      </div>
      {error ? <div class="df-error">{error}</div> : null}
    </div>
  );
}

function CellEditor({
  column,
  kind,
  draft,
  onDraft,
  onDone,
}: {
  column: DataColumn;
  kind: Presentation;
  draft: string;
  onDraft: (draft: string) => void;
  onDone: (save: boolean, move?: number) => void;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  useLayoutEffect(() => {
    selectRef.current?.focus();
    const input = inputRef.current;
    if (input === null) return;
    input.focus();
    if (input.type === "text") input.setSelectionRange(draft.length, draft.length);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const done = useRef(false);
  const finish = (save: boolean, move = 0) => {
    if (done.current) return;
    done.current = true;
    onDone(save, move);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === "Enter") {
      e.preventDefault();
      finish(true, 1);
    } else if (e.key === "Escape") {
      e.preventDefault();
      finish(false);
    } else if (e.key === "Tab") {
      e.preventDefault();
      finish(true);
    }
  };
  const editor = editorKind(column, kind);
  if (editor === "select") {
    const options = column.config?.options ?? [];
    return (
      <select
        ref={selectRef}
        class="df-input"
        aria-label={`Edit ${column.name}`}
        value={draft}
        onChange={(e) => onDraft(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={() => finish(true)}
      >
        {column.config?.required ? null : <option value="">—</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  }
  const type = (editor === "date" ? "date" : editor === "datetime" ? "datetime-local" : editor === "time" ? "time" : "text") as "text";
  return (
    <input
      ref={inputRef}
      class="df-input"
      type={type}
      inputMode={editor === "number" ? "decimal" : undefined}
      step={editor === "datetime" || editor === "time" ? 1 : undefined}
      aria-label={`Edit ${column.name}`}
      value={editor === "datetime" ? draft.replace(" ", "T").slice(0, 19) : editor === "date" ? draft.slice(0, 10) : draft}
      maxLength={column.config?.maxChars ? column.config.maxChars : undefined}
      onInput={(e) => onDraft(e.currentTarget.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
    />
  );
}

const icon = (d: string) => (
  <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
    <path d={d} />
  </svg>
);
const SearchIcon = () => icon("M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM21 21l-4.35-4.35");
const PlusIcon = () => icon("M12 5v14M5 12h14");
const TrashIcon = () => icon("M3 6h18M8 6V4h8v2M19 6l-1 14H6L5 6M10 11v6M14 11v6");
