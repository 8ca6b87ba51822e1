// st.html: the app's HTML through DOMPurify (scripts, event handlers and javascript: URLs
// removed). Nothing is shown until the sanitiser has loaded, never unsanitised HTML.
import { useMemo } from "preact/hooks";
import type { Html } from "../proto/flow_pb";
import { useLazy } from "../lib/lazy";
import { purifyLib } from "../text/lazyLibs";
import "./flow.css";

export function HtmlView({ el }: { el: Html }) {
  const purify = useLazy(purifyLib, true);
  const html = useMemo(
    // FORCE_BODY keeps a leading <style>, which the HTML parser would otherwise drop.
    () => (purify ? purify.sanitize(el.body, { FORCE_BODY: true, ADD_ATTR: ["target"] }) : ""),
    [purify, el.body],
  );
  return <div class="html-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
