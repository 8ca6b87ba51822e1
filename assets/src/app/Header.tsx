// The top bar: a running indicator with Stop while a run goes on, and the menu.
import type { Model } from "../session/session";
import { useSession } from "../session/context";
import type { ThemeChoice } from "../theme/theme";
import { Menu } from "./Menu";
import { PageNav } from "./PageNav";
import type { Navigation } from "../proto/forward_pb";
import type { Logo } from "../proto/flow_pb";
import { LogoView } from "../flow/Logo";

interface Props {
  model: Model;
  theme: ThemeChoice;
  onTheme(choice: ThemeChoice): void;
  topNav: Navigation | null;
  /** st.logo, shown here when the page has no sidebar. */
  logo: Logo | null;
}

export function Header({ model, theme, onTheme, topNav, logo }: Props) {
  const session = useSession();
  const running = model.running && model.connection === "connected";
  return (
    <header class="app-header">
      <div class="header-decoration" aria-hidden="true" />
      {logo ? (
        <div class="header-logo">
          <LogoView logo={logo} icon />
        </div>
      ) : null}
      {topNav ? <PageNav nav={topNav} horizontal /> : null}
      <div class="header-actions">
        {running ? (
          <div class="running" role="status" data-testid="status-running">
            <span class="running-icon" aria-hidden="true" />
            <span class="running-text">Running...</span>
            <button type="button" class="link-button" data-testid="stop" onClick={() => session.stop()}>
              Stop
            </button>
          </div>
        ) : null}
        <Menu theme={theme} onTheme={onTheme} pageConfig={model.pageConfig} version={model.newSession?.version ?? ""} />
      </div>
    </header>
  );
}
