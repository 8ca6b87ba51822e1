// Messages outside the element tree: the connection notice (lost / reconnecting) and the
// server's Notice messages, each dismissable.
import type { Model } from "../session/session";
import { useSession } from "../session/context";
import { Notice_Level } from "../proto/forward_pb";

const LEVEL = { [Notice_Level.INFO]: "info", [Notice_Level.WARNING]: "warning", [Notice_Level.ERROR]: "error" };

export function Notices({ model }: { model: Model }) {
  const session = useSession();
  const lost = model.connection === "reconnecting";
  if (!lost && model.notices.length === 0) return null;
  return (
    <div class="notices">
      {lost ? (
        <div class="notice notice-warning" role="alert" data-testid="connection-lost">
          <span class="spinner-ring" aria-hidden="true" />
          <span>Connection lost. Reconnecting…</span>
        </div>
      ) : null}
      {model.notices.map((n, i) => (
        <div key={i} class={`notice notice-${LEVEL[n.level] ?? "info"}`} role={n.level === Notice_Level.ERROR ? "alert" : "status"} data-testid="notice">
          <span>{n.text}</span>
          <button type="button" class="icon-button" aria-label="Dismiss" onClick={() => session.dismissNotice(n)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
