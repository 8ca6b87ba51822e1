// The page's side of a session: applies ForwardMsgs to the model the UI renders, keeps
// widget values, and sends rerun/stop requests. Everything runs on the page's one thread;
// the model is replaced (never mutated) on every change so components can compare by identity.
import { create } from "@bufbuild/protobuf";
import { BackMsgSchema, NativeFileRequestSchema, NativeSaveRequestSchema, RerunRequestSchema } from "../proto/back_pb";
import type { ForwardMsg, NativeFiles, Navigation, NewSession, Notice, PageConfig } from "../proto/forward_pb";
import type { RunReport } from "../proto/inspector_pb";
import { WidgetStateSchema, WidgetStatesSchema, type WidgetState } from "../proto/widgets_pb";
import type { Toast } from "../proto/status_pb";
import type { Logo } from "../proto/flow_pb";
import { widgetInfo } from "./kinds";
import { applyDelta, clearStale, elementsOf, emptyTree, type Tree, type TreeNode } from "./tree";
import { Connection, appQueryString, currentPageFromUrl, sessionStartedWithPage, type ConnectionState } from "./connection";
import { WidgetStore } from "./widgetStore";
import { valueFromElement, type WidgetValue } from "./widgetValues";
import type { DataWindowRequest } from "../proto/data_pb";
import { receiveDataWindow } from "../data/windows";

export interface Model {
  readonly tree: Tree;
  readonly connection: ConnectionState;
  /** The server says a run is going on. */
  readonly running: boolean;
  /** The page asked for a run that has not started yet. */
  readonly awaitingRun: boolean;
  /** Local run sequence number (the server's run ids restart with a new session). */
  readonly run: number;
  readonly runFragmentId: string;
  readonly finishedRuns: number;
  readonly newSession: NewSession | null;
  readonly pageConfig: PageConfig | null;
  readonly notices: readonly Notice[];
  /** Bumps when the page forgets every widget value (a new server session). */
  readonly widgetEpoch: number;
  /** Toasts on screen. They outlive the run (and the slot) that made them, as in Streamlit. */
  readonly toasts: readonly ShownToast[];
  /** Pages of a multipage app; null for a single-page app. */
  readonly navigation: Navigation | null;
  /** st.logo of the last full run that called it; null when it did not. */
  readonly logo: Logo | null;
  /** The local run that sent `logo`. */
  readonly logoRun: number;
  /** The run inspector is on (docs/inspector.md); the report of the last inspected run. */
  readonly inspecting: boolean;
  readonly runReport: RunReport | null;
}

export interface ShownToast {
  readonly id: string;
  readonly toast: Toast;
}

type Listener = (model: Model) => void;

export class Session {
  readonly widgets = new WidgetStore();
  private connection: Connection;
  private listeners = new Set<Listener>();
  private sessionId = "";
  private runStateElement: HTMLElement | null = null;
  /** File uploaders waiting for files an OS dialog chose, by widget id. */
  private nativeFileListeners = new Map<string, (files: NativeFiles) => void>();
  model: Model = {
    tree: emptyTree(),
    connection: "connecting",
    running: false,
    // The server starts the first run by itself; until it is done the page is "running".
    awaitingRun: true,
    run: 0,
    runFragmentId: "",
    finishedRuns: 0,
    newSession: null,
    pageConfig: null,
    notices: [],
    widgetEpoch: 0,
    toasts: [],
    navigation: null,
    logo: null,
    logoRun: 0,
    inspecting: false,
    runReport: null,
  };

  constructor() {
    this.connection = new Connection(
      {
        message: (msg) => this.handle(msg),
        state: (state) => this.onConnectionState(state),
      },
      sessionStartedWithPage(),
    );
  }

  start(runStateElement: HTMLElement): void {
    this.runStateElement = runStateElement;
    // Back/forward between pages of a multipage app runs the page in the address.
    window.addEventListener("popstate", () => this.requestRerun());
    this.connection.start();
  }

