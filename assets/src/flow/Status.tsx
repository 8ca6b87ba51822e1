// st.status: an expander whose header shows the task's state (a turning ring while it runs,
// a check when complete, a cross on error). Like an expander, the user's open/closed choice
// survives reruns; a change of `expanded` by the app still wins.
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { Status_State, type Status } from "../proto/flow_pb";
import type { BlockNode } from "../session/tree";
import { Children } from "../render/Children";
import { InlineMarkdown } from "../text/InlineMarkdown";
import "./flow.css";

const STATE_NAMES = { [Status_State.RUNNING]: "running", [Status_State.COMPLETE]: "complete", [Status_State.ERROR]: "error" } as const;

function StateIcon({ state }: { state: Status_State }) {
  if (state === Status_State.COMPLETE) {
    return (
      <svg class="status-icon complete" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round" />
      </svg>
    );
  }
  if (state === Status_State.ERROR) {
    return (
      <svg class="status-icon error" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M7 7l10 10M17 7L7 17" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" />
      </svg>
    );
  }
  return <span class="status-icon running spinner-ring" aria-hidden="true" />;
}

export function StatusView({ block, node }: { block: Status; node: BlockNode }) {
  const [open, setOpen] = useState(block.expanded);
  const lastProp = useRef(block.expanded);
  useEffect(() => {
    if (lastProp.current !== block.expanded) setOpen(block.expanded);
    lastProp.current = block.expanded;
  }, [block.expanded]);
  const panelId = useId();
  const state = STATE_NAMES[block.state] ?? "running";
  return (
    <div class={`expander status-box status-${state}${open ? " open" : ""}`} data-state={state}>
      <button type="button" class="expander-header" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <StateIcon state={block.state} />
        <span class="expander-label">
          <InlineMarkdown body={block.label} />
        </span>
        <span class="visually-hidden">{` (${state})`}</span>
        <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M7 10l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      </button>
      <div class="expander-body stack" id={panelId} hidden={!open}>
        <Children node={node} />
      </div>
    </div>
  );
}
