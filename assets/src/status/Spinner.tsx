// st.spinner while its block runs: a turning ring, the text, and the elapsed time if asked.
import { useEffect, useState } from "preact/hooks";
import type { Spinner } from "../proto/status_pb";
import { InlineMarkdown } from "../text/InlineMarkdown";

export function SpinnerView({ el }: { el: Spinner }) {
  const [start] = useState(() => performance.now());
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!el.showTime) return;
    const timer = window.setInterval(() => setElapsed((performance.now() - start) / 1000), 100);
    return () => window.clearInterval(timer);
  }, [el.showTime, start]);
  return (
    <div class="spinner" role="status">
      <span class="spinner-ring" aria-hidden="true" />
      <InlineMarkdown body={el.text} />
      {el.showTime ? <span class="spinner-time">({elapsed.toFixed(1)}s)</span> : null}
    </div>
  );
}
