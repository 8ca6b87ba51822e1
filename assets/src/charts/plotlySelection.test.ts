import { describe, expect, it } from "vitest";
import { selectionState } from "./plotlySelection";

describe("plotly selection", () => {
  it("reports points, their indices, boxes and lassos as Streamlit does", () => {
    const state = selectionState({
      points: [{ curveNumber: 0, pointNumber: 3, pointIndex: 3, x: 3, y: 9 }],
      selections: [
        { type: "rect", xref: "x", yref: "y", x0: 1, x1: 4, y0: 0, y1: 20 },
        { type: "path", xref: "x", yref: "y", path: "M1,2L3,4L5,0Z" },
      ],
    });
    expect(state).toEqual({
      selection: {
        points: [{ curve_number: 0, point_number: 3, point_index: 3, x: 3, y: 9 }],
        point_indices: [3],
        box: [{ xref: "x", yref: "y", x: [1, 4], y: [0, 20] }],
        lasso: [{ xref: "x", yref: "y", x: [1, 3, 5], y: [2, 4, 0] }],
      },
    });
  });

  it("reports an empty selection when it is cleared", () => {
    expect(selectionState(undefined)).toEqual({ selection: { points: [], point_indices: [], box: [], lasso: [] } });
  });
});
