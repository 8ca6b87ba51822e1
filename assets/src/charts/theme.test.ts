import { describe, expect, it } from "vitest";
import { recolourPlotlyDefaults, vegaConfig } from "./theme";

describe("chart themes", () => {
  it("swaps plotly's default colours for the theme's, position by position", () => {
    const traces = [
      { type: "bar", marker: { color: "#636EFA", line: { color: "#ffffff" } } },
      { type: "scatter", line: { color: "#EF553B" }, name: "#636efa" },
      { type: "bar", marker: { color: ["#00cc96", "red"] } },
    ];
    expect(recolourPlotlyDefaults(traces, "light")).toEqual([
      { type: "bar", marker: { color: "#0068c9", line: { color: "#ffffff" } } },
      { type: "scatter", line: { color: "#83c9ff" }, name: "#636efa" },
      { type: "bar", marker: { color: ["#ff2b2b", "red"] } },
    ]);
    expect(recolourPlotlyDefaults(traces, "dark")[0]?.marker?.color).toBe("#83c9ff");
  });

  it("gives each theme readable text", () => {
    const light = vegaConfig("light") as { axis: { labelColor: string }; background: string };
    const dark = vegaConfig("dark") as { axis: { labelColor: string } };
    expect(light.background).toBe("transparent");
    expect(light.axis.labelColor).not.toBe(dark.axis.labelColor);
  });
});
