// st.dataframe, st.table and st.data_editor: a grid of DOM cells (role="gridcell") over a frame
// the server keeps. Only the visible rows are in the DOM; the element brings the first rows,
// and scrolling, sorting and searching ask the server for windows (docs/data.md). Rows are a
// fixed height, so 10,000,000 rows cost what 100 do; see scroll.ts for very tall frames.
// This component only wires the grid's hooks (use*.ts) to its views (Grid*.tsx).
import { useRef, useState } from "preact/hooks";
import type { DataFrame } from "../proto/data_pb";
import { infoOf, useWidget } from "../widgets/useWidget";
import type { WidgetValue } from "../session/widgetValues";
import { NO_EDITS, parseEdits, type EditState } from "./edits";
import { GridValues } from "./gridValues";
import { gridKeyHandler, type Cell } from "./gridKeys";
import { viewKeyOf } from "./query";
import { selectionModes } from "./selection";
import { useColumnLayout } from "./useColumnLayout";
import { useEditor } from "./useEditor";
import { useSelection } from "./useSelection";
import { useSortSearch } from "./useSortSearch";
import { useRowRequests, useViewRows } from "./useViewRows";
import { useVirtualScroll } from "./useVirtualScroll";
import { GridBody } from "./GridBody";
import { GridHeader } from "./GridHeader";
import { GridToolbar } from "./GridToolbar";
import "../styles/data.css";

export type GridKind = "dataframe" | "table" | "data_editor";

// Rows shown before the grid scrolls, when the element sets no height.
const DEFAULT_VISIBLE_ROWS = 10;
const TABLE_VISIBLE_ROWS = 200;

function jsonOf(v: WidgetValue): string {
  return v.case === "jsonValue" ? v.value : "";
}

export function DataFrameView({ el, kind }: { el: DataFrame; kind: GridKind }) {
  const info = infoOf(el);
  const widget = useWidget(info, { case: "jsonValue", value: el.valueJson });
  const json = jsonOf(widget.value);
  const editable = kind === "data_editor";
  const interactive = kind !== "table";
  const modes = selectionModes(el.selectionModes);
  const edits: EditState = editable ? parseEdits(json) : NO_EDITS;
  const selected = useSelection(widget, json, modes, { editable, isWidget: el.info !== undefined });
  const rowBoxes = modes.rowSelect || (editable && el.canDeleteRows);
  const query = useSortSearch(interactive);
  const { sort, search } = query;

  // -- the view shown and its rows ------------------------------------------------------------
  const hidden = edits.deleted_rows;
  const sourceId = el.sourceId;
  const isBaseView = sort === null && search === "" && hidden.length === 0;
  const viewKey = viewKeyOf(sourceId, sort, search, hidden);
  const rows = useViewRows(sourceId, el.firstWindow, viewKey);
  const baseRows = isBaseView ? Number(el.rowCount) : (rows.count ?? Math.max(0, Number(el.rowCount) - hidden.length));
  const totalRows = baseRows + edits.added_rows.length;

  const scroll = useVirtualScroll({
    rows: totalRows,
    rowHeight: el.rowHeight,
    height: el.height,
    maxRows: kind === "table" ? TABLE_VISIBLE_ROWS : DEFAULT_VISIBLE_ROWS,
    viewKey,
    sourceId,
    queried: sort !== null || search !== "",
  });
  const { range } = scroll;
  useRowRequests(rows, { sourceId, viewKey, sort, search, hidden, rows: baseRows, range });

  const columns = el.columns;
  // A grid as wide as its container (use_container_width, st.table, a fixed width) spreads the
  // spare room over its data columns rather than leaving an empty band on the right.
  const stretch = el.width > 0 || el.useContainerWidth || kind === "table";
  const layout = useColumnLayout(columns, el.firstWindow, { rowBoxes, stretch, scrollRef: scroll.scrollRef });

  // -- active cell, editing and keys ------------------------------------------------------------
  const values = new GridValues(rows.cache, baseRows, columns, edits);
  const [active, setActive] = useState<Cell | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const editor = useEditor({
    editable,
    disabled: info.disabled,
    edits,
    widget,
    columns,
    kinds: layout.kinds,
    values,
    totalRows,
    checked: selected.checked,
    clearChecked: selected.clearChecked,
    setActive,
    gridRef,
    moveTo: scroll.moveTo,
  });
  const toggleRow = (viewRow: number) => selected.toggleRow(values.rowAt(viewRow));
  const onKeyDown = gridKeyHandler({
    gridRef,
    ignore: editor.editing !== null || !interactive,
    extent: { rows: totalRows, columns: columns.length, pageRows: scroll.pageRows },
    active,
    firstVisible: range.first,
    kinds: layout.kinds,
    editable,
    rowBoxes,
    hasChecked: selected.checked.size > 0,
    setActive,
    ensureVisible: scroll.ensureVisible,
    toggleRow,
    editor,
  });

  // -- rendering ------------------------------------------------------------------------------
  const wrapStyle: Record<string, string> = {};
  if (el.width > 0) wrapStyle.width = `${el.width}px`;
  else if (el.useContainerWidth || kind === "table") wrapStyle.width = "100%";
  else wrapStyle.width = `${layout.totalWidth + 2}px`;

  const matches = !isBaseView && search !== "" ? rows.count : undefined;
  const working = (sort !== null || search !== "") && rows.count === undefined && !rows.failed;

  return (
    <div class={`df-wrap df-${kind}`} style={wrapStyle}>
      {interactive ? (
        <GridToolbar
          query={query}
          working={working}
          matches={matches}
          canDelete={editable && el.canDeleteRows && selected.checked.size > 0}
          canAdd={editable && el.canAddRows && !info.disabled}
          onDelete={editor.deleteChecked}
          onAdd={editor.addNewRow}
        />
      ) : null}
      <div
        class="df-grid"
        role="grid"
        ref={gridRef}
        tabIndex={interactive ? 0 : undefined}
        aria-rowcount={totalRows + 1}
        aria-colcount={columns.length}
        aria-multiselectable={modes.rowSelect ? modes.multiRow : undefined}
        aria-busy={working || undefined}
        onKeyDown={onKeyDown}
      >
        <div class="df-scroll" ref={scroll.scrollRef} style={{ height: `${scroll.gridHeight - 2}px` }} onScroll={scroll.onScroll}>
          <div class="df-sizer" style={{ height: `${scroll.sizerHeight}px`, width: `${layout.totalWidth}px` }}>
            <GridHeader
              columns={columns}
              layout={layout}
              height={scroll.headerHeight}
              rowBoxes={rowBoxes}
              interactive={interactive}
              colSelect={modes.colSelect}
              sort={sort}
              isSelected={selected.isColumnSelected}
              toggleColumn={(j) => selected.toggleColumn(columns[j])}
              cycleSort={query.cycleSort}
            />
            <GridBody
              top={scroll.bodyTop}
              range={range}
              totalRows={totalRows}
              rowHeight={scroll.rowHeight}
              columns={columns}
              layout={layout}
              values={values}
              rowBoxes={rowBoxes}
              disabled={info.disabled}
              interactive={interactive}
              editable={editable}
              active={active}
              editor={editor}
              selected={selected}
              setActive={setActive}
              toggleRow={toggleRow}
            />
          </div>
        </div>
        {totalRows === 0 ? <div class="df-empty">{search !== "" ? "No rows match." : "empty"}</div> : null}
      </div>
      {rows.error ? <div class="df-error">{rows.error}</div> : null}
    </div>
  );
}
