// st.tabs: a tab list and one panel per Tab block. The chosen tab survives reruns; every
// panel stays mounted (inactive ones hidden) so their widgets keep their state, as in Streamlit.
import { useId, useRef, useState } from "preact/hooks";
import { useContext } from "preact/hooks";
import type { BlockNode } from "../session/tree";
import { isStale } from "../session/tree";
import { Children } from "../render/Children";
import { FragmentContext, RunContext } from "../render/runContext";
import { InlineMarkdown } from "../text/InlineMarkdown";

export function TabsView({ node }: { node: BlockNode }) {
  const [active, setActive] = useState(0);
  const run = useContext(RunContext);
  const fragment = useContext(FragmentContext);
  const baseId = useId();
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const tabs = node.children;
  const current = Math.min(active, Math.max(tabs.length - 1, 0));

  const onKeyDown = (e: KeyboardEvent) => {
    const delta = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    let next = current + delta;
    if (e.key === "Home") next = 0;
    else if (e.key === "End") next = tabs.length - 1;
    else if (delta === 0) return;
    e.preventDefault();
    next = (next + tabs.length) % tabs.length;
    setActive(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <div class="tabs">
      <div class="tab-list" role="tablist" onKeyDown={onKeyDown}>
        {tabs.map((tab, i) => {
          const label = tab.kind === "block" && tab.block?.type.case === "tab" ? tab.block.type.value.label : "";
          return (
            <button
              key={i}
              ref={(el) => {
                tabRefs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${i}`}
              aria-selected={i === current}
              aria-controls={`${baseId}-panel-${i}`}
              tabIndex={i === current ? 0 : -1}
              class={`tab-button${i === current ? " active" : ""}`}
              onClick={() => setActive(i)}
            >
              <InlineMarkdown body={label} />
            </button>
          );
        })}
      </div>
      {tabs.map((tab, i) =>
        tab.kind === "block" ? (
          <div
            key={i}
            class="block bl-tab stack"
            data-testid="tab"
            data-stale={run.running && isStale(tab, run.run, run.fragmentId, fragment) ? "" : undefined}
            role="tabpanel"
            id={`${baseId}-panel-${i}`}
            aria-labelledby={`${baseId}-tab-${i}`}
            hidden={i !== current}
          >
            <Children node={tab} />
          </div>
        ) : null,
      )}
    </div>
  );
}
