// The pages of a multipage app (Navigation message): links in the sidebar or along the top.
// A click shows the page in the address bar and reruns the app on it; an external page opens
// its URL in the browser. Hidden pages are left out (their URL still shows them).
import type { Navigation, PageEntry } from "../proto/forward_pb";
import { useSession } from "../session/context";
import { Icon } from "../text/Icon";

export function PageNav({ nav, horizontal }: { nav: Navigation; horizontal: boolean }) {
  const session = useSession();
  const sections: [string, PageEntry[]][] = [];
  for (const page of nav.pages) {
    if (page.hidden) continue;
    const last = sections[sections.length - 1];
    if (last && last[0] === page.section) last[1].push(page);
    else sections.push([page.section, [page]]);
  }
  return (
    <nav class={`page-nav${horizontal ? " horizontal" : ""}`} data-testid="page-nav" aria-label="Pages">
      {sections.map(([section, pages], i) => (
        <div class="page-nav-section" key={i}>
          {section ? <div class="page-nav-heading">{section}</div> : null}
          {pages.map((page) => {
            if (page.externalUrl) {
              return (
                <a
                  key={page.urlPath}
                  class="page-link external"
                  href={page.externalUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  title={page.help || undefined}
                  data-testid="page-link"
                >
                  {page.icon ? <Icon icon={page.icon} /> : null}
                  <span>{page.title}</span>
                </a>
              );
            }
            const current = page.urlPath === nav.currentPage;
            return (
              <a
                key={page.urlPath}
                class={`page-link${current ? " current" : ""}`}
                href={`/${encodeURIComponent(page.urlPath)}`}
                aria-current={current ? "page" : undefined}
                title={page.help || undefined}
                data-testid="page-link"
                onClick={(e) => {
                  e.preventDefault();
                  session.goToPage(page.urlPath);
                }}
              >
                {page.icon ? <Icon icon={page.icon} /> : null}
                <span>{page.title}</span>
              </a>
            );
          })}
        </div>
      ))}
    </nav>
  );
}
