// A declared v1 component: its page in a sandboxed iframe, speaking Streamlit's postMessage
// protocol (protocol.ts). The page answers every componentReady with a render message, sends
// a new one when the arguments or the theme change, and turns setComponentValue into the
// widget's value (a rerun, or staged in a form) and setFrameHeight into the frame's height.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { ComponentInstance } from "../proto/components_pb";
import { infoOf, useWidget } from "../widgets/useWidget";
import {
  ALLOW,
  API_VERSION,
  SANDBOX,
  componentMessage,
  componentSrc,
  componentValue,
  renderMessage,
} from "./protocol";
import { useTheme } from "./theme";
import { BlockedNotice, useFrameReports } from "./frameReports";
import "./components.css";

// As in Streamlit: a component that has not said it is ready by then gets a warning.
const READY_WARNING_MS = 60_000;

export function ComponentInstanceView({ el }: { el: ComponentInstance }) {
  const info = infoOf(el);
  // The component alone says what its value is: nothing to show before it does.
  const w = useWidget(info, { case: undefined });
  const frame = useRef<HTMLIFrameElement>(null);
  const reports = useFrameReports(frame);
  const theme = useTheme();
  const [ready, setReady] = useState(false);
  const [height, setHeight] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [slow, setSlow] = useState(false);
  const src = useMemo(() => componentSrc(el, window.location), [el.url, el.componentName]);
  const render = useMemo(() => renderMessage(el, theme, info.disabled), [el, theme, info.disabled]);
  // The message handler is set up once; it reads the latest render message and widget here.
  const latest = useRef({ render, w });
  latest.current = { render, w };

  useEffect(() => {
    const post = () => frame.current?.contentWindow?.postMessage(latest.current.render, "*");
    let isReady = false;
    const onMessage = (event: MessageEvent) => {
      if (frame.current === null || event.source !== frame.current.contentWindow) return;
      const message = componentMessage(event.data);
      if (message === null) return;
      if (message.type === "streamlit:componentReady") {
        if (message.apiVersion !== API_VERSION) {
          setProblem(`Unrecognized component API version: '${String(message.apiVersion)}'`);
          return;
        }
        isReady = true;
        setReady(true);
        post();
      } else if (!isReady) {
        console.warn(`${el.componentName} sent ${message.type} before componentReady; ignored.`);
      } else if (message.type === "streamlit:setComponentValue") {
        const value = componentValue(message.value, message.dataType);
        if (value !== null) latest.current.w.set(value);
      } else if (message.type === "streamlit:setFrameHeight") {
        if (typeof message.height === "number" && Number.isFinite(message.height)) setHeight(message.height);
      }
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [src]);

  // New arguments or theme: render again (a frame that is not ready gets them with its ready).
  useEffect(() => {
    if (ready) frame.current?.contentWindow?.postMessage(render, "*");
  }, [render, ready]);

  useEffect(() => {
    setReady(false);
    setSlow(false);
    const timer = window.setTimeout(() => setSlow(true), READY_WARNING_MS);
    return () => window.clearTimeout(timer);
  }, [src]);

  const initialHeight = (() => {
    try {
      const h: unknown = JSON.parse(el.jsonArgs || "{}")["height"];
      return typeof h === "number" ? h : 0;
    } catch {
      return 0;
    }
  })();
  if (problem !== null) return <div class="component-problem" role="alert">{problem}</div>;
  return (
    <div class="component-element">
      <iframe
        ref={frame}
        class="component-frame"
        data-testid="stCustomComponentV1"
        src={src}
        title={el.componentName}
        sandbox={SANDBOX}
        allow={ALLOW}
        scrolling="no"
        tabIndex={el.tabIndex}
        // An attribute once the component has asked for a height, as Streamlit sets it:
        // component style sheets hide `iframe[height="0"]` (extra-streamlit-components).
        // Not before: a hidden frame that is still loading could never measure itself, which
        // under Streamlit keeps other components on such a page from ever showing.
        height={height === null ? undefined : String(height)}
        style={{ width: "100%", height: `${height ?? initialHeight}px` }}
      />
      {slow && !ready ? (
        <div class="component-problem" role="alert">
          The <strong>{el.componentName}</strong> component has not loaded after a minute: its
          files may be missing or its page may have failed (see the browser console).
        </div>
      ) : null}
      <BlockedNotice blocked={reports.blocked} />
    </div>
  );
}
