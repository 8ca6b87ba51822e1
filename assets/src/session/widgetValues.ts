// What each widget reports in a rerun request (docs/protocol.md, "Widgets and their
// values"), and the value the server put in the element.
import { create } from "@bufbuild/protobuf";
import type { Element } from "../proto/element_pb";
import {
  DoubleArraySchema,
  IntArraySchema,
  NumberInput_DataType,
  StringArraySchema,
  type WidgetState,
} from "../proto/widgets_pb";

/** The value part of a WidgetState (its oneof). */
export type WidgetValue = WidgetState["value"];

export const nullValue: WidgetValue = { case: "nullValue", value: true };

export function doubles(data: readonly number[]): WidgetValue {
  return { case: "doubleArrayValue", value: create(DoubleArraySchema, { data: [...data] }) };
}

export function ints(data: readonly number[]): WidgetValue {
  return { case: "intArrayValue", value: create(IntArraySchema, { data: data.map((n) => BigInt(n)) }) };
}

export function strings(data: readonly string[]): WidgetValue {
  return { case: "stringArrayValue", value: create(StringArraySchema, { data: [...data] }) };
}

/** The value the server shows in the element; undefined for buttons (they only trigger). */
export function valueFromElement(element: Element): WidgetValue | undefined {
  const t = element.type;
  switch (t.case) {
    case "checkbox":
      return { case: "boolValue", value: t.value.value };
    case "radio":
    case "selectbox":
      return { case: "intValue", value: BigInt(t.value.index) };
    case "multiselect":
      return ints(t.value.indices);
    case "slider":
      return doubles(t.value.value);
    case "numberInput": {
      const v = t.value.value;
      if (v === undefined) return nullValue;
      return t.value.dataType === NumberInput_DataType.INT
        ? { case: "intValue", value: BigInt(Math.round(v)) }
        : { case: "doubleValue", value: v };
    }
    case "textInput":
    case "textArea":
    case "timeInput":
      return t.value.value === undefined ? nullValue : { case: "stringValue", value: t.value.value };
    case "dateInput":
      return strings(t.value.value);
    case "colorPicker":
      return { case: "stringValue", value: t.value.value };
    case "dataframe":
    case "dataEditor":
      // Selection or edits, as JSON (docs/protocol.md, "Data windows").
      return t.value.info ? { case: "jsonValue", value: t.value.valueJson } : undefined;
    case "fileUploader":
      return { case: "fileIdsValue", value: create(StringArraySchema, { data: t.value.files.map((f) => f.fileId) }) };
    case "vegaLiteChart":
    case "plotlyChart":
      return t.value.info?.id ? { case: "jsonValue", value: t.value.selectionJson || "{}" } : undefined;
    default:
      return undefined;
  }
}

// Typed readers: a widget component knows which case it stores.
export function asBool(v: WidgetValue): boolean {
  return v.case === "boolValue" ? v.value : false;
}
export function asInt(v: WidgetValue): number {
  if (v.case === "intValue") return Number(v.value);
  if (v.case === "doubleValue") return v.value;
  return -1;
}
export function asNumber(v: WidgetValue): number | null {
  if (v.case === "intValue") return Number(v.value);
  if (v.case === "doubleValue") return v.value;
  return null;
}
export function asInts(v: WidgetValue): number[] {
  return v.case === "intArrayValue" ? v.value.data.map((n) => Number(n)) : [];
}
export function asDoubles(v: WidgetValue): number[] {
  return v.case === "doubleArrayValue" ? [...v.value.data] : [];
}
export function asStrings(v: WidgetValue): string[] {
  return v.case === "stringArrayValue" ? [...v.value.data] : [];
}
export function asString(v: WidgetValue): string | null {
  return v.case === "stringValue" ? v.value : null;
}
