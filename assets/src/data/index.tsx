// The data grid as the page's core bundle knows it: a shell that loads the real component
// (data/DataFrameView.tsx with its hooks and views, ~12 KB gzip) the first time a page shows a
// dataframe, table or editor, with a box of the grid's height meanwhile so the page does not jump.
import type { DataFrame } from "../proto/data_pb";
import { lazy, useLazy } from "../lib/lazy";
import type { ElementComponents } from "../render/components";
import type { GridKind } from "./DataFrameView";

const gridView = lazy(() => import("./DataFrameView"));

const ROW_HEIGHT = 35;

function Placeholder({ el, kind }: { el: DataFrame; kind: GridKind }) {
  const rows = Math.min(Number(el.rowCount), kind === "table" ? 200 : 10);
  const height = el.height > 0 ? el.height : ROW_HEIGHT * (Math.max(1, rows) + 1) + 2;
  return <div class="df-wrap df-loading-grid" style={{ height: `${height}px` }} aria-busy="true" />;
}

function DataGridView({ el, kind }: { el: DataFrame; kind: GridKind }) {
  // Asked for during the first render (not after it, in an effect): the sooner, the better.
  if (gridView.current === undefined) void gridView.load().catch(() => undefined);
  const mod = useLazy(gridView, true);
  return mod ? <mod.DataFrameView el={el} kind={kind} /> : <Placeholder el={el} kind={kind} />;
}

/** The data family's components, by element case (render/ElementBody.tsx looks them up): one
 * grid, told which of the three it is. */
export const components: ElementComponents<"dataframe" | "table" | "dataEditor"> = {
  dataframe: ({ el }) => <DataGridView el={el} kind="dataframe" />,
  table: ({ el }) => <DataGridView el={el} kind="table" />,
  dataEditor: ({ el }) => <DataGridView el={el} kind="data_editor" />,
};
