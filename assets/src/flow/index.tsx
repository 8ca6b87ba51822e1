// The flow family's components, by element case (render/ElementBody.tsx looks them up; its
// blocks, status, dialog and popover, are drawn by render/BlockView.tsx).
import type { ElementComponents } from "../render/components";
import { DocStringView } from "./DocString";
import { HtmlView } from "./Html";
import { PageLinkView } from "./PageLink";

export const components: ElementComponents<"pageLink" | "html" | "docString"> = {
  pageLink: PageLinkView,
  html: HtmlView,
  docString: DocStringView,
};
