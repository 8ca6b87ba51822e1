// Vega-Lite charts: st.line_chart, area_chart, bar_chart, scatter_chart, map, altair_chart and
// vega_lite_chart. Vega loads on first use; the spec's named data come from the element's
// column-by-column datasets; theme="streamlit" charts take the page's light/dark colours.
// Expressions are interpreted (no eval), so the page's Content-Security-Policy holds.
// With on_select, the chart is a widget whose value is {"selection": {param: value}}.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { VegaLiteChart } from "../proto/charts_pb";
import { useLazy } from "../lib/lazy";
import { infoOf, useWidget } from "../widgets/useWidget";
import { basemapLib, vegaLib, type VegaLib } from "./lazyLibs";
import { datasetRows, datasetsKey, type Row } from "./chartData";
import { bumpRenderedRev, debounce, useThemeBase } from "./hooks";
import { vegaConfig, type ChartBase } from "./theme";
import "../styles/charts.css";

/** Vega view state (selection stores) by widget id, kept across redraws of the same chart. */
const viewStates = new Map<string, unknown>();
const COMPOSITE = ["hconcat", "vconcat", "concat", "facet", "repeat"];
const SELECTION_DEBOUNCE_MS = 150;

type Spec = Record<string, unknown>;
type View = Awaited<ReturnType<VegaLib["embed"]>>["view"];

function fullSpec(el: VegaLiteChart, rows: Record<string, Row[]>, basemap: unknown[] | undefined): Spec {
  const spec = JSON.parse(el.spec) as Spec;
  const datasets: Record<string, unknown> = { ...((spec.datasets as Record<string, unknown> | undefined) ?? {}), ...rows };
  if (basemap !== undefined) datasets.dataapp_basemap = basemap;
  spec.datasets = datasets;
  if (el.useContainerWidth && !COMPOSITE.some((k) => k in spec)) {
    spec.width = "container";
    spec.autosize ??= { type: "fit", contains: "padding" };
  }
  return spec;
}

function embedConfig(el: VegaLiteChart, base: ChartBase): Record<string, unknown> {
  if (el.theme === "streamlit") return vegaConfig(base);
  return { background: "transparent" };
}

/** The selection as Streamlit reports it: a point selection's list of points, else the value. */
function processedSelection(value: unknown): unknown {
  if (value !== null && typeof value === "object" && "vlPoint" in value) {
    const point = (value as { vlPoint?: { or?: unknown } }).vlPoint;
    if (point && typeof point === "object" && "or" in point) return point.or;
  }
  return value ?? {};
}

export function VegaLiteChartView({ el }: { el: VegaLiteChart }) {
  const vega = useLazy(vegaLib, true);
  const basemap = useLazy(basemapLib, el.basemap);
  const base = useThemeBase();
  const host = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const info = infoOf(el);
  const selectable = info.id !== "" && el.selectionParams.length > 0;
  const widget = useWidget(info, { case: "jsonValue", value: el.selectionJson || "{}" });
  const widgetRef = useRef(widget);
  widgetRef.current = widget;
  // Redraw when what is drawn changes, not when only the reported selection came back.
  const dataKey = useMemo(() => datasetsKey(el.datasets), [el.datasets]);
  const rows = useMemo(() => Object.fromEntries(el.datasets.map((d) => [d.name, datasetRows(d)])), [dataKey]);
  const params = el.selectionParams.join("\u001f");

  useEffect(() => {
    const target = host.current;
    if (vega === undefined || target === null || (el.basemap && basemap === undefined)) return;
    let cancelled = false;
    let view: View | undefined;
    let finalize: (() => void) | undefined;
    let spec: Spec;
    try {
      spec = fullSpec(el, rows, el.basemap ? basemap : undefined);
    } catch (e) {
      setError(`The chart's spec is not valid JSON: ${String(e)}`);
      return;
    }
    setError(null);
    const selectionParams = params ? params.split("\u001f") : [];
    vega
      .embed(target, spec as never, {
        actions: false,
        renderer: "canvas",
        mode: "vega-lite",
        ast: true,
        expr: vega.expressionInterpreter,
        config: embedConfig(el, base) as never,
        ...(el.theme === "streamlit" ? {} : base === "dark" ? { theme: "dark" as const } : {}),
        tooltip: { theme: base },
        defaultStyle: false,
      })
      .then(async (result) => {
        if (cancelled) {
          result.finalize();
          return;
        }
        view = result.view;
        finalize = result.finalize;
        if (selectable) {
          const saved = viewStates.get(info.id);
          if (saved !== undefined) {
            try {
              view.setState(saved as never);
            } catch (e) {
              console.warn("dataapp: could not restore a chart's selection", e);
            }
          }
          for (const param of selectionParams) {
            view.addSignalListener(
              param,
              debounce(SELECTION_DEBOUNCE_MS, (name: string, value: unknown) => {
                const w = widgetRef.current;
                const shown = w.value.case === "jsonValue" ? w.value.value : "{}";
                let current: { selection?: Record<string, unknown> } = {};
                try {
                  current = JSON.parse(shown || "{}") as typeof current;
                } catch {
                  current = {};
                }
                const next = { selection: { ...(current.selection ?? {}), [name]: processedSelection(value) } };
                const text = JSON.stringify(next);
                if (text !== JSON.stringify(current)) w.set({ case: "jsonValue", value: text });
              }),
            );
          }
        }
        await view.runAsync();
        requestAnimationFrame(() => {
          if (!cancelled) bumpRenderedRev(target);
        });
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(`The chart could not be drawn: ${e instanceof Error ? e.message : String(e)}`);
      });
    return () => {
      cancelled = true;
      if (selectable && view !== undefined) {
        try {
          viewStates.set(
            info.id,
            view.getState({ data: (name?: string) => selectionParams.some((p) => `${p}_store` === name), recurse: false } as never),
          );
        } catch {
          viewStates.delete(info.id);
        }
      }
      finalize?.();
    };
  }, [vega, basemap, el.spec, el.basemap, el.theme, el.useContainerWidth, rows, base, selectable, info.id, params]);

  const height = useMemo(() => {
    try {
      const h = (JSON.parse(el.spec) as Spec).height;
      return typeof h === "number" ? h : undefined;
    } catch {
      return undefined;
    }
  }, [el.spec]);

  return (
    <div class={`chart vega-chart${el.useContainerWidth ? " full" : ""}`}>
      {error ? (
        <div class="chart-error" role="alert">
          {error}
        </div>
      ) : (
        <div class="chart-canvas" ref={host} style={vega === undefined && height ? { minHeight: `${height}px` } : undefined} />
      )}
      {el.note ? (
        <div class="chart-note" title={el.note}>
          {el.note}
        </div>
      ) : null}
    </div>
  );
}
