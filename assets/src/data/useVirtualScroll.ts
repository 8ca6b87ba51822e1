// The grid's height and its virtual scrolling: which rows are visible, where the body sits, and
// moving the view (scroll bar, wheel, keys). Rows are a fixed height; for frames taller than a
// browser can scroll, the wheel moves by real pixels (scroll.ts has the pure mapping).
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { RefObject } from "preact";
import { geometry, isScaled, scrollFromVirtual, virtualFromScroll, visibleRows, type RowRange } from "./scroll";
import { sourceOfViewKey } from "./query";

/** A row's height unless the element sets one, and always the header's. */
export const ROW_HEIGHT = 35;

export interface ScrollSetup {
  /** Rows in the view, added rows included. */
  readonly rows: number;
  /** The element's row height, 0 for the default. */
  readonly rowHeight: number;
  /** The element's height in pixels, 0 to fit up to `maxRows` rows. */
  readonly height: number;
  readonly maxRows: number;
  /** The view shown (query.ts's key): another view starts at the top... */
  readonly viewKey: string;
  readonly sourceId: string;
  /** ...unless it is the same unsorted, unsearched frame with rows deleted. */
  readonly queried: boolean;
}

export interface VirtualScroll {
  readonly scrollRef: RefObject<HTMLDivElement | null>;
  readonly rowHeight: number;
  readonly headerHeight: number;
  /** The grid's outer height. */
  readonly gridHeight: number;
  /** Rows a page key moves by. */
  readonly pageRows: number;
  readonly range: RowRange;
  /** Where the body of visible rows sits in the sizer, and the sizer's height. */
  readonly bodyTop: number;
  readonly sizerHeight: number;
  readonly onScroll: (e: Event) => void;
  /** Scrolls to a virtual offset (clamped), e.g. Number.MAX_SAFE_INTEGER for the end. */
  readonly moveTo: (virtualTop: number) => void;
  /** Scrolls as little as needed to show the row. */
  readonly ensureVisible: (row: number) => void;
}

export function useVirtualScroll(setup: ScrollSetup): VirtualScroll {
  const rowHeight = setup.rowHeight > 0 ? setup.rowHeight : ROW_HEIGHT;
  const headerHeight = ROW_HEIGHT;
  const gridHeight = setup.height > 0 ? setup.height : headerHeight + Math.max(1, Math.min(setup.rows, setup.maxRows)) * rowHeight + 2;
  const viewport = Math.max(rowHeight, gridHeight - headerHeight - 2);
  const g = geometry(setup.rows, rowHeight, viewport);
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
  const lastView = useRef(setup.viewKey);
  useLayoutEffect(() => {
    if (lastView.current === setup.viewKey) return;
    const sameSource = sourceOfViewKey(lastView.current) === setup.sourceId;
    lastView.current = setup.viewKey;
    if (!sameSource || setup.queried) moveTo(0);
  });

  const clampedTop = Math.min(top, Math.max(0, g.virtualHeight - g.viewport));
  const range = visibleRows(clampedTop, rowHeight, viewport, Math.max(setup.rows, 1));

  const ensureVisible = (row: number) => {
    const rowTop = row * rowHeight;
    if (rowTop < clampedTop) moveTo(rowTop);
    else if (rowTop + rowHeight > clampedTop + viewport) moveTo(rowTop + rowHeight - viewport);
  };

  return {
    scrollRef,
    rowHeight,
    headerHeight,
    gridHeight,
    pageRows: Math.floor(viewport / rowHeight),
    range,
    bodyTop: headerHeight + scrollFromVirtual(g, clampedTop) - range.offset,
    sizerHeight: headerHeight + g.physicalHeight,
    onScroll,
    moveTo,
    ensureVisible,
  };
}
