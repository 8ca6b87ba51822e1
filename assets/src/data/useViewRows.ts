// The rows of the view the grid shows: useViewRows keeps them (ViewWindows, fed by the DataWindow
// answers windows.ts routes here) and re-renders when rows arrive; useRowRequests asks the server
// for the rows near the visible ones that are missing, after each render.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { DataWindow } from "../proto/data_pb";
import { useSession } from "../session/context";
import type { RowCache } from "./rowCache";
import type { RowRange } from "./scroll";
import { windowRequest, type Sort } from "./query";
import { ViewWindows } from "./viewWindows";
import { nextSeq, registerView } from "./windows";

export interface ViewRows {
  /** The rows of the shown view that the page has. */
  readonly cache: RowCache;
  /** How many rows the shown view has, once the server said (the base view's is the element's). */
  readonly count: number | undefined;
  /** The server could not make the shown view (its request is not repeated). */
  readonly failed: boolean;
  /** The last error the server sent for a window, "" after rows came. */
  readonly error: string;
  readonly windows: ViewWindows;
  /** This grid's id in the window router. */
  readonly viewId: () => number;
  /** The first visible row, set each render: answers are cached near it. */
  readonly near: { current: number };
}

export function useViewRows(sourceId: string, firstWindow: DataWindow | undefined, viewKey: string): ViewRows {
  const [, setVersion] = useState(0);
  const bump = () => setVersion((n) => n + 1);
  const windows = useRef<ViewWindows | null>(null);
  if (windows.current === null) windows.current = new ViewWindows(sourceId);
  const book = windows.current;
  book.seed(sourceId, firstWindow);
  const [viewCounts, setViewCounts] = useState<ReadonlyMap<string, number>>(new Map());
  const [error, setError] = useState("");

  const source = useRef(sourceId);
  source.current = sourceId;
  const near = useRef(0);
  const view = useRef<{ id: number; dispose: () => void } | null>(null);
  if (view.current === null) {
    view.current = registerView({
      sourceId: () => source.current,
      receive: (w: DataWindow) => {
        const got = book.receive(w, near.current);
        if (got.kind === "error") {
          setError(got.error);
          bump();
        } else if (got.kind === "rows") {
          setError("");
          setViewCounts((m) => new Map(m).set(got.key, got.count));
          bump();
        }
      },
      invalidate: () => {
        book.invalidate();
        bump();
      },
    });
  }
  useEffect(() => () => view.current?.dispose(), []);

  const lastView = useRef(viewKey);
  useLayoutEffect(() => {
    if (lastView.current === viewKey) return;
    lastView.current = viewKey;
    book.keepOnly(viewKey, sourceId);
  });

  return {
    cache: book.cacheFor(viewKey),
    count: viewCounts.get(viewKey),
    failed: book.hasFailed(viewKey),
    error,
    windows: book,
    viewId: () => view.current?.id ?? 0,
    near,
  };
}

export interface RowsWanted {
  readonly sourceId: string;
  readonly viewKey: string;
  readonly sort: Sort | null;
  readonly search: string;
  readonly hidden: readonly number[];
  /** The rows of the view (without rows the editor added). */
  readonly rows: number;
  readonly range: RowRange;
}

export function useRowRequests(rows: ViewRows, wanted: RowsWanted): void {
  const session = useSession();
  rows.near.current = wanted.range.first;
  useEffect(() => {
    const ask = rows.windows.nextRequest(wanted.viewKey, wanted.range, wanted.rows, nextSeq, Date.now());
    if (ask === null) return;
    session.requestDataWindow(
      windowRequest({
        sourceId: wanted.sourceId,
        seq: ask.seq,
        view: rows.viewId(),
        start: ask.start,
        end: ask.end,
        sort: wanted.sort,
        search: wanted.search,
        hidden: wanted.hidden,
      }),
    );
  });
}
