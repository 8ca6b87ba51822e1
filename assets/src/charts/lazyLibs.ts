// The chart libraries, loaded only when a page shows a chart of their kind: Vega (with
// Vega-Lite and vega-embed) for the built-in charts, st.map, Altair and Vega-Lite specs;
// plotly.js for st.plotly_chart; the world outlines for st.map. None is in the core bundle.
import { lazy } from "../lib/lazy";

export const vegaLib = lazy(async () => {
  const [embed, interpreter] = await Promise.all([import("vega-embed"), import("vega-interpreter")]);
  return { embed: embed.default, expressionInterpreter: interpreter.expressionInterpreter };
});

export type VegaLib = Awaited<ReturnType<typeof vegaLib.load>>;

// plotly.js's "strict" bundle: no eval or new Function, so it runs under the page's
// Content-Security-Policy (script-src 'self').
export const plotlyLib = lazy(async () => (await import("./plotly")).Plotly);

export type PlotlyLib = Awaited<ReturnType<typeof plotlyLib.load>>;

export const basemapLib = lazy(async () => (await import("./basemap")).worldFeatures());
