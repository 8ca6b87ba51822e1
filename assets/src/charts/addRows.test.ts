import { create } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { DeltaSchema } from "../proto/forward_pb";
import { ElementSchema } from "../proto/element_pb";
import { AddRowsSchema, DataValuesSchema, DataWindowSchema } from "../proto/data_pb";
import { ChartDatasetSchema, VegaLiteChartSchema } from "../proto/charts_pb";
import { DoubleArraySchema } from "../proto/widgets_pb";
import { applyDelta, emptyTree } from "../session/tree";
import { datasetRows } from "./chartData";

const doubles = (data: number[]) => create(DataValuesSchema, { values: { case: "doubles", value: create(DoubleArraySchema, { data }) } });

describe("add_rows on a chart in the tree", () => {
  it("grows the chart's table in place of the old element", () => {
    const chart = create(VegaLiteChartSchema, {
      spec: "{}",
      datasets: [create(ChartDatasetSchema, { name: "table", columnNames: ["y"], columns: [doubles([1, 2])] })],
    });
    const element = create(ElementSchema, { type: { case: "vegaLiteChart", value: chart } });
    let tree = applyDelta(emptyTree(), create(DeltaSchema, { path: [0, 0], type: { case: "newElement", value: element } }), 1);
    const add = create(AddRowsSchema, { sourceId: "table", rowCount: 3n, rows: create(DataWindowSchema, { columns: [doubles([3])] }) });
    tree = applyDelta(tree, create(DeltaSchema, { path: [0, 0], type: { case: "addRows", value: add } }), 1);
    const node = tree[0]!.children[0]!;
    if (node.kind !== "element" || node.element.type.case !== "vegaLiteChart") throw new Error("not a chart");
    expect(datasetRows(node.element.type.value.datasets[0]!)).toEqual([{ y: 1 }, { y: 2 }, { y: 3 }]);
  });
});
