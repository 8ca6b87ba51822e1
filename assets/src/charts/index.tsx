// The chart components as the page's core bundle knows them: small shells that load the real
// component (and, through it, Vega or plotly.js) the first time a page shows a chart.
import type { PlotlyChart, VegaLiteChart } from "../proto/charts_pb";
import { lazy, useLazy } from "../lib/lazy";
import type { ElementComponents } from "../render/components";

const vegaView = lazy(() => import("./VegaLiteChart"));
const plotlyView = lazy(() => import("./PlotlyChart"));

/** Space for a chart that is still loading, so the page does not jump when it appears. */
function Placeholder({ height }: { height: number }) {
  return <div class="chart chart-loading" style={{ minHeight: `${height}px` }} aria-busy="true" />;
}

function specHeight(spec: string): number {
  const match = /"height":(\d+)/.exec(spec);
  return match ? Number(match[1]) : 350;
}

function VegaLiteChartView({ el }: { el: VegaLiteChart }) {
  const mod = useLazy(vegaView, true);
  return mod ? <mod.VegaLiteChartView el={el} /> : <Placeholder height={specHeight(el.spec)} />;
}

function PlotlyChartView({ el }: { el: PlotlyChart }) {
  const mod = useLazy(plotlyView, true);
  return mod ? <mod.PlotlyChartView el={el} /> : <Placeholder height={450} />;
}

/** The charts family's components, by element case (render/ElementBody.tsx looks them up). */
export const components: ElementComponents<"vegaLiteChart" | "plotlyChart"> = {
  vegaLiteChart: VegaLiteChartView,
  plotlyChart: PlotlyChartView,
};
