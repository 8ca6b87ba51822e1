// The "?" next to a label: its text shows on hover and on keyboard focus. The tooltip is
// only in the DOM while shown, so an element's textContent stays the app's text.
import { useState } from "preact/hooks";
import { InlineMarkdown } from "./InlineMarkdown";

export function Help({ text }: { text: string }) {
  const [shown, setShown] = useState(false);
  if (!text) return null;
  return (
    <span
      class="help"
      tabIndex={0}
      role="img"
      aria-label={`Help: ${text}`}
      onMouseEnter={() => setShown(true)}
      onMouseLeave={() => setShown(false)}
      onFocus={() => setShown(true)}
      onBlur={() => setShown(false)}
      onKeyDown={(e) => e.key === "Escape" && setShown(false)}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="1.6" />
        <path d="M9.6 9.3a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1.1.9-1.1 1.6v.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
        <circle cx="12" cy="16.8" r="1" fill="currentColor" />
      </svg>
      {shown ? (
        <span class="tooltip" role="tooltip">
          <InlineMarkdown body={text} />
        </span>
      ) : null}
    </span>
  );
}
