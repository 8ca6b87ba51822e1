// The page's menu (top right): rerun, clear cache, the run inspector, theme (system/light/dark, remembered),
// and what the app's config adds (help, report a bug, about).
import { useEffect, useRef, useState } from "preact/hooks";
import type { PageConfig } from "../proto/forward_pb";
import type { ThemeChoice } from "../theme/theme";
import { useSession } from "../session/context";
import { renderMarkdown } from "../lib/markdown";

interface Props {
  theme: ThemeChoice;
  onTheme(choice: ThemeChoice): void;
  pageConfig: PageConfig | null;
  version: string;
}

export function Menu({ theme, onTheme, pageConfig, version }: Props) {
  const session = useSession();
  const [open, setOpen] = useState(false);
  const [about, setAbout] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, [open]);
  const item = (label: string, action: () => void, extra?: string) => (
    <button
      type="button"
      role="menuitem"
      class="menu-item"
      onClick={() => {
        setOpen(false);
        action();
      }}
    >
      <span>{label}</span>
      {extra ? <kbd>{extra}</kbd> : null}
    </button>
  );
  const links = pageConfig?.hasMenuItems ? pageConfig : null;
  return (
    <div class="menu" ref={rootRef} onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
      <button type="button" class="icon-button" aria-label="Main menu" aria-haspopup="menu" aria-expanded={open} data-testid="main-menu" onClick={() => setOpen(!open)}>
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <circle cx="12" cy="5" r="1.8" fill="currentColor" />
          <circle cx="12" cy="12" r="1.8" fill="currentColor" />
          <circle cx="12" cy="19" r="1.8" fill="currentColor" />
        </svg>
      </button>
      {open ? (
        <div class="menu-popup" role="menu">
          {item("Rerun", () => session.requestRerun(), "R")}
          {item("Clear cache", () => session.clearCache(), "C")}
          {item("Reset saved state", () => session.resetSavedState())}
          {item(session.model.inspecting ? "Hide run inspector" : "Run inspector", () =>
            session.setInspecting(!session.model.inspecting),
          )}
          <div class="menu-separator" role="separator" />
          <div class="menu-group" role="group" aria-label="Theme">
            <div class="menu-heading">Theme</div>
            <div class="theme-switch">
              {(["system", "light", "dark"] as const).map((choice) => (
                <button
                  key={choice}
                  type="button"
                  role="menuitemradio"
                  aria-checked={theme === choice}
                  data-testid={`theme-${choice}`}
                  class={theme === choice ? "selected" : undefined}
                  onClick={() => onTheme(choice)}
                >
                  {choice[0]!.toUpperCase() + choice.slice(1)}
                </button>
              ))}
            </div>
          </div>
          {links?.menuGetHelp || links?.menuReportBug ? <div class="menu-separator" role="separator" /> : null}
          {links?.menuGetHelp ? item("Get help", () => window.open(links.menuGetHelp, "_blank", "noopener")) : null}
          {links?.menuReportBug ? item("Report a bug", () => window.open(links.menuReportBug, "_blank", "noopener")) : null}
          <div class="menu-separator" role="separator" />
          {item("About", () => setAbout(true))}
        </div>
      ) : null}
      {about ? (
        <div class="dialog-backdrop" onClick={() => setAbout(false)}>
          <div class="dialog" role="dialog" aria-modal="true" aria-label="About" onClick={(e) => e.stopPropagation()}>
            <button type="button" class="dialog-close icon-button" aria-label="Close" onClick={() => setAbout(false)}>
              ×
            </button>
            {links?.menuAbout ? (
              <div class="md" dangerouslySetInnerHTML={{ __html: renderMarkdown(links.menuAbout, { allowHtml: false, katex: undefined }) }} />
            ) : (
              <p>Made with dataapp{version ? ` ${version}` : ""}.</p>
            )}
          </div>
        </div>
      ) : null}
    </div>
  );
}
