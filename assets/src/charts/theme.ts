// Chart colours for the page's light and dark themes: a Vega config and a Plotly template
// per theme (theme="streamlit"), after Streamlit's chart theme. Pure data, no imports of the
// chart libraries.
export type ChartBase = "light" | "dark";

const FONT = '"Source Sans 3", sans-serif';

const PALETTE: Record<ChartBase, string[]> = {
  light: ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"],
  dark: ["#83c9ff", "#0068c9", "#ffabab", "#ff2b2b", "#7defa1", "#29b09d", "#ffd16a", "#ff8700", "#6d3fc0", "#d5dae5"],
};

const SEQUENTIAL: Record<ChartBase, string[]> = {
  light: ["#e4f5ff", "#c7ebff", "#a6dcff", "#83c9ff", "#60b4ff", "#3d9df3", "#1c83e1", "#0068c9", "#0054a3", "#004280"],
  dark: ["#004280", "#0054a3", "#0068c9", "#1c83e1", "#3d9df3", "#60b4ff", "#83c9ff", "#a6dcff", "#c7ebff", "#e4f5ff"],
};

interface Colours {
  text: string;
  label: string;
  grid: string;
  land: string;
  border: string;
  tooltipBg: string;
}

const COLOURS: Record<ChartBase, Colours> = {
  light: { text: "#31333f", label: "#555867", grid: "#e6eaf1", land: "#eef0f4", border: "#c3c8d4", tooltipBg: "#ffffff" },
  dark: { text: "#fafafa", label: "#d5dae5", grid: "#31333f", land: "#262730", border: "#4b4e5c", tooltipBg: "#262730" },
};

/** The Vega(-Lite) config for charts drawn with theme="streamlit". */
export function vegaConfig(base: ChartBase): Record<string, unknown> {
  const c = COLOURS[base];
  const palette = PALETTE[base];
  const axis = {
    labelColor: c.label,
    titleColor: c.text,
    gridColor: c.grid,
    domain: false,
    ticks: false,
    labelFont: FONT,
    titleFont: FONT,
    labelFontSize: 12,
    titleFontSize: 13,
    titleFontWeight: 400,
    labelPadding: 6,
    titlePadding: 10,
  };
  return {
    background: "transparent",
    font: FONT,
    padding: { top: 4, left: 4, right: 12, bottom: 4 },
    view: { stroke: null, continuousHeight: 350, continuousWidth: 400 },
    axis,
    axisBand: { grid: false },
    // Category names along x read left to right (Vega-Lite would turn them by 90°).
    axisXBand: { labelAngle: 0, labelOverlap: "greedy", labelLimit: 120 },
    legend: {
      labelColor: c.text,
      titleColor: c.text,
      labelFont: FONT,
      titleFont: FONT,
      labelFontSize: 13,
      titleFontSize: 13,
      titleFontWeight: 400,
      symbolType: "circle",
    },
    title: { color: c.text, font: FONT, fontSize: 16, fontWeight: 600, anchor: "start" },
    header: { labelColor: c.text, titleColor: c.text, labelFont: FONT, titleFont: FONT },
    range: { category: palette, ramp: SEQUENTIAL[base], heatmap: SEQUENTIAL[base], diverging: ["#ff2b2b", c.grid, "#0068c9"] },
    mark: { color: palette[0] },
    line: { strokeWidth: 2, color: palette[0] },
    point: { filled: true, color: palette[0] },
    circle: { color: palette[0] },
    bar: { color: palette[0], binSpacing: 1 },
    area: { color: palette[0] },
    rect: { color: palette[0] },
    geoshape: { fill: c.land, stroke: c.border, strokeWidth: 0.5 },
    text: { color: c.text, font: FONT },
  };
}

/** A Plotly template (layout defaults) for figures drawn with theme="streamlit". */
export function plotlyTemplate(base: ChartBase): Record<string, unknown> {
  const c = COLOURS[base];
  const axis = {
    gridcolor: c.grid,
    zerolinecolor: c.grid,
    linecolor: c.grid,
    tickcolor: c.grid,
    title: { font: { color: c.text, size: 13 } },
    tickfont: { color: c.label, size: 12 },
    automargin: true,
  };
  return {
    layout: {
      font: { family: FONT, color: c.text, size: 13 },
      paper_bgcolor: "rgba(0,0,0,0)",
      plot_bgcolor: "rgba(0,0,0,0)",
      colorway: PALETTE[base],
      colorscale: { sequential: SEQUENTIAL[base].map((colour, i, all) => [i / (all.length - 1), colour]) },
      xaxis: axis,
      yaxis: axis,
      legend: { font: { color: c.text } },
      hoverlabel: { bgcolor: c.tooltipBg, bordercolor: c.border, font: { color: c.text, family: FONT } },
      title: { font: { color: c.text, size: 16 }, x: 0, xanchor: "left" },
      margin: { l: 16, r: 16, t: 32, b: 16 },
      geo: { bgcolor: "rgba(0,0,0,0)", landcolor: c.land, subunitcolor: c.border, countrycolor: c.border },
      polar: { bgcolor: "rgba(0,0,0,0)" },
    },
  };
}

/** The page's theme base, from <html data-theme>. */
export function currentBase(): ChartBase {
  return document.documentElement.dataset.theme === "dark" ? "dark" : "light";
}

/** plotly.py's default colours, which Plotly Express writes into each trace it makes. */
const PLOTLY_DEFAULTS = ["#636efa", "#ef553b", "#00cc96", "#ab63fa", "#ffa15a", "#19d3f3", "#ff6692", "#b6e880", "#ff97ff", "#fecb52"];
const COLOUR_KEYS = new Set(["color", "fillcolor", "bgcolor", "bordercolor"]);

/**
 * The traces with plotly's default colours swapped for the theme's palette (same position),
 * as if the figure had been made with the theme's template. Other colours are left alone.
 */
export function recolourPlotlyDefaults<T>(data: T, base: ChartBase): T {
  const palette = PALETTE[base];
  const swap = (value: unknown, key: string): unknown => {
    if (typeof value === "string") {
      if (!COLOUR_KEYS.has(key)) return value;
      const index = PLOTLY_DEFAULTS.indexOf(value.toLowerCase());
      return index >= 0 ? (palette[index] ?? value) : value;
    }
    if (Array.isArray(value)) return value.map((v) => swap(v, key));
    if (value !== null && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = swap(v, k);
      return out;
    }
    return value;
  };
  return swap(data, "") as T;
}

