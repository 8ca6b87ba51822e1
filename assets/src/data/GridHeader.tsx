// The grid's header row: a column header per column (name, dtype or help as its title, sort
// state and button, column selection), pinned where the column is, and the row boxes' corner.
import type { DataColumn } from "../proto/data_pb";
import { alignment } from "./format";
import type { Sort } from "./query";
import type { ColumnLayout } from "./useColumnLayout";

export function GridHeader({
  columns,
  layout,
  height,
  rowBoxes,
  interactive,
  colSelect,
  sort,
  isSelected,
  toggleColumn,
  cycleSort,
}: {
  columns: readonly DataColumn[];
  layout: ColumnLayout;
  height: number;
  rowBoxes: boolean;
  /** False for st.table: no sorting, no selecting. */
  interactive: boolean;
  /** A click on a header selects the column (rather than sorting by it). */
  colSelect: boolean;
  sort: Sort | null;
  isSelected: (column: DataColumn) => boolean;
  toggleColumn: (column: number) => void;
  cycleSort: (column: number) => void;
}) {
  const { kinds, shown, lefts, pinned, boxWidth, totalWidth } = layout;
  return (
    <div class="df-row df-header" role="row" aria-rowindex={1} style={{ width: `${totalWidth}px`, height: `${height}px` }}>
      {rowBoxes ? <div class="df-cell df-box df-pinned" role="columnheader" style={{ left: "0px", width: `${boxWidth}px` }} aria-label="Row selection" /> : null}
      {columns.map((c, j) => {
        const sorted = sort?.column === j ? (sort.descending ? "descending" : "ascending") : "none";
        const selected = isSelected(c);
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
}
