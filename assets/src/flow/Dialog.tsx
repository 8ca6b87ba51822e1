// A dialog opened by an st.dialog function: a modal <dialog> over the page. Esc, the X and a
// click outside close it when it is dismissible; what closing does next (nothing, a rerun,
// the on_dismiss callback) the block says. Each call of the function (a new nonce) reopens
// it; the app closes it for good by not calling the function in a run (st.rerun()).
import { useEffect, useId, useLayoutEffect, useRef, useState } from "preact/hooks";
import { Dialog_OnDismiss, Dialog_Width, type Dialog } from "../proto/flow_pb";
import type { BlockNode } from "../session/tree";
import { Children } from "../render/Children";
import { useSession } from "../session/context";
import { InlineMarkdown } from "../text/InlineMarkdown";
import "./flow.css";

const WIDTHS = { [Dialog_Width.SMALL]: "small", [Dialog_Width.MEDIUM]: "medium", [Dialog_Width.LARGE]: "large" } as const;

export function DialogView({ block, node }: { block: Dialog; node: BlockNode }) {
  const session = useSession();
  const ref = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(true);
  const titleId = useId();
  useEffect(() => setOpen(true), [block.nonce]);

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);

  const dismiss = () => {
    if (!block.dismissible) return;
    setOpen(false);
    if (block.onDismiss === Dialog_OnDismiss.RERUN) session.requestRerun();
    else if (block.onDismiss === Dialog_OnDismiss.CALLBACK && block.dismissId) session.trigger(block.dismissId);
  };

  return (
    <dialog
      ref={ref}
      class={`modal modal-${WIDTHS[block.width] ?? "small"}`}
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        // Handled here, so the browser's own Esc handling never closes a non-dismissible dialog.
        e.preventDefault();
        dismiss();
      }}
      onCancel={(e) => {
        e.preventDefault();
        dismiss();
      }}
      onClose={() => {
        // Closed by the browser regardless (it may insist): keep a non-dismissible one open.
        if (open && !block.dismissible) ref.current?.showModal();
      }}
      onClick={(e) => {
        // The dialog element itself is only hit on its backdrop: the content fills it.
        if (e.target === ref.current) dismiss();
      }}
    >
      <div class="modal-inner">
        <div class="modal-header">
          <h2 class="modal-title" id={titleId}>
            <InlineMarkdown body={block.title} />
          </h2>
          {block.dismissible ? (
            <button type="button" class="icon-button modal-close" aria-label="Close" onClick={dismiss}>
              <svg viewBox="0 0 24 24" aria-hidden="true">
                <path d="M6.5 6.5l11 11M17.5 6.5l-11 11" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
              </svg>
            </button>
          ) : null}
        </div>
        <div class="modal-body stack">
          <Children node={node} />
        </div>
      </div>
    </dialog>
  );
}
