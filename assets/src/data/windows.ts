// Routes DataWindow messages to the grid that asked (by view id), and tells every grid of a
// source when the server says its rows are stale. The session hands every DataWindow here.
import type { DataWindow } from "../proto/data_pb";

interface View {
  readonly sourceId: () => string;
  readonly receive: (w: DataWindow) => void;
  readonly invalidate: () => void;
}

const views = new Map<number, View>();
let lastView = 0;
let lastSeq = 0;

/** A new grid's view id; call the returned function when the grid goes away. */
export function registerView(view: View): { id: number; dispose: () => void } {
  const id = ++lastView;
  views.set(id, view);
  return { id, dispose: () => views.delete(id) };
}

export function nextSeq(): number {
  lastSeq = (lastSeq + 1) % 0xffffffff;
  return lastSeq;
}

export function receiveDataWindow(w: DataWindow): void {
  if (w.invalidate) {
    for (const view of views.values()) if (view.sourceId() === w.sourceId) view.invalidate();
    return;
  }
  views.get(w.view)?.receive(w);
}
