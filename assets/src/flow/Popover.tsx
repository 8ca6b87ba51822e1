// st.popover: a button that opens a floating container below it. The container stays mounted
// while closed, so its widgets keep their state; a click outside or Esc closes it.
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import type { Popover } from "../proto/flow_pb";
import type { BlockNode } from "../session/tree";
import { Children } from "../render/Children";
import { InlineMarkdown } from "../text/InlineMarkdown";
import { Icon } from "../text/Icon";
import { Help } from "../text/Help";
import "./flow.css";

const EDGE_PX = 8;

export function PopoverView({ block, node }: { block: Popover; node: BlockNode }) {
  const [open, setOpen] = useState(false);
  const [alignRight, setAlignRight] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  // A layout effect: the listeners are in place as soon as the open panel is in the DOM.
  useLayoutEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    // Esc closes it wherever the focus is (a rerun may have moved focus out of the panel).
    const closeOnEscape = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      rootRef.current?.querySelector<HTMLButtonElement>(".popover-button")?.focus();
    };
    document.addEventListener("mousedown", close, true);
    document.addEventListener("keydown", closeOnEscape);
    return () => {
      document.removeEventListener("mousedown", close, true);
      document.removeEventListener("keydown", closeOnEscape);
    };
  }, [open]);

  // A popover near the right edge of the window opens towards the left.
  useLayoutEffect(() => {
    if (!open) return;
    setAlignRight(false);
    const panel = panelRef.current;
    if (panel && panel.getBoundingClientRect().right > window.innerWidth - EDGE_PX) setAlignRight(true);
  }, [open]);

  return (
    <div
      class={`popover${block.useContainerWidth ? " full" : ""}`}
      ref={rootRef}
    >
      <div class="button-row">
        <button
          type="button"
          class="btn btn-secondary popover-button"
          aria-expanded={open}
          aria-haspopup="dialog"
          disabled={block.disabled}
          onClick={() => setOpen(!open)}
        >
          {block.icon ? <Icon icon={block.icon} /> : null}
          <InlineMarkdown body={block.label} />
          <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M7 10l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
        </button>
        <Help text={block.help} />
      </div>
      <div ref={panelRef} class={`popover-panel stack${alignRight ? " right" : ""}`} role="dialog" aria-label={block.label} hidden={!open}>
        <Children node={node} />
      </div>
    </div>
  );
}
