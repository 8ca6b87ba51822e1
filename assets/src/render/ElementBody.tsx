// Picks the component for an element by its case, from the records its family folder exports
// (assets/src/<family>/index.tsx; charts, data and media load their real components lazily).
import type { ComponentType } from "preact";
import { memo } from "preact/compat";
import type { Element } from "../proto/element_pb";
import type { ElementCase, ElementValue } from "./components";
import { components as text } from "../text";
import { components as status } from "../status";
import { components as widgets } from "../widgets";
import { components as data } from "../data";
import { components as charts } from "../charts";
import { components as media } from "../media";
import { components as chat } from "../chat";
import { components as flow } from "../flow";
import { components as customComponents } from "../components";
import { components as layout } from "../layout";

// Typed over every case: an Element case no family draws fails the typecheck here.
const COMPONENTS: { readonly [C in ElementCase]: ComponentType<{ el: ElementValue<C> }> | null } = {
  ...text,
  ...status,
  ...widgets,
  ...data,
  ...charts,
  ...media,
  ...chat,
  ...flow,
  ...customComponents,
  ...layout,
};

function ElementBodyImpl({ element }: { element: Element }) {
  const t = element.type;
  if (t.case === undefined) return null;
  // TypeScript cannot pair the looked-up component with its case's message; the record's type does.
  const View = COMPONENTS[t.case] as ComponentType<{ el: typeof t.value }> | null;
  return View ? <View el={t.value} /> : null;
}

export const ElementBody = memo(ElementBodyImpl);
