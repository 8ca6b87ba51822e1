// The shape of a family's `components` record (assets/src/<family>/index.tsx): for each of
// the family's Element cases, the component that draws it (null: the element draws nothing).
// ElementBody merges the families' records and looks an element's case up in it.
import type { ComponentType } from "preact";
import type { Element } from "../proto/element_pb";

export type ElementCase = NonNullable<Element["type"]["case"]>;

/** The message an element of case `C` carries. */
export type ElementValue<C extends ElementCase> = Extract<Element["type"], { case: C }>["value"];

export type ElementComponents<C extends ElementCase> = {
  readonly [K in C]: ComponentType<{ el: ElementValue<K> }> | null;
};
