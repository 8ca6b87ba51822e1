// add_rows for a chart already on the page: its named table grows by the rows of the delta.
// Pure functions, in the core bundle (session/tree.ts applies deltas).
import { create } from "@bufbuild/protobuf";
import type { AddRows, DataValues } from "../proto/data_pb";
import { DataValuesSchema, BoolArraySchema } from "../proto/data_pb";
import { ChartDatasetSchema, type VegaLiteChart } from "../proto/charts_pb";
import { DoubleArraySchema, IntArraySchema, StringArraySchema } from "../proto/widgets_pb";

function length(values: DataValues): number {
  return values.values.case === undefined ? 0 : values.values.value.data.length;
}

function concatValues(a: DataValues, b: DataValues): DataValues | null {
  const offset = length(a);
  const missing = [...a.missing, ...b.missing.map((i) => i + offset)];
  const x = a.values;
  const y = b.values;
  if (x.case === undefined) return b;
  if (y.case === undefined) return a;
  if (x.case !== y.case) return null;
  switch (x.case) {
    case "doubles":
      return create(DataValuesSchema, { values: { case: "doubles", value: create(DoubleArraySchema, { data: [...x.value.data, ...(y.value.data as number[])] }) }, missing });
    case "ints":
      return create(DataValuesSchema, { values: { case: "ints", value: create(IntArraySchema, { data: [...x.value.data, ...(y.value.data as bigint[])] }) }, missing });
    case "strings":
      return create(DataValuesSchema, { values: { case: "strings", value: create(StringArraySchema, { data: [...x.value.data, ...(y.value.data as string[])] }) }, missing });
    case "bools":
      return create(DataValuesSchema, { values: { case: "bools", value: create(BoolArraySchema, { data: [...x.value.data, ...(y.value.data as boolean[])] }) }, missing });
  }
}

/**
 * The chart with `add.rows` appended to its dataset `add.sourceId` (columns in the dataset's
 * order); null when they do not fit (the server then sends the whole chart next time).
 */
export function appendChartRows(chart: VegaLiteChart, add: AddRows): VegaLiteChart | null {
  const index = chart.datasets.findIndex((d) => d.name === add.sourceId);
  const dataset = chart.datasets[index];
  const added = add.rows?.columns ?? [];
  if (dataset === undefined || added.length !== dataset.columns.length) return null;
  const columns: DataValues[] = [];
  for (let c = 0; c < added.length; c++) {
    const joined = concatValues(dataset.columns[c] as DataValues, added[c] as DataValues);
    if (joined === null) return null;
    columns.push(joined);
  }
  const datasets = chart.datasets.slice();
  datasets[index] = create(ChartDatasetSchema, { name: dataset.name, columnNames: [...dataset.columnNames], columns });
  return { ...chart, datasets };
}

