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
import { elementKind, widgetInfo } from "./kinds";
import type { Shown } from "./kinds.generated";

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

// Each way an untouched widget reports its element's value (the registry names one per kind).
type Shows = (message: any) /* each reads its own kind's message */ => WidgetValue | undefined;
const SHOWN: Record<Shown, Shows> = {
  trigger: () => undefined, // buttons only trigger
  bool: (m) => ({ case: "boolValue", value: m.value }),
  index: (m) => ({ case: "intValue", value: BigInt(m.index) }),
  indices: (m) => ints(m.indices),
  doubles: (m) => doubles(m.value),
  number: (m) => {
    if (m.value === undefined) return nullValue;
    return m.dataType === NumberInput_DataType.INT
      ? { case: "intValue", value: BigInt(Math.round(m.value)) }
      : { case: "doubleValue", value: m.value };
  },
  text: (m) => (m.value === undefined ? nullValue : { case: "stringValue", value: m.value }),
  strings: (m) => strings(m.value),
  string: (m) => ({ case: "stringValue", value: m.value }),
  // Selection or edits, as JSON (docs/protocol.md, "Data windows").
  value_json: (m) => ({ case: "jsonValue", value: m.valueJson }),
  selection_json: (m) => ({ case: "jsonValue", value: m.selectionJson || "{}" }),
  file_ids: (m) => ({
    case: "fileIdsValue",
    value: create(StringArraySchema, { data: m.files.map((f: { fileId: string }) => f.fileId) }),
  }),
  nothing: () => undefined,
};

/** The value the server shows in the element; undefined for buttons (they only trigger) and
 * for elements that are not widgets. */
export function valueFromElement(element: Element): WidgetValue | undefined {
  const kind = elementKind(element);
  if (kind?.shown === undefined || widgetInfo(element) === null) return undefined;
  return SHOWN[kind.shown](element.type.value);
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