  /**
   * Shows another page of a multipage app: its URL goes in the address bar, then a rerun.
   * The query string is the page's own (`queryString`, usually none), as in Streamlit.
   */
  goToPage(urlPath: string, queryString = ""): void {
    // The page on screen, without new query parameters to show: nothing to do.
    if (urlPath === currentPageFromUrl() && (queryString === "" || queryString === appQueryString())) return;
    history.pushState(null, "", `/${encodeURIComponent(urlPath)}${queryString ? `?${queryString}` : ""}`);
    this.requestRerun();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(patch: Partial<Model>): void {
    this.model = { ...this.model, ...patch };
    this.scheduleNotify();
  }

  private notifyScheduled = false;

  /**
   * Listeners (the page's render) hear about the model once per frame, not once per message:
   * a run of a 1,000-element page arrives as many messages, and rendering after each one
   * made the page, not the server, the bottleneck. A hidden page gets no animation frames,
   * so it uses a timer instead.
   */
  private scheduleNotify(): void {
    if (this.notifyScheduled) return;
    this.notifyScheduled = true;
    const notify = () => this.notifyIfScheduled();
    if (typeof document !== "undefined" && !document.hidden && typeof requestAnimationFrame === "function") {
      requestAnimationFrame(notify);
    } else {
      setTimeout(notify, 0);
    }
  }

  /**
   * A run ended: render when this task ends rather than at the next animation frame, so the
   * end of a run reaches the DOM (and the run-state hook) without waiting for a frame.
   */
  private notifySoon(): void {
    queueMicrotask(() => this.notifyIfScheduled());
  }

  private notifyIfScheduled(): void {
    if (!this.notifyScheduled) return;
    this.notifyScheduled = false;
    for (const listener of this.listeners) listener(this.model);
  }

  // ---- requests from the page -------------------------------------------------------

  /**
   * Asks for a rerun with every widget's committed value plus `extra` (a button's trigger).
   * The run-state hook flips to "running" here, synchronously, before anything is sent.
   */
  requestRerun(extra: readonly WidgetState[] = [], fragmentId = ""): void {
    if (this.runStateElement) this.runStateElement.dataset.runState = "running";
    this.update({ awaitingRun: true });
    this.sendRerun(extra, fragmentId);
  }

  /** A widget outside a form changed: remember it and rerun (only its fragment, if in one). */
  commit(id: string, value: WidgetValue, fragmentId = ""): void {
    this.widgets.commit(id, value);
    this.requestRerun([], fragmentId);
  }

  /** A widget inside a form changed: keep it until the form is submitted. */
  stage(id: string, formId: string, value: WidgetValue): void {
    this.widgets.stage(id, formId, value);
  }

  trigger(buttonId: string, fragmentId = ""): void {
    this.requestRerun([create(WidgetStateSchema, { id: buttonId, value: { case: "triggerValue", value: true } })], fragmentId);
  }

  submitForm(formId: string, submitButtonId: string, fragmentId = ""): void {
    this.widgets.submit(formId);
    this.trigger(submitButtonId, fragmentId);
  }

  /** The first submit button of a form (Enter in a form's text field presses it). */
  formSubmitButton(formId: string): string | null {
    for (const root of this.model.tree) {
      for (const element of elementsOf(root)) {
        if (element.type.case === "button" && element.type.value.isFormSubmit && element.type.value.info?.formId === formId) {
          return element.type.value.info.id;
        }
      }
    }
    return null;
  }

  stop(): void {
    this.connection.send(create(BackMsgSchema, { type: { case: "stop", value: true } }));
  }

  /** Turns the run inspector on or off for this session; on, a rerun shows a report at once. */
  setInspecting(on: boolean): void {
    this.connection.send(create(BackMsgSchema, { type: { case: "inspect", value: on } }));
    this.update({ inspecting: on, ...(on ? {} : { runReport: null }) });
    if (on) this.requestRerun();
  }

  clearCache(): void {
    this.connection.send(create(BackMsgSchema, { type: { case: "clearCache", value: true } }));
  }

  /** Asks for rows of a kept frame (a data grid scrolled, sorted or searched). */
  requestDataWindow(request: DataWindowRequest): void {
    this.connection.send(create(BackMsgSchema, { type: { case: "dataWindowRequest", value: request } }));
  }

  /** Forget what was saved between launches; the server starts this session afresh. */
  resetSavedState(): void {
    this.connection.send(create(BackMsgSchema, { type: { case: "resetSavedState", value: true } }));
  }

  /** True in the desktop window when the host shows OS file dialogs (docs/charts_media.md). */
  get nativeFileDialogs(): boolean {
    return this.model.newSession?.nativeFileDialogs ?? false;
  }

  /** Asks the host to show its open dialog for a file uploader; the files come as NativeFiles. */
  requestNativeFiles(widgetId: string, multiple: boolean, types: readonly string[]): void {
    const request = create(NativeFileRequestSchema, { widgetId, multiple, types: [...types] });
    this.connection.send(create(BackMsgSchema, { type: { case: "nativeFileRequest", value: request } }));
  }

  /** Asks the host to save a download button's file where the user says (its save dialog). */
  requestNativeSave(mediaId: string, fileName: string, widgetId: string): void {
    const request = create(NativeSaveRequestSchema, { mediaId, fileName, widgetId });
    this.connection.send(create(BackMsgSchema, { type: { case: "nativeSaveRequest", value: request } }));
  }

  /** Files an OS dialog chose for the uploader `widgetId` go to `listener` (one per uploader). */
  onNativeFiles(widgetId: string, listener: (files: NativeFiles) => void): () => void {
    this.nativeFileListeners.set(widgetId, listener);
    return () => {
      if (this.nativeFileListeners.get(widgetId) === listener) this.nativeFileListeners.delete(widgetId);
    };
  }

  dropConnection(): void {
    this.connection.drop();
  }

  dismissToast(id: string): void {
    this.update({ toasts: this.model.toasts.filter((t) => t.id !== id) });
  }

  dismissNotice(notice: Notice): void {
    this.update({ notices: this.model.notices.filter((n) => n !== notice) });
  }

  private sendRerun(extra: readonly WidgetState[], fragmentId = ""): void {
    const states: WidgetState[] = [];
    const triggered = new Set(extra.map((s) => s.id));
    for (const root of this.model.tree) {
      for (const element of elementsOf(root)) {
        const info = widgetInfo(element);
        if (info === null || triggered.has(info.id)) continue;
        if (element.type.case === "button") {
          states.push(create(WidgetStateSchema, { id: info.id, value: { case: "triggerValue", value: false } }));
          continue;
        }
        const value = this.widgets.committedValue(info.id) ?? valueFromElement(element);
        if (value !== undefined) states.push(create(WidgetStateSchema, { id: info.id, value }));
      }
    }
    states.push(...extra);
    const rerun = create(RerunRequestSchema, {
      widgetStates: create(WidgetStatesSchema, { widgets: states }),
      queryString: appQueryString(),
      pageName: currentPageFromUrl(),
      fragmentId,
    });
    // When the socket is down the request is not lost: reconnecting sends a rerun anyway.
    this.connection.send(create(BackMsgSchema, { type: { case: "rerun", value: rerun } }));
  }

  // ---- messages from the server -----------------------------------------------------

  private onConnectionState(state: ConnectionState): void {
    if (state === "reconnecting" && this.runStateElement) this.runStateElement.dataset.runState = "running";
    this.update({ connection: state, ...(state === "reconnecting" ? { running: false } : {}) });
  }

  private handle(msg: ForwardMsg): void {
    const t = msg.type;
    switch (t.case) {
      case "newSession":
        return this.onNewSession(t.value);
      case "sessionStatus": {
        const s = t.value;
        if (s.running) {
          this.update({ running: true, awaitingRun: false, run: this.model.run + 1, runFragmentId: s.fragmentId });
        } else {
          this.update({ running: false });
          this.notifySoon();
        }
        return;
      }
      case "delta": {
        const delta = t.value;
        let toasts = this.model.toasts;
        if (delta.type.case === "newElement") {
          const element = delta.type.value;
          this.seedWidget(element);
          if (element.type.case === "toast") {
            // A toast call carries a fresh nonce; the same nonce again is the same toast.
            const id = String(element.type.value.nonce);
            if (!toasts.some((t) => t.id === id)) toasts = [...toasts, { id, toast: element.type.value }];
          }
        }
        this.update({ tree: applyDelta(this.model.tree, delta, this.model.run), toasts });
        return;
      }
      case "scriptFinished": {
        const f = t.value;
        let tree = this.model.tree;
        if (f.clearStale) {
          const cleared = clearStale(tree, this.model.run, f.staleScope);
          tree = cleared.tree;
          this.forgetWidgets(cleared.removed, tree);
        }
        // A full run that did not call st.logo removes the logo.
        const dropLogo = f.clearStale && f.fragmentId === "" && this.model.logoRun !== this.model.run;
        this.update({ tree, finishedRuns: this.model.finishedRuns + 1, ...(dropLogo ? { logo: null } : {}) });
        return;
      }
      case "logo":
        return this.update({ logo: t.value, logoRun: this.model.run });
      case "pageConfig":
        return this.update({ pageConfig: t.value });
      case "pageInfo": {
        const q = t.value.queryString;
        const url = `${location.pathname}${q ? `?${q}` : ""}${location.hash}`;
        history.replaceState(history.state, "", url);
        return;
      }
      case "notice":
        return this.update({ notices: [...this.model.notices, t.value] });
      case "dataWindow":
        return receiveDataWindow(t.value);
      case "nativeFiles":
        return this.nativeFileListeners.get(t.value.widgetId)?.(t.value);
      case "runReport":
        return this.update({ runReport: t.value });
      case "navigation": {
        const nav = t.value;
        // st.switch_page ran another page: show its address (a new history entry).
        if (nav.currentPage !== currentPageFromUrl()) {
          // The server ran the other page without the old page's query parameters.
          const path = nav.currentPage ? `/${encodeURIComponent(nav.currentPage)}` : "/";
          history.pushState(null, "", path);
        }
        return this.update({ navigation: nav });
      }
      default:
        return;
    }
  }

  private onNewSession(ns: NewSession): void {
    const resumed = this.sessionId !== "" && ns.sessionId === this.sessionId;
    const replaced = this.sessionId !== "" && !resumed;
    this.sessionId = ns.sessionId;
    this.connection.setSessionId(ns.sessionId);
    if (replaced) this.widgets.reset();
    this.update({
      newSession: ns,
      awaitingRun: true,
      ...(ns.inspectRuns ? { inspecting: true } : {}),
      ...(replaced ? { widgetEpoch: this.model.widgetEpoch + 1 } : {}),
    });
    // A resumed session has forgotten what it sent; a rerun with our values repaints in full.
    // A new session starts its first run by itself.
    if (resumed) this.sendRerun([]);
  }

  private seedWidget(element: Parameters<typeof widgetInfo>[0]): void {
    const info = widgetInfo(element);
    if (info === null) return;
    const value = valueFromElement(element);
    if (value !== undefined) this.widgets.seed(info.id, value, info.setValue);
  }

  private forgetWidgets(removed: readonly TreeNode[], tree: Tree): void {
    // A widget may have moved rather than gone (same id elsewhere in the tree): keep those.
    const alive = new Set<string>();
    for (const root of tree) {
      for (const element of elementsOf(root)) {
        const info = widgetInfo(element);
        if (info) alive.add(info.id);
      }
    }
    for (const node of removed) {
      for (const element of elementsOf(node)) {
        const info = widgetInfo(element);
        if (info && !alive.has(info.id)) this.widgets.forget(info.id);
      }
    }
  }
}
