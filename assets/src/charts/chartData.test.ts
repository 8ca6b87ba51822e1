import { describe, expect, it } from "vitest";
import { create } from "@bufbuild/protobuf";
import { AddRowsSchema, DataValuesSchema, DataWindowSchema } from "../proto/data_pb";
import { ChartDatasetSchema, VegaLiteChartSchema } from "../proto/charts_pb";
import { DoubleArraySchema, StringArraySchema } from "../proto/widgets_pb";
import { datasetRows, datasetsKey } from "./chartData";
import { appendChartRows } from "./addRows";

const doubles = (data: number[], missing: number[] = []) =>
  create(DataValuesSchema, { values: { case: "doubles", value: create(DoubleArraySchema, { data }) }, missing });
const strings = (data: string[], missing: number[] = []) =>
  create(DataValuesSchema, { values: { case: "strings", value: create(StringArraySchema, { data }) }, missing });

const table = () =>
  create(ChartDatasetSchema, { name: "table", columnNames: ["x", "s"], columns: [doubles([1, 2, 0], [2]), strings(["a", "", "c"], [1])] });

describe("chart data", () => {
  it("turns columns into rows, missing values into null", () => {
    expect(datasetRows(table())).toEqual([
      { x: 1, s: "a" },
      { x: 2, s: null },
      { x: null, s: "c" },
    ]);
  });

  it("appends add_rows to the named table, shifting missing offsets", () => {
    const chart = create(VegaLiteChartSchema, { spec: "{}", datasets: [table()] });
    const add = create(AddRowsSchema, {
      sourceId: "table",
      rowCount: 5n,
      rows: create(DataWindowSchema, { columns: [doubles([7, 0], [1]), strings(["z", "y"])] }),
    });
    const grown = appendChartRows(chart, add);
    expect(grown).not.toBeNull();
    expect(datasetRows(grown!.datasets[0]!)).toEqual([
      { x: 1, s: "a" },
      { x: 2, s: null },
      { x: null, s: "c" },
      { x: 7, s: "z" },
      { x: null, s: "y" },
    ]);
    // The original element is left as it was (the tree is immutable).
    expect(datasetRows(chart.datasets[0]!)).toHaveLength(3);
  });

  it("refuses rows that do not fit", () => {
    const chart = create(VegaLiteChartSchema, { spec: "{}", datasets: [table()] });
    const wrongCount = create(AddRowsSchema, { sourceId: "table", rows: create(DataWindowSchema, { columns: [doubles([1])] }) });
    const wrongKind = create(AddRowsSchema, { sourceId: "table", rows: create(DataWindowSchema, { columns: [strings(["1"]), strings(["a"])] }) });
    const wrongName = create(AddRowsSchema, { sourceId: "other", rows: create(DataWindowSchema, { columns: [doubles([1]), strings(["a"])] }) });
    expect(appendChartRows(chart, wrongCount)).toBeNull();
    expect(appendChartRows(chart, wrongKind)).toBeNull();
    expect(appendChartRows(chart, wrongName)).toBeNull();
  });

  it("fingerprints content, not object identity", () => {
    expect(datasetsKey([table()])).toBe(datasetsKey([table()]));
    const changed = table();
    changed.columns[0] = doubles([1, 2.5, 0], [2]);
    expect(datasetsKey([changed])).not.toBe(datasetsKey([table()]));
    const moved = table();
    moved.columns[1] = strings(["a", "", "c"], [0]);
    expect(datasetsKey([moved])).not.toBe(datasetsKey([table()]));
  });
});
