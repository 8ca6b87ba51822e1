// The page's one WebSocket to the server (WS /_dataapp/stream): binary protobuf both
// ways (ForwardMsgList frames in, BackMsg frames out), and reconnecting by itself with
// backoff when the socket drops. The session id is sent on reconnect so the server can
// resume the session (docs/protocol.md, Reconnect).
import { fromBinary, toBinary } from "@bufbuild/protobuf";
import { ForwardMsgListSchema, type ForwardMsg } from "../proto/forward_pb";
import { BackMsgSchema, type BackMsg } from "../proto/back_pb";

export type ConnectionState = "connecting" | "connected" | "reconnecting";

export interface ConnectionEvents {
  message(msg: ForwardMsg): void;
  state(state: ConnectionState): void;
}

const BACKOFF_MS = [100, 250, 500, 1000, 2000, 3000, 5000];

/** The app's query string (without "?"), minus the launch token, which is not the app's. */
export function appQueryString(search: string = location.search): string {
  const params = new URLSearchParams(search);
  params.delete("token");
  return params.toString();
}

/** The multipage app's page in the address: the first segment of the path ("" = main page). */
export function currentPageFromUrl(pathname: string = location.pathname): string {
  return decodeURIComponent(pathname.split("/").filter(Boolean)[0] ?? "");
}

/**
 * The session the server started for this page when it served it (its first run overlaps the
 * page's loading); "" when the page was served without one. Its WebSocket claims it.
 */
export function sessionStartedWithPage(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="dataapp-session"]')?.content ?? "";
}

export class Connection {
  private socket: WebSocket | null = null;
  private attempts = 0;
  private retryTimer: number | undefined;
  private sessionId = "";

  constructor(
    private readonly events: ConnectionEvents,
    private readonly startedSessionId = "",
  ) {}

  setSessionId(id: string): void {
    this.sessionId = id;
  }

  start(): void {
    this.open();
  }

  get isOpen(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  send(msg: BackMsg): boolean {
    if (!this.isOpen || this.socket === null) return false;
    this.socket.send(toBinary(BackMsgSchema, msg));
    return true;
  }

  /** Test hook: drop the socket as a network failure would; the page reconnects by itself. */
  drop(): void {
    this.socket?.close(4000, "dropped for a test");
  }

  private url(): string {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const params = new URLSearchParams();
    // Until the server has named our session, ask for the one it started with the page.
    const session = this.sessionId || this.startedSessionId;
    if (session) params.set("session", session);
    params.set("q", appQueryString());
    params.set("page", currentPageFromUrl());
    // For st.context: what the browser can say about where and how it shows the app.
    params.set("locale", navigator.language);
    params.set("tz", Intl.DateTimeFormat().resolvedOptions().timeZone ?? "");
    params.set("tzo", String(new Date().getTimezoneOffset()));
    params.set("theme", document.documentElement.dataset["theme"] ?? "");
    // The launch token travels in the app's cookie, set with the page (docs/security.md).
    return `${scheme}//${location.host}/_dataapp/stream?${params.toString()}`;
  }

  private open(): void {
    this.events.state(this.attempts === 0 && !this.sessionId ? "connecting" : "reconnecting");
    const socket = new WebSocket(this.url());
    socket.binaryType = "arraybuffer";
    this.socket = socket;
    socket.onopen = () => {
      this.attempts = 0;
      this.events.state("connected");
    };
    socket.onmessage = (event: MessageEvent<ArrayBuffer>) => {
      // A frame is the messages of one flush on the server, in order (ForwardMsgList).
      let messages: readonly ForwardMsg[];
      try {
        messages = fromBinary(ForwardMsgListSchema, new Uint8Array(event.data)).msgs;
      } catch (err) {
        console.warn("dataapp: ignoring a frame that does not decode", err);
        return;
      }
      for (const msg of messages) this.events.message(msg);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.scheduleRetry();
    };
  }

  private scheduleRetry(): void {
    this.events.state("reconnecting");
    const delay = BACKOFF_MS[Math.min(this.attempts, BACKOFF_MS.length - 1)] ?? 5000;
    this.attempts += 1;
    window.clearTimeout(this.retryTimer);
    this.retryTimer = window.setTimeout(() => this.open(), delay);
  }
}
