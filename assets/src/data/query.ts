// Which view of the kept frame the grid shows (sort, search, the editor's deleted rows): its
// cache key, the sort a header click leads to, and the DataWindowRequest for rows of it. Pure.
import { create } from "@bufbuild/protobuf";
import { DataWindowRequestSchema, DataWindowRequest_SortKeySchema, type DataWindowRequest } from "../proto/data_pb";

export interface Sort {
  readonly column: number;
  readonly descending: boolean;
}

/** A click on a column's sort: ascending, then descending, then unsorted again. */
export function nextSort(sort: Sort | null, column: number): Sort | null {
  return sort === null || sort.column !== column ? { column, descending: false } : sort.descending ? null : { column, descending: true };
}

/** The key rows of one view are cached under; the same view always gives the same key. */
export function viewKeyOf(sourceId: string, sort: Sort | null, search: string, hidden: readonly number[]): string {
  return JSON.stringify([sourceId, sort, search, hidden]);
}

/** The unsorted, unsearched view with no rows deleted: the rows the element brought. */
export function baseViewKey(sourceId: string): string {
  return viewKeyOf(sourceId, null, "", []);
}

export function sourceOfViewKey(key: string): string {
  return (JSON.parse(key) as [string])[0];
}

export interface WindowAsk {
  readonly sourceId: string;
  readonly seq: number;
  /** The grid's id in the window router (windows.ts), which the answer is sent back to. */
  readonly view: number;
  readonly start: number;
  readonly end: number;
  readonly sort: Sort | null;
  readonly search: string;
  readonly hidden: readonly number[];
}

export function windowRequest(ask: WindowAsk): DataWindowRequest {
  return create(DataWindowRequestSchema, {
    sourceId: ask.sourceId,
    seq: ask.seq,
    view: ask.view,
    start: BigInt(ask.start),
    count: ask.end - ask.start,
    sort: ask.sort === null ? [] : [create(DataWindowRequest_SortKeySchema, { column: ask.sort.column, descending: ask.sort.descending })],
    search: ask.search,
    hiddenPositions: ask.hidden.map((p) => BigInt(p)),
  });
}
