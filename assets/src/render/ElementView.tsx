// The wrapper every element gets: data-testid (the st.* name), data-key for keyed widgets,
// Streamlit's class names (render/streamlitHooks.ts: apps' and components' CSS select them),
// data-stale while a run has not reached it. The element's own component re-renders only
// when its message changes (an "unchanged" marker keeps the same object).
import { memo } from "preact/compat";
import type { ElementNode } from "../session/tree";
import { elementName, widgetInfo } from "../session/kinds";
import { ElementBody } from "./ElementBody";
import { ErrorBoundary } from "./ErrorBoundary";
import { ELEMENT_CONTAINER_CLASSES, keyClass } from "./streamlitHooks";

function ElementViewImpl({ node, stale }: { node: ElementNode; stale: boolean }) {
  const name = elementName(node.element);
  const key = widgetInfo(node.element)?.key;
  // A toast's card is in the toast stack (data-testid="toast"); its slot is an empty anchor.
  const testId = name === "toast" ? "toast-slot" : name;
  return (
    <div class={`element ${ELEMENT_CONTAINER_CLASSES} el-${name} ${keyClass(key)}`.trimEnd()} data-testid={testId} data-key={key || undefined} data-stale={stale ? "" : undefined}>
      <ErrorBoundary element={node.element}>
        <ElementBody element={node.element} />
      </ErrorBoundary>
    </div>
  );
}

export const ElementView = memo(ElementViewImpl);
