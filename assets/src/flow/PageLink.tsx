// st.page_link: a page of this app (shown in place, no reload, like the navigation) or an
// external address (opens outside the app). The link to the page on screen is highlighted.
import { useEffect, useState } from "preact/hooks";
import type { PageLink } from "../proto/flow_pb";
import { useSession } from "../session/context";
import { currentPageFromUrl } from "../session/connection";
import { InlineMarkdown } from "../text/InlineMarkdown";
import { Icon } from "../text/Icon";
import { Help } from "../text/Help";
import "./flow.css";

/** The page in the address bar, updated when the app moves to another page. */
function useCurrentPage(): string {
  const session = useSession();
  const [page, setPage] = useState(currentPageFromUrl);
  useEffect(() => session.subscribe(() => setPage(currentPageFromUrl())), [session]);
  return page;
}

export function PageLinkView({ el }: { el: PageLink }) {
  const session = useSession();
  const current = useCurrentPage();
  const external = el.url !== "";
  const isCurrent = !external && el.page === current;
  const cls = `page-link element-link${isCurrent ? " current" : ""}${el.disabled ? " disabled" : ""}${el.useContainerWidth ? " full" : ""}`;
  const body = (
    <>
      {el.icon ? <Icon icon={el.icon} /> : null}
      <InlineMarkdown body={el.label} />
    </>
  );
  return (
    <div class="page-link-row">
      {external ? (
        <a class={cls} href={el.disabled ? undefined : el.url} target="_blank" rel="noopener noreferrer" aria-disabled={el.disabled || undefined}>
          {body}
        </a>
      ) : (
        <a
          class={cls}
          href={el.disabled ? undefined : `/${encodeURIComponent(el.page)}${el.queryString ? `?${el.queryString}` : ""}`}
          aria-current={isCurrent ? "page" : undefined}
          aria-disabled={el.disabled || undefined}
          onClick={(e) => {
            e.preventDefault();
            if (!el.disabled) session.goToPage(el.page, el.queryString);
          }}
        >
          {body}
        </a>
      )}
      <Help text={el.help} />
    </div>
  );
}
