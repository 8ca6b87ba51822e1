// A label or caption: one line of markdown (bold, code, links, colours), no paragraph.
import { memo } from "preact/compat";
import { renderInline } from "../lib/markdown";

function InlineMarkdownImpl({ body, class: cls }: { body: string; class?: string }) {
  // Plain text needs no parser and keeps the text node exactly as the app wrote it.
  if (!/[*_`[\]<>&:~\\$]/.test(body)) return <span class={cls}>{body}</span>;
  return <span class={cls} dangerouslySetInnerHTML={{ __html: renderInline(body) }} />;
}

export const InlineMarkdown = memo(InlineMarkdownImpl);
