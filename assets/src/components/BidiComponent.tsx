// A v2 component (st.components.v2): its HTML and CSS in the page, in a shadow root when it
// isolates its styles, and its ES module's default export called with the component's data
// and two setters, again whenever the data or the theme change (the DOM is kept; the function
// it returned is called when the element goes away). As in Streamlit, no iframe.
import { useContext, useEffect, useId, useRef, useState } from "preact/hooks";
import { create } from "@bufbuild/protobuf";
import type { BidiComponent } from "../proto/components_pb";
import { IFrame_Size } from "../proto/components_pb";
import { WidgetStateSchema } from "../proto/widgets_pb";
import { useSession } from "../session/context";
import { FragmentContext } from "../render/runContext";
import { infoOf, useWidget } from "../widgets/useWidget";
import { themeVariables, useTheme } from "./theme";
import "./components.css";

type Cleanup = (() => void) | void;
type ComponentModule = { default?: (args: Record<string, unknown>) => Cleanup | Promise<Cleanup> };

function decodeData(el: BidiComponent): unknown {
  const data = el.data;
  if (data.case === "json") return JSON.parse(data.value);
  if (data.case === "bytes" || data.case === "arrow") return data.value;
  return null;
}

export function BidiComponentView({ el }: { el: BidiComponent }) {
  const info = infoOf(el);
  const session = useSession();
  const fragmentId = useContext(FragmentContext);
  const w = useWidget(info, { case: undefined });
  const host = useRef<HTMLDivElement>(null);
  const container = useRef<ShadowRoot | HTMLElement | null>(null);
  const cleanup = useRef<Cleanup>(undefined);
  const [error, setError] = useState<string | null>(null);
  const theme = useTheme();
  const mountKey = `st-bidi-component-${useId()}`;
  // The setters read the latest state (the page's or the server's) when they are called.
  const latest = useRef({ w, info });
  latest.current = { w, info };

  // The HTML and CSS: made again only when they change.
  useEffect(() => {
    const div = host.current;
    if (div === null) return;
    const root: ShadowRoot | HTMLElement = el.isolateStyles ? (div.shadowRoot ?? div.attachShadow({ mode: "open" })) : div;
    root.replaceChildren();
    const wrapper = document.createElement("div");
    const body = document.createElement("div");
    body.append(document.createRange().createContextualFragment(el.html));
    wrapper.append(body);
    if (el.css) {
      const style = document.createElement("style");
      style.textContent = el.css;
      wrapper.append(style);
    } else if (el.cssUrl) {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = el.cssUrl;
      wrapper.append(link);
    }
    root.append(wrapper);
    container.current = root;
  }, [el.html, el.css, el.cssUrl, el.isolateStyles]);

  // The module: called on mount and whenever what it is given changes.
  useEffect(() => {
    if (!el.jsUrl || container.current === null) return;
    let cancelled = false;
    const parentElement = container.current;
    const setStateValue = (name: string, value: unknown) => {
      const shown = latest.current.w.value;
      let state: Record<string, unknown> = {};
      if (shown.case === "jsonValue") {
        try {
          state = JSON.parse(shown.value) as Record<string, unknown>;
        } catch {
          state = {};
        }
      }
      latest.current.w.set({ case: "jsonValue", value: JSON.stringify({ ...state, [name]: value }) });
    };
    const setTriggerValue = (name: string, value: unknown) => {
      if (latest.current.info.formId) {
        console.warn(`${el.componentName}: events are not sent from inside a form.`);
        return;
      }
      const payload = JSON.stringify([{ event: name, value }]);
      session.requestRerun([create(WidgetStateSchema, { id: el.triggerId, value: { case: "jsonTriggerValue", value: payload } })], fragmentId);
    };
    (import(/* @vite-ignore */ el.jsUrl) as Promise<ComponentModule>)
      .then(async (module) => {
        if (cancelled) return;
        if (typeof module.default !== "function") throw new Error("JS module does not have a default export function.");
        const result = await module.default({
          name: el.componentName,
          data: decodeData(el),
          key: mountKey,
          parentElement,
          setStateValue,
          setTriggerValue,
        });
        if (typeof result === "function") cleanup.current = result;
        setError(null);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [el.jsUrl, el.data, theme, el.html, el.css]);

  useEffect(
    () => () => {
      const done = cleanup.current;
      if (typeof done === "function") done();
    },
    [],
  );

  const width = el.widthMode === IFrame_Size.PIXELS ? `${el.width}px` : "100%";
  const height = el.heightMode === IFrame_Size.PIXELS ? `${el.height}px` : el.heightMode === IFrame_Size.STRETCH ? "100%" : "auto";
  return (
    <div class="bidi-component" style={{ ...themeVariables(theme), width, height }}>
      <div
        ref={host}
        data-testid={el.isolateStyles ? "stBidiComponentIsolated" : "stBidiComponentRegular"}
        style={{ width: "100%", height: "100%" }}
      />
      {error !== null ? (
        <div class="component-problem" role="alert">
          Component {el.componentName}: {error}
        </div>
      ) : null}
    </div>
  );
}
