// st.expander: the open state belongs to the user and survives reruns (the component stays
// mounted while its slot holds an expander); a change of `expanded` in the app still wins.
import { useEffect, useId, useRef, useState } from "preact/hooks";
import type { Expander } from "../proto/layout_pb";
import type { BlockNode } from "../session/tree";
import { Children } from "../render/Children";
import { InlineMarkdown } from "../text/InlineMarkdown";
import { Icon } from "../text/Icon";

export function ExpanderView({ block, node }: { block: Expander; node: BlockNode }) {
  const [open, setOpen] = useState(block.expanded);
  const lastProp = useRef(block.expanded);
  useEffect(() => {
    if (lastProp.current !== block.expanded) setOpen(block.expanded);
    lastProp.current = block.expanded;
  }, [block.expanded]);
  const panelId = useId();
  return (
    <div class={`expander${open ? " open" : ""}`}>
      <button type="button" class="expander-header" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {block.icon ? <Icon icon={block.icon} /> : null}
        <span class="expander-label">
          <InlineMarkdown body={block.label} />
        </span>
        <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M7 10l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      </button>
      {/* Closed content stays mounted (hidden): widgets in it keep their state. */}
      <div class="expander-body stack" id={panelId} hidden={!open}>
        <Children node={node} />
      </div>
    </div>
  );
}
