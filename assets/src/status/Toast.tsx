// st.toast: a card in the corner (the event container) that leaves after a few seconds or
// when closed. A new call carries a new nonce, so it remounts and shows again.
import { useEffect, useState } from "preact/hooks";
import type { Toast } from "../proto/status_pb";
import { InlineMarkdown } from "../text/InlineMarkdown";
import { Icon } from "../text/Icon";

const SHOWN_MS = 4000;

export function ToastView({ el }: { el: Toast }) {
  const [shown, setShown] = useState(true);
  useEffect(() => {
    const timer = window.setTimeout(() => setShown(false), SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, []);
  if (!shown) return null;
  return (
    <div class="toast" role="status" aria-live="polite">
      {el.icon ? <Icon icon={el.icon} /> : null}
      <div class="toast-body">
        <InlineMarkdown body={el.body} />
      </div>
      <button type="button" class="toast-close" aria-label="Close" onClick={() => setShown(false)}>
        ×
      </button>
    </div>
  );
}
