// The grid's columns as drawn: each column's presentation, width, left edge and pinning. Widths
// are settled by the first rows the element brought; a stretched grid follows its box's width.
import { useLayoutEffect, useMemo, useState } from "preact/hooks";
import type { RefObject } from "preact";
import type { DataColumn, DataWindow } from "../proto/data_pb";
import { formatCell, linkText, presentation, type Presentation } from "./format";
import { loadWindow, valueOf } from "./rowCache";
import { columnWidth, spreadColumns } from "./columns";

const SELECT_COLUMN_WIDTH = 36;

export interface ColumnLayout {
  readonly kinds: readonly Presentation[];
  readonly shown: readonly number[];
  readonly lefts: readonly number[];
  readonly pinned: readonly boolean[];
  /** Width of the row-selection boxes' column, 0 without it. */
  readonly boxWidth: number;
  readonly totalWidth: number;
}

export function useColumnLayout(
  columns: readonly DataColumn[],
  firstWindow: DataWindow | undefined,
  options: { rowBoxes: boolean; stretch: boolean; scrollRef: RefObject<HTMLDivElement | null> },
): ColumnLayout {
  const kinds = useMemo(() => columns.map(presentation), [columns]);
  const widths = useMemo(() => {
    const first = firstWindow ? loadWindow(firstWindow) : null;
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
  const boxWidth = options.rowBoxes ? SELECT_COLUMN_WIDTH : 0;
  // A grid as wide as its container (use_container_width, st.table, a fixed width) spreads the
  // spare room over its data columns rather than leaving an empty band on the right.
  const { stretch, scrollRef } = options;
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
  const growable = columns.map((c) => !c.isIndex && !c.config?.width);
  const { shown, lefts, totalWidth } = spreadColumns(widths, growable, boxWidth, stretch ? available : 0);
  return { kinds, shown, lefts, pinned: columns.map((c) => c.isIndex || Boolean(c.config?.pinned)), boxWidth, totalWidth };
}
