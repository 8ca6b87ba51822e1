// The grid's visible rows, and only those: each row's selection box and cells (the value as its
// column presents it, the frame's Styler display and colours, or the cell's editor), placed at
// `top` inside the scroll area's sizer.
import type { JSX } from "preact";
import type { DataColumn } from "../proto/data_pb";
import { alignment, cellStyle } from "./format";
import type { RowRange } from "./scroll";
import { CellContent } from "./cells";
import { CellEditor } from "./CellEditor";
import type { Cell } from "./gridKeys";
import type { GridValues } from "./gridValues";
import type { ColumnLayout } from "./useColumnLayout";
import type { Editor } from "./useEditor";
import type { GridSelection } from "./useSelection";

export function GridBody({
  top,
  range,
  totalRows,
  rowHeight,
  columns,
  layout,
  values,
  rowBoxes,
  disabled,
  interactive,
  editable,
  active,
  editor,
  selected,
  setActive,
  toggleRow,
}: {
  top: number;
  range: RowRange;
  totalRows: number;
  rowHeight: number;
  columns: readonly DataColumn[];
  layout: ColumnLayout;
  values: GridValues;
  rowBoxes: boolean;
  disabled: boolean;
  interactive: boolean;
  editable: boolean;
  active: Cell | null;
  editor: Editor;
  selected: Pick<GridSelection, "isRowSelected" | "isColumnSelected">;
  setActive: (cell: Cell) => void;
  toggleRow: (row: number) => void;
}) {
  const { kinds, shown, lefts, pinned, boxWidth, totalWidth } = layout;
  const { editing } = editor;
  const rows: JSX.Element[] = [];
  for (let r = range.first; r < range.end && r < totalRows; r++) {
    const row = values.rowAt(r);
    const { ref, position, added } = row;
    const loaded = added !== null || position !== null;
    const rowSelected = selected.isRowSelected(row);
    rows.push(
      <div
        key={r}
        class={`df-row${rowSelected ? " df-selected" : ""}${added !== null ? " df-added" : ""}${loaded ? "" : " df-loading"}`}
        role="row"
        aria-rowindex={r + 2}
        aria-selected={rowBoxes ? rowSelected : undefined}
        style={{ width: `${totalWidth}px`, height: `${rowHeight}px` }}
      >
        {rowBoxes ? (
          <div class="df-cell df-box df-pinned" role="gridcell" style={{ left: "0px", width: `${boxWidth}px` }}>
            {loaded ? (
              <input type="checkbox" tabIndex={-1} checked={rowSelected} disabled={disabled} aria-label={`Select row ${r + 1}`} onChange={() => toggleRow(r)} />
            ) : null}
          </div>
        ) : null}
        {columns.map((c, j) => {
          const k = kinds[j] ?? "text";
          const { value, edited } = values.cellValue(r, j);
          const styledCss = ref?.window.columns[j]?.css?.[ref.index] ?? "";
          const display = ref?.window.columns[j]?.display?.[ref.index] ?? "";
          const isActive = active?.row === r && active.column === j;
          const isEditing = editing !== null && editing.row === r && editing.column === j;
          const editableCell = editor.canEdit(r, j);
          return (
            <div
              key={j}
              role="gridcell"
              aria-colindex={j + 1}
              aria-readonly={editable ? !editableCell : undefined}
              class={`df-cell align-${alignment(c, k)}${pinned[j] ? " df-pinned" : ""}${c.isIndex ? " df-index" : ""}${isActive ? " df-active" : ""}${edited ? " df-edited" : ""}${selected.isColumnSelected(c) ? " df-selected" : ""}`}
              style={{ width: `${shown[j]}px`, ...(pinned[j] ? { left: `${lefts[j]}px` } : {}), ...(edited ? {} : cellStyle(styledCss)) }}
              onClick={interactive ? () => setActive({ row: r, column: j }) : undefined}
              onDblClick={editable ? () => editor.startEditing(r, j) : undefined}
            >
              {isEditing && editing !== null ? (
                <CellEditor column={c} kind={k} draft={editing.draft} onDraft={editor.setDraft} onDone={editor.finishEditing} />
              ) : loaded ? (
                <CellContent
                  value={value}
                  column={c}
                  kind={k}
                  display={edited ? "" : display}
                  editable={editableCell}
                  onToggle={editableCell && k === "checkbox" ? () => editor.startEditing(r, j) : undefined}
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
  return (
    <div class="df-body" role="rowgroup" style={{ transform: `translateY(${top}px)` }}>
      {rows}
    </div>
  );
}
