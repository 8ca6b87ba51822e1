// plotly.js behind one import, so that the lazy chunk has one entry and TypeScript a type.
// The strict bundle has the same API as plotly.js-dist-min.
import type * as PlotlyTypes from "plotly.js";
// @ts-expect-error: the bundle ships no type declarations of its own.
import PlotlyBundle from "plotly.js-strict-dist-min";

export const Plotly = PlotlyBundle as typeof PlotlyTypes;
