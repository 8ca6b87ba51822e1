// st.plotly_chart: the figure plotly.py wrote, drawn by plotly.js (loaded on first use).
// theme="streamlit" figures get the page's light/dark template. With on_select the chart is
// a widget whose value is {"selection": {points, point_indices, box, lasso}}.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { PlotlyChart } from "../proto/charts_pb";
import { useLazy } from "../lib/lazy";
import { infoOf, useWidget } from "../widgets/useWidget";
import { plotlyLib } from "./lazyLibs";
import { bumpRenderedRev, useThemeBase } from "./hooks";
import { plotlyTemplate, recolourPlotlyDefaults } from "./theme";
import { selectionState, type SelectionEvent } from "./plotlySelection";
import "../styles/charts.css";

type Json = Record<string, unknown>;

type PlotlyDiv = HTMLDivElement & { on?(event: string, handler: (e: unknown) => void): void; removeAllListeners?(event: string): void };

export function PlotlyChartView({ el }: { el: PlotlyChart }) {
  const Plotly = useLazy(plotlyLib, true);
  const base = useThemeBase();
  const host = useRef<PlotlyDiv>(null);
  const [error, setError] = useState<string | null>(null);
  const info = infoOf(el);
  const selectable = info.id !== "" && el.selectionModes.length > 0;
  const widget = useWidget(info, { case: "jsonValue", value: el.selectionJson || "{}" });
  const widgetRef = useRef(widget);
  widgetRef.current = widget;
  const figure = useMemo(() => {
    try {
      return JSON.parse(el.figure) as { data?: unknown[]; layout?: Json; frames?: unknown[] };
    } catch {
      return null;
    }
  }, [el.figure]);
  const modes = el.selectionModes.join(",");

  useEffect(() => {
    const target = host.current;
    if (Plotly === undefined || target === null) return;
    if (figure === null) {
      setError("The figure is not valid JSON.");
      return;
    }
    let cancelled = false;
    const layout: Json = { ...(figure.layout ?? {}) };
    if (el.theme === "streamlit") layout.template = plotlyTemplate(base);
    if (el.useContainerWidth) {
      delete layout.width;
      layout.autosize = true;
    }
    if (selectable) {
      const wanted = modes.split(",");
      layout.clickmode ??= "event+select";
      layout.hovermode ??= "closest";
      if (layout.dragmode === undefined) layout.dragmode = wanted.includes("box") ? "select" : wanted.includes("lasso") ? "lasso" : "zoom";
    }
    let config: Json = { displaylogo: false, responsive: true, modeBarButtonsToRemove: ["sendDataToCloud", "toImage"] };
    if (el.config) {
      try {
        config = { ...config, ...(JSON.parse(el.config) as Json) };
      } catch {
        // keep the defaults: a broken config must not hide the chart
      }
    }
    setError(null);
    const report = (event: unknown) => {
      const text = JSON.stringify(selectionState(event as SelectionEvent | undefined));
      const w = widgetRef.current;
      const shown = w.value.case === "jsonValue" ? w.value.value : "";
      if (text !== shown) w.set({ case: "jsonValue", value: text });
    };
    const data = el.theme === "streamlit" ? recolourPlotlyDefaults(figure.data ?? [], base) : (figure.data ?? []);
    Plotly.react(target, data as never, layout as never, config as never)
      .then(() => {
        if (cancelled) return;
        if (selectable) {
          target.removeAllListeners?.("plotly_selected");
          target.removeAllListeners?.("plotly_deselect");
          target.removeAllListeners?.("plotly_click");
          target.on?.("plotly_selected", report);
          target.on?.("plotly_deselect", () => report(undefined));
          if (modes.split(",").includes("points")) target.on?.("plotly_click", report);
        }
        requestAnimationFrame(() => {
          if (!cancelled) bumpRenderedRev(target);
        });
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(`The figure could not be drawn: ${e instanceof Error ? e.message : String(e)}`);
      });
    return () => {
      cancelled = true;
    };
  }, [Plotly, figure, el.theme, el.config, el.useContainerWidth, base, selectable, modes]);

  useEffect(() => {
    const target = host.current;
    return () => {
      if (target !== null && plotlyLib.current !== undefined) plotlyLib.current.purge(target);
    };
  }, []);

  return (
    <div class={`chart plotly-chart${el.useContainerWidth ? " full" : ""}`}>
      {error ? (
        <div class="chart-error" role="alert">
          {error}
        </div>
      ) : null}
      <div class="chart-canvas" ref={host} />
    </div>
  );
}
