// The page: header (running indicator, Stop, menu), sidebar, main area, bottom area and
// the event layer (toasts, celebrations). It also owns the run-state test hooks.
import { useEffect, useLayoutEffect, useMemo, useState } from "preact/hooks";
import type { Session, Model } from "../session/session";
import { SessionContext } from "../session/context";
import { RunContext, type RunInfo } from "../render/runContext";
import { Children } from "../render/Children";
import { Navigation_Position, PageConfig_Layout } from "../proto/forward_pb";
import { applyTheme, defaultChoice, resolveBase, storeChoice, storedChoice, type ThemeChoice } from "../theme/theme";
import { applyIcon, applyTitle } from "./pageConfig";
import { Header } from "./Header";
import { Sidebar } from "./Sidebar";
import { Inspector } from "../inspector/Inspector";
import { Notices } from "./Notices";
import { ToastCard } from "../status/Toast";

/** Stale slots fade only when a run takes a while, so quick reruns do not flicker. */
const STALE_FADE_DELAY_MS = 500;

function useModel(session: Session): Model {
  const [model, setModel] = useState(session.model);
  useEffect(() => {
    // Messages may have arrived between the first render and this effect.
    setModel(session.model);
    return session.subscribe(setModel);
  }, [session]);
  return model;
}

function useTheme(model: Model) {
  const configTheme = model.newSession?.theme;
  const [userChoice, setUserChoice] = useState<ThemeChoice | null>(storedChoice);
  const choice = userChoice ?? defaultChoice(configTheme);
  const [systemTick, setSystemTick] = useState(0);
  useEffect(() => {
    const query = window.matchMedia?.("(prefers-color-scheme: dark)");
    const onChange = () => setSystemTick((n) => n + 1);
    query?.addEventListener("change", onChange);
    return () => query?.removeEventListener("change", onChange);
  }, []);
  useLayoutEffect(() => applyTheme(resolveBase(choice), configTheme), [choice, configTheme, systemTick]);
  const choose = (next: ThemeChoice) => {
    storeChoice(next);
    setUserChoice(next);
  };
  return { choice, choose };
}

function useShowStale(running: boolean, run: number): boolean {
  const [show, setShow] = useState(false);
  useEffect(() => {
    setShow(false);
    if (!running) return;
    const timer = window.setTimeout(() => setShow(true), STALE_FADE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [running, run]);
  return show;
}

/**
 * data-run-state / data-run-count on #root. "running" is set synchronously by
 * Session.requestRerun; "idle" is written here only after the render that shows the end of
 * the run, and one task later so that every queued component update has reached the DOM.
 */
function useRunStateHooks(root: HTMLElement, session: Session, model: Model): void {
  useLayoutEffect(() => {
    root.dataset.runCount = String(model.finishedRuns);
    const busy = (m: Model) => m.running || m.awaitingRun || m.connection !== "connected";
    if (busy(model)) {
      root.dataset.runState = "running";
      return;
    }
    const timer = window.setTimeout(() => {
      if (!busy(session.model)) root.dataset.runState = "idle";
    }, 0);
    return () => window.clearTimeout(timer);
  }, [root, session, model]);
}

function useShortcuts(session: Session): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable], [role=slider], [role=combobox]")) return;
      if (e.key === "r" || e.key === "R") session.requestRerun();
      else if (e.key === "c" || e.key === "C") session.clearCache();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [session]);
}

export function App({ session, root }: { session: Session; root: HTMLElement }) {
  const model = useModel(session);
  const theme = useTheme(model);
  const showStale = useShowStale(model.running, model.run);
  useRunStateHooks(root, session, model);
  useShortcuts(session);

  const config = model.pageConfig;
  const title = config?.title || model.newSession?.appName || "dataapp";
  useEffect(() => applyTitle(title), [title]);
  useEffect(() => applyIcon(config?.icon ?? ""), [config?.icon]);

  const runInfo = useMemo<RunInfo>(
    () => ({ run: model.run, fragmentId: model.runFragmentId, running: model.running }),
    [model.run, model.runFragmentId, model.running],
  );
  const [main, sidebar, events, bottom] = model.tree;
  const nav = model.navigation !== null && model.navigation.pages.length > 1 ? model.navigation : null;
  const sidebarNav = nav?.position === Navigation_Position.SIDEBAR ? nav : null;
  const hasSidebar = (sidebar?.children.length ?? 0) > 0 || sidebarNav !== null;
  const wide = config?.layout === PageConfig_Layout.WIDE;

  return (
    <SessionContext.Provider value={session}>
      <RunContext.Provider value={runInfo}>
        <div class={`app${wide ? " wide" : " centered"}${showStale ? " show-stale" : ""}${model.inspecting ? " inspecting" : ""}`}>
          {hasSidebar && sidebar ? <Sidebar node={sidebar} initialState={config?.initialSidebarState} nav={sidebarNav} logo={model.logo} /> : null}
          <div class="app-main">
            <Header
              model={model}
              theme={theme.choice}
              onTheme={theme.choose}
              topNav={nav?.position === Navigation_Position.TOP ? nav : null}
              logo={hasSidebar ? null : model.logo}
            />
            <Notices model={model} />
            <main class="main" data-testid="main">
              <div class="block-container stack">{main ? <Children node={main} /> : null}</div>
            </main>
            {bottom && bottom.children.length > 0 ? (
              <div class="bottom" data-testid="bottom">
                <div class="block-container stack">
                  <Children node={bottom} />
                </div>
              </div>
            ) : null}
          </div>
          {model.inspecting ? <Inspector report={model.runReport} onClose={() => session.setInspecting(false)} /> : null}
          <div class="event-layer" data-testid="event">
            {events ? <Children node={events} /> : null}
            {model.toasts.map((t) => (
              <ToastCard key={t.id} toast={t.toast} onClose={() => session.dismissToast(t.id)} />
            ))}
          </div>
        </div>
      </RunContext.Provider>
    </SessionContext.Provider>
  );
}
