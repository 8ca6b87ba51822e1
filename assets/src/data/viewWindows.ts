// The grid's book of rows per view of the frame: a RowCache per view key (the base view seeded
// by the element's first window), the request in flight, views whose request failed, and which
// view each unanswered seq was for. Plain object without Preact; useViewRows drives it.
import type { DataWindow } from "../proto/data_pb";
import { RowCache, loadWindow } from "./rowCache";
import type { RowRange } from "./scroll";
import { baseViewKey } from "./query";

// Rows asked for around the visible ones, and how close a missing row must be to ask.
export const OVERSCAN = 60;
export const NEAR = 15;
// A request still unanswered after this long is asked again.
export const RETRY_MS = 8000;

interface Inflight {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly seq: number;
  readonly at: number;
}

/** What a DataWindow answer did: rows for a view, an error to show, or nothing (a stale answer). */
export type Received =
  | { readonly kind: "rows"; readonly key: string; readonly count: number }
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "stale" };

export class ViewWindows {
  private readonly caches = new Map<string, RowCache>();
  private readonly failed = new Set<string>();
  private readonly seqKeys = new Map<number, string>();
  private inflight: Inflight | null = null;
  private seeded: DataWindow | undefined = undefined;
  private seededSource: string;

  constructor(sourceId: string) {
    this.seededSource = sourceId;
  }

  /** The rows the element brought seed the cache of the unsorted, unsearched view. */
  seed(sourceId: string, firstWindow: DataWindow | undefined): void {
    const baseKey = baseViewKey(sourceId);
    if (this.seededSource !== sourceId) {
      // Other data: rows of the old frame are of no use.
      this.seededSource = sourceId;
      this.caches.clear();
    }
    if (this.seeded !== firstWindow || !this.caches.has(baseKey)) {
      this.seeded = firstWindow;
      const cache = new RowCache(firstWindow ? [loadWindow(firstWindow)] : []);
      const old = this.caches.get(baseKey);
      if (old !== undefined && firstWindow !== undefined && old.size > 0) cache.absorb(old);
      this.caches.set(baseKey, cache);
    }
  }

  cacheFor(key: string): RowCache {
    let cache = this.caches.get(key);
    if (cache === undefined) {
      cache = new RowCache();
      this.caches.set(key, cache);
    }
    return cache;
  }

  hasFailed(key: string): boolean {
    return this.failed.has(key);
  }

  /** Files an answer; `near` is the first visible row, which the cache keeps windows close to. */
  receive(w: DataWindow, near: number): Received {
    const key = this.seqKeys.get(w.seq);
    // Older requests the server skipped (a newer one superseded them) get no answer.
    for (const seq of this.seqKeys.keys()) if (seq <= w.seq) this.seqKeys.delete(seq);
    if (this.inflight !== null && w.seq >= this.inflight.seq) this.inflight = null;
    if (w.error) {
      // Not asked again for this view: the same request would fail the same way.
      if (key !== undefined) this.failed.add(key);
      return { kind: "error", error: w.error };
    }
    if (key === undefined) return { kind: "stale" };
    this.cacheFor(key).add(loadWindow(w), near);
    return { kind: "rows", key, count: Number(w.viewRowCount) };
  }

  /** The server's rows are stale (the frame changed): everything is asked for again. */
  invalidate(): void {
    this.caches.clear();
    this.failed.clear();
    this.inflight = null;
  }

  /** Rows of views no longer shown (an earlier search text, another sort) are let go. */
  keepOnly(viewKey: string, sourceId: string): void {
    const baseKey = baseViewKey(sourceId);
    for (const key of [...this.caches.keys()]) if (key !== viewKey && key !== baseKey) this.caches.delete(key);
  }

  /**
   * The rows to ask for so that those near `range` are there, or null when they are (or are
   * already asked for, or the view failed). Records the request under `seq` when there is one.
   */
  nextRequest(
    viewKey: string,
    range: RowRange,
    rows: number,
    seq: () => number,
    now: number,
  ): { start: number; end: number; seq: number } | null {
    const from = Math.max(0, range.first - NEAR);
    const to = Math.min(rows, range.end + NEAR);
    if (to <= from || this.failed.has(viewKey)) return null;
    const missing = this.cacheFor(viewKey).missing(from, to);
    if (missing === null) return null;
    const busy = this.inflight;
    if (busy && busy.key === viewKey && busy.start <= missing[0] && busy.end >= missing[1] && now - busy.at < RETRY_MS) return null;
    // Ask for a little more than is missing, so that scrolling on finds its rows there.
    const start = Math.max(0, Math.min(missing[0], range.first - OVERSCAN));
    const end = Math.min(rows, Math.max(missing[1], range.end + OVERSCAN));
    const next = seq();
    this.seqKeys.set(next, viewKey);
    this.inflight = { key: viewKey, start, end, seq: next, at: now };
    return { start, end, seq: next };
  }
}
