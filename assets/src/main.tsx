// Entry point: theme before first paint, then the session and the page.
import { render } from "preact";
import "./styles/fonts.css";
import "./styles/theme.css";
import "./styles/base.css";
import "./styles/text.css";
import "./styles/status.css";
import "./styles/widgets.css";
import "./styles/layout.css";
import { Session } from "./session/session";
import { App } from "./app/App";
import { applyTheme, resolveBase, storedChoice } from "./theme/theme";
import { showAppAddress } from "./session/address";

declare global {
  interface Window {
    /** Test and debugging hooks, documented in docs/frontend.md. */
    __dataapp?: {
      debugDropConnection(): void;
      session: Session;
    };
  }
}

showAppAddress();
// The code loaded: the page had the token (index.html shows this only when it did not).
document.getElementById("dataapp-needs-token")?.remove();
applyTheme(resolveBase(storedChoice() ?? "system"), undefined);

const root = document.getElementById("root");
if (root) {
  const session = new Session();
  window.__dataapp = { debugDropConnection: () => session.dropConnection(), session };
  // Connect first: the handshake and the first messages travel while the page renders.
  session.start(root);
  render(<App session={session} root={root} />, root);
}
