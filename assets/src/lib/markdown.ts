// GitHub-flavoured markdown as Streamlit renders it: raw HTML is shown as text unless the
// app allowed it (then sanitised), ":red[text]" colour directives, "$…$"/"$$…$$" maths
// through KaTeX (loaded lazily by the caller), links opening outside the app's window.
import { Marked, type Tokens, type TokenizerAndRendererExtension } from "marked";
import type katexModule from "katex";

export type Katex = typeof katexModule;

const COLORS = ["red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "rainbow", "primary"] as const;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

/** Whether a text has maths for KaTeX: "$x$", "$$x$$" or "\[...\]". */
export function hasMath(text: string): boolean {
  return /\$\$[\s\S]+?\$\$|(^|[^\\$])\$(?=\S)[^$\n]*?\S\$(?!\d)/.test(text);
}

interface RenderOptions {
  allowHtml: boolean;
  katex: Katex | undefined;
}

function mathHtml(tex: string, display: boolean, katex: Katex | undefined): string {
  if (katex === undefined) {
    return `<span class="math-pending">${escapeHtml(display ? `$$${tex}$$` : `$${tex}$`)}</span>`;
  }
  return katex.renderToString(tex, { displayMode: display, throwOnError: false, output: "htmlAndMathml" });
}

function extensions(opts: RenderOptions): TokenizerAndRendererExtension[] {
  const colour: TokenizerAndRendererExtension = {
    name: "colour",
    level: "inline",
    start: (src: string) => src.match(/:[a-z]+(-background)?\[/)?.index,
    tokenizer(src: string) {
      const m = /^:([a-z]+)(-background)?\[((?:[^[\]\\]|\\.|\[[^\]]*\])*)\]/.exec(src);
      if (!m || !(COLORS as readonly string[]).includes(m[1] ?? "")) return undefined;
      const token = {
        type: "colour",
        raw: m[0],
        colour: m[1] === "grey" ? "gray" : (m[1] ?? ""),
        background: m[2] !== undefined,
        tokens: [] as Tokens.Generic[],
      };
      this.lexer.inlineTokens(m[3] ?? "", token.tokens);
      return token;
    },
    renderer(token) {
      const cls = token["background"] ? `md-bg-${token["colour"]}` : `md-fg-${token["colour"]}`;
      return `<span class="${cls}">${this.parser.parseInline(token.tokens ?? [])}</span>`;
    },
  };
  const blockMath: TokenizerAndRendererExtension = {
    name: "blockMath",
    level: "block",
    start: (src: string) => src.match(/\$\$/)?.index,
    tokenizer(src: string) {
      const m = /^\$\$([\s\S]+?)\$\$(?:\n|$)/.exec(src);
      return m ? { type: "blockMath", raw: m[0], text: (m[1] ?? "").trim() } : undefined;
    },
    renderer: (token) => `<div class="math-block">${mathHtml(String(token["text"]), true, opts.katex)}</div>`,
  };
  const inlineMath: TokenizerAndRendererExtension = {
    name: "inlineMath",
    level: "inline",
    start: (src: string) => src.match(/\$/)?.index,
    tokenizer(src: string) {
      const display = /^\$\$([\s\S]+?)\$\$/.exec(src);
      if (display) return { type: "inlineMath", raw: display[0], text: display[1] ?? "", display: true };
      // "$5 and $6" is money, not maths: the closing $ may not be followed by a digit.
      const m = /^\$(?=\S)([^$\n]*?\S)\$(?!\d)/.exec(src);
      return m ? { type: "inlineMath", raw: m[0], text: m[1] ?? "", display: false } : undefined;
    },
    renderer: (token) => mathHtml(String(token["text"]), Boolean(token["display"]), opts.katex),
  };
  return [colour, blockMath, inlineMath];
}

function makeMarked(opts: RenderOptions): Marked {
  const marked = new Marked({ gfm: true, breaks: false, async: false });
  marked.use({
    extensions: extensions(opts),
    renderer: {
      html: (token: Tokens.HTML | Tokens.Tag) => (opts.allowHtml ? token.text : escapeHtml(token.text)),
      link(token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        const href = escapeHtml(token.href);
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : "";
        const external = /^[a-z][a-z0-9+.-]*:/i.test(token.href);
        const target = external ? ` target="_blank" rel="noopener noreferrer"` : "";
        return `<a href="${href}"${title}${target}>${text}</a>`;
      },
    },
  });
  return marked;
}

// One parser per option set: building a Marked instance is not free and options are few.
const cache = new Map<string, Marked>();
function markedFor(opts: RenderOptions): Marked {
  const key = `${opts.allowHtml}:${opts.katex !== undefined}`;
  let m = cache.get(key);
  if (!m) {
    m = makeMarked(opts);
    cache.set(key, m);
  }
  return m;
}

export function renderMarkdown(body: string, opts: RenderOptions): string {
  // marked ends blocks with "\n": trimmed, an element's text is exactly what the app wrote.
  return markedFor(opts).parse(body, { async: false }).trim();
}

/** One line of markdown without a wrapping paragraph: labels, headings, captions of options. */
export function renderInline(body: string, opts: RenderOptions = { allowHtml: false, katex: undefined }): string {
  return markedFor(opts).parseInline(body, { async: false });
}
