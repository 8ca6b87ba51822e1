// st.progress: a bar from 0 to 100 with optional markdown text above it.
import type { Progress } from "../proto/status_pb";
import { InlineMarkdown } from "../text/InlineMarkdown";

export function ProgressView({ el }: { el: Progress }) {
  const value = Math.max(0, Math.min(100, el.value));
  return (
    <div class="progress">
      {el.text ? (
        <div class="progress-text">
          <InlineMarkdown body={el.text} />
        </div>
      ) : null}
      <div class="progress-track" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} aria-label={el.text || "Progress"}>
        <div class="progress-bar" style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}
