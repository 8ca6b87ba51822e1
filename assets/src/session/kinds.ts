// Names elements and blocks the way the Python API does (st.<name>): these names are
// the data-testid test hooks documented in docs/frontend.md.
import type { Element } from "../proto/element_pb";
import type { Block } from "../proto/layout_pb";
import type { WidgetInfo } from "../proto/widgets_pb";
import { BLOCK_NAMES, ELEMENT_KINDS, type ElementKind } from "./kinds.generated";

/** The registry's entry for an element's kind (undefined for an empty element). */
export function elementKind(element: Element): ElementKind | undefined {
  const c = element.type.case;
  return c === undefined ? undefined : ELEMENT_KINDS[c];
}

export function elementName(element: Element): string {
  const kind = elementKind(element);
  if (kind === undefined) return "empty";
  if (kind.variants === undefined) return kind.name;
  const value = (element.type.value as unknown as Record<string, unknown>)[kind.variants.field];
  return kind.variants.names[Number(value)] ?? kind.name;
}

export function blockName(block: Block | null): string {
  const c = block?.type.case;
  return c === undefined ? "container" : BLOCK_NAMES[c];
}

/** The WidgetInfo of a widget element, or null for elements that are not widgets. */
export function widgetInfo(element: Element): WidgetInfo | null {
  const kind = elementKind(element);
  if (kind === undefined || kind.widget === "never") return null;
  const info = (element.type.value as { info?: WidgetInfo }).info;
  // A dataframe or chart is a widget only when it reports selections (on_select).
  if (kind.widget === "on_select") return info?.id ? info : null;
  return info ?? null;
}
