// Virtual scrolling for grids of any length: the scroll area is as tall as the rows, up to
// MAX_SCROLL_PX; beyond that (browsers cap element heights at ~16-33M px) the scroll bar maps
// linearly onto the rows, while the wheel and keys move by real pixels (see useVirtualScroll.ts).
// Pure functions, unit-tested.

/** The tallest scroll area used; 10,000,000 rows x 35 px would be 350M px. */
export const MAX_SCROLL_PX = 8_000_000;

export interface Geometry {
  /** Height of all rows, in pixels, as if nothing were capped. */
  readonly virtualHeight: number;
  /** Height of the element that makes the scroll bar. */
  readonly physicalHeight: number;
  /** Height of the visible row area. */
  readonly viewport: number;
}

export function geometry(rows: number, rowHeight: number, viewport: number): Geometry {
  const virtualHeight = rows * rowHeight;
  return { virtualHeight, physicalHeight: Math.min(virtualHeight, MAX_SCROLL_PX), viewport };
}

export function isScaled(g: Geometry): boolean {
  return g.virtualHeight > g.physicalHeight;
}

/** The largest virtual offset (the last row at the bottom). */
export function maxVirtualTop(g: Geometry): number {
  return Math.max(0, g.virtualHeight - g.viewport);
}

function maxPhysicalTop(g: Geometry): number {
  return Math.max(0, g.physicalHeight - g.viewport);
}

/** The virtual offset shown when the scroll bar is at `scrollTop`. */
export function virtualFromScroll(g: Geometry, scrollTop: number): number {
  if (!isScaled(g)) return Math.max(0, Math.min(scrollTop, maxVirtualTop(g)));
  const physical = maxPhysicalTop(g);
  if (physical <= 0) return 0;
  return (Math.max(0, Math.min(scrollTop, physical)) / physical) * maxVirtualTop(g);
}

/** Where the scroll bar must be to show virtual offset `top`. */
export function scrollFromVirtual(g: Geometry, top: number): number {
  const clamped = Math.max(0, Math.min(top, maxVirtualTop(g)));
  if (!isScaled(g)) return clamped;
  const virtual = maxVirtualTop(g);
  return virtual <= 0 ? 0 : (clamped / virtual) * maxPhysicalTop(g);
}

export interface RowRange {
  /** First row (partly) visible. */
  readonly first: number;
  /** One past the last row (partly) visible. */
  readonly end: number;
  /** How far the first row is scrolled out of view, in pixels. */
  readonly offset: number;
}

export function visibleRows(top: number, rowHeight: number, viewport: number, rows: number): RowRange {
  const first = Math.max(0, Math.min(Math.floor(top / rowHeight), Math.max(0, rows - 1)));
  const offset = top - first * rowHeight;
  const end = Math.min(rows, first + Math.ceil((viewport + offset) / rowHeight) + 1);
  return { first, end, offset };
}
