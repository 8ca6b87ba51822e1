// The sidebar: its own root container; collapsible, starting as set_page_config says
// ("auto": open on wide windows, closed on narrow ones).
import { useEffect, useState } from "preact/hooks";
import { PageConfig_SidebarState, type Navigation } from "../proto/forward_pb";
import { PageNav } from "./PageNav";
import type { BlockNode } from "../session/tree";
import { Children } from "../render/Children";
import type { Logo } from "../proto/flow_pb";
import { LogoView } from "../flow/Logo";

const NARROW = "(max-width: 768px)";

function startsOpen(state: PageConfig_SidebarState | undefined): boolean {
  if (state === PageConfig_SidebarState.EXPANDED) return true;
  if (state === PageConfig_SidebarState.COLLAPSED) return false;
  return !window.matchMedia?.(NARROW).matches;
}

interface Props {
  node: BlockNode;
  initialState: PageConfig_SidebarState | undefined;
  nav: Navigation | null;
  logo: Logo | null;
}

export function Sidebar({ node, initialState, nav, logo }: Props) {
  const [open, setOpen] = useState(() => startsOpen(initialState));
  // The page config usually arrives with the first run, after the sidebar may have shown.
  useEffect(() => setOpen(startsOpen(initialState)), [initialState]);
  return (
    <>
      <aside class={`sidebar${open ? " open" : ""}`} data-testid="sidebar" aria-label="Sidebar" hidden={!open}>
        <div class="sidebar-inner">
        <div class="sidebar-header">
          {logo ? <LogoView logo={logo} icon={false} /> : null}
          <button type="button" class="icon-button" aria-label="Close sidebar" data-testid="sidebar-close" onClick={() => setOpen(false)}>
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d="M15 6l-6 6 6 6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
            </svg>
          </button>
        </div>
        {nav ? <PageNav nav={nav} horizontal={false} /> : null}
        <div class="sidebar-content stack">
          <Children node={node} />
        </div>
        </div>
      </aside>
      {open ? null : (
        <div class="sidebar-open">
          {logo ? <LogoView logo={logo} icon /> : null}
          <button type="button" class="icon-button" aria-label="Open sidebar" data-testid="sidebar-open" onClick={() => setOpen(true)}>
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d="M9 6l6 6-6 6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
            </svg>
          </button>
        </div>
      )}
    </>
  );
}
