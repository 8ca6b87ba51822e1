// st.markdown, st.caption, st.latex, st.divider (one proto message, four kinds).
import { useMemo } from "preact/hooks";
import { Markdown_Kind, type Markdown } from "../proto/text_pb";
import { hasMath, renderMarkdown } from "../lib/markdown";
import { useLazy } from "../lib/lazy";
import { katexLib, purifyLib } from "./lazyLibs";
import { Help } from "./Help";

export function MarkdownView({ el }: { el: Markdown }) {
  if (el.kind === Markdown_Kind.DIVIDER) return <hr />;
  if (el.kind === Markdown_Kind.LATEX) return <Latex tex={el.body} help={el.help} />;
  return <MarkdownBody el={el} />;
}

function MarkdownBody({ el }: { el: Markdown }) {
  const needsMath = useMemo(() => hasMath(el.body), [el.body]);
  const katex = useLazy(katexLib, needsMath);
  const purify = useLazy(purifyLib, el.allowHtml);
  const html = useMemo(() => {
    const raw = renderMarkdown(el.body, { allowHtml: el.allowHtml, katex });
    if (!el.allowHtml) return raw;
    // Until the sanitiser has loaded, allowed HTML is not shown at all rather than unsanitised.
    // FORCE_BODY keeps a leading <style>, which the HTML parser would otherwise drop: apps
    // (and component packages) inject CSS with st.markdown("<style>…</style>", unsafe_allow_html=True).
    return purify ? purify.sanitize(raw, { ADD_ATTR: ["target"], FORCE_BODY: true }) : "";
  }, [el.body, el.allowHtml, katex, purify]);
  const cls = el.kind === Markdown_Kind.CAPTION ? "md caption" : "md";
  return (
    <div class={el.help ? "with-help" : undefined}>
      <div class={cls} dangerouslySetInnerHTML={{ __html: html }} />
      <Help text={el.help} />
    </div>
  );
}

function Latex({ tex, help }: { tex: string; help: string }) {
  const katex = useLazy(katexLib, true);
  const html = useMemo(
    () => katex?.renderToString(tex, { displayMode: true, throwOnError: false, output: "htmlAndMathml" }),
    [katex, tex],
  );
  return (
    <div class={help ? "with-help" : undefined}>
      {html === undefined ? <div class="latex math-pending">{tex}</div> : <div class="latex" dangerouslySetInnerHTML={{ __html: html }} />}
      <Help text={help} />
    </div>
  );
}
