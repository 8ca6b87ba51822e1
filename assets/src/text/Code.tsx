// st.code: highlighted once highlight.js has loaded (plain until then), a copy button,
// optional line numbers and wrapping.
import { useMemo, useState } from "preact/hooks";
import type { Code } from "../proto/text_pb";
import { useLazy } from "../lib/lazy";
import { highlightLib } from "./lazyLibs";

const PLAIN = new Set(["", "text", "plaintext", "txt", "none"]);

export function CodeView({ el }: { el: Code }) {
  const language = el.language.toLowerCase();
  const hl = useLazy(highlightLib, !PLAIN.has(language));
  const html = useMemo(() => hl?.highlight(el.body, language) ?? null, [hl, el.body, language]);
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(el.body).then(() => {
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1500);
    });
  };
  const lines = el.lineNumbers ? el.body.split("\n").length : 0;
  return (
    <div class={`code-block${el.wrapLines ? " wrap" : ""}`}>
      <pre>
        {lines > 0 ? (
          <span class="line-numbers" aria-hidden="true">
            {Array.from({ length: lines }, (_, i) => `${i + 1}\n`).join("")}
          </span>
        ) : null}
        {html === null ? (
          <code>{el.body}</code>
        ) : (
          <code class={`hljs language-${language}`} dangerouslySetInnerHTML={{ __html: html }} />
        )}
      </pre>
      <button type="button" class="copy-button" aria-label="Copy to clipboard" title="Copy to clipboard" onClick={copy}>
        {copied ? (
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M5 12l5 5 9-10" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
          </svg>
        ) : (
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <rect x="8" y="8" width="12" height="12" rx="2" fill="none" stroke="currentColor" stroke-width="1.8" />
            <path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2" fill="none" stroke="currentColor" stroke-width="1.8" />
          </svg>
        )}
      </button>
    </div>
  );
}
