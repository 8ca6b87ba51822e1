// A Plotly selection event as st.plotly_chart reports it to the app (snake_case keys, as in
// Streamlit): {"selection": {points, point_indices, box, lasso}}. Pure functions.
type Json = Record<string, unknown>;

interface PlotlyPoint {
  curveNumber?: number;
  pointNumber?: number | number[];
  pointIndex?: number;
  pointNumbers?: number[];
  x?: unknown;
  y?: unknown;
  z?: unknown;
  lat?: unknown;
  lon?: unknown;
  customdata?: unknown;
  hovertext?: unknown;
  text?: unknown;
  label?: unknown;
  value?: unknown;
}

export interface SelectionEvent {
  points?: PlotlyPoint[];
  selections?: Array<{ type?: string; xref?: string; yref?: string; x0?: number; x1?: number; y0?: number; y1?: number; path?: string }>;
  range?: unknown;
  lassoPoints?: { x?: unknown[]; y?: unknown[] };
}

/** A selection event as Streamlit reports it (snake_case keys). */
export function selectionState(event: SelectionEvent | undefined): Json {
  const points = (event?.points ?? []).map((p) => {
    const out: Json = {};
    const names: Array<[keyof PlotlyPoint, string]> = [
      ["curveNumber", "curve_number"],
      ["pointNumber", "point_number"],
      ["pointIndex", "point_index"],
      ["pointNumbers", "point_numbers"],
      ["x", "x"],
      ["y", "y"],
      ["z", "z"],
      ["lat", "lat"],
      ["lon", "lon"],
      ["customdata", "customdata"],
      ["hovertext", "hovertext"],
      ["text", "text"],
      ["label", "label"],
      ["value", "value"],
    ];
    for (const [from, to] of names) if (p[from] !== undefined) out[to] = p[from];
    return out;
  });
  const box: Json[] = [];
  const lasso: Json[] = [];
  for (const s of event?.selections ?? []) {
    if (s.type === "rect") box.push({ xref: s.xref, yref: s.yref, x: [s.x0, s.x1], y: [s.y0, s.y1] });
    else if (s.type === "path" && s.path) {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const pair of s.path.replace(/[MLZ]/g, " ").trim().split(/\s+/)) {
        const [x, y] = pair.split(",").map(Number);
        if (x !== undefined && y !== undefined && !Number.isNaN(x) && !Number.isNaN(y)) {
          xs.push(x);
          ys.push(y);
        }
      }
      lasso.push({ xref: s.xref, yref: s.yref, x: xs, y: ys });
    }
  }
  const indices = points.map((p) => p.point_index ?? p.point_number).filter((i): i is number => typeof i === "number");
  return { selection: { points, point_indices: indices, box, lasso } };
}

