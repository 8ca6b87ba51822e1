// st.info/success/warning/error: a tinted box with markdown text and an optional icon.
import { useMemo } from "preact/hooks";
import { Alert_Kind, type Alert } from "../proto/status_pb";
import { hasMath, renderMarkdown } from "../lib/markdown";
import { useLazy } from "../lib/lazy";
import { katexLib } from "../text/lazyLibs";
import { Icon } from "../text/Icon";

const KINDS = { [Alert_Kind.INFO]: "info", [Alert_Kind.SUCCESS]: "success", [Alert_Kind.WARNING]: "warning", [Alert_Kind.ERROR]: "error" };

export function AlertView({ el }: { el: Alert }) {
  const kind = KINDS[el.kind] ?? "info";
  const katex = useLazy(katexLib, hasMath(el.body));
  const html = useMemo(() => renderMarkdown(el.body, { allowHtml: false, katex }), [el.body, katex]);
  return (
    <div class={`alert alert-${kind}`} role={el.kind === Alert_Kind.ERROR ? "alert" : "status"}>
      {el.icon ? <Icon icon={el.icon} /> : null}
      <div class="md" dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}
