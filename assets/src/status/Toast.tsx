// st.toast: a card in the corner that leaves after a few seconds or when closed. The card
// lives in the page's toast stack (app/Toasts), not in its slot, so a rerun that does not
// call st.toast again does not cut it short; the slot itself shows nothing.
import { useEffect } from "preact/hooks";
import type { Toast } from "../proto/status_pb";
import { InlineMarkdown } from "../text/InlineMarkdown";
import { Icon } from "../text/Icon";

const SHOWN_MS = 4000;

export function ToastView(_props: { el: Toast }) {
  return null;
}

export function ToastCard({ toast, onClose }: { toast: Toast; onClose(): void }) {
  useEffect(() => {
    const timer = window.setTimeout(onClose, SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <div class="toast" role="status" aria-live="polite" data-testid="toast">
      {toast.icon ? <Icon icon={toast.icon} /> : null}
      <div class="toast-body">
        <InlineMarkdown body={toast.body} />
      </div>
      <button type="button" class="toast-close" aria-label="Close" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
