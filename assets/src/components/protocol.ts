// Streamlit's custom component protocol (v1), host side (docs/components.md): the messages a
// component's iframe sends (componentReady, setComponentValue, setFrameHeight, all carrying
// isStreamlitMessage), the render message the page sends back, and the widget value each
// setComponentValue becomes. Pure functions; the view (ComponentInstance.tsx) does the I/O.
import { create } from "@bufbuild/protobuf";
import { ArrowTableSchema } from "../proto/arrow_pb";
import type { ComponentInstance } from "../proto/components_pb";
import type { WidgetValue } from "../session/widgetValues";

export const API_VERSION = 1;

export type ComponentMessage =
  | { type: "streamlit:componentReady"; apiVersion: unknown }
  | { type: "streamlit:setComponentValue"; value: unknown; dataType: unknown }
  | { type: "streamlit:setFrameHeight"; height: unknown };

/** A message from a component frame, or null for anything else posted to the page. */
export function componentMessage(data: unknown): ComponentMessage | null {
  if (typeof data !== "object" || data === null) return null;
  const record = data as Record<string, unknown>;
  if (!Object.prototype.hasOwnProperty.call(record, "isStreamlitMessage")) return null;
  switch (record["type"]) {
    case "streamlit:componentReady":
      return { type: "streamlit:componentReady", apiVersion: record["apiVersion"] };
    case "streamlit:setComponentValue":
      return { type: "streamlit:setComponentValue", value: record["value"], dataType: record["dataType"] };
    case "streamlit:setFrameHeight":
      return { type: "streamlit:setFrameHeight", height: record["height"] };
    default:
      return null;
  }
}

/** The theme a component sees, as Streamlit sends it (its component library styles itself from it). */
export interface ComponentTheme {
  base: "light" | "dark";
  primaryColor: string;
  backgroundColor: string;
  secondaryBackgroundColor: string;
  textColor: string;
  font: string;
  bodyFont: string;
}

export interface RenderMessage {
  type: "streamlit:render";
  args: Record<string, unknown>;
  dfs: { key: string; value: { data: { data: Uint8Array; index: Uint8Array; columns: Uint8Array } } }[];
  disabled: boolean;
  theme: ComponentTheme;
}

/** What the page sends the frame on each ready and whenever the arguments or the theme change. */
export function renderMessage(el: ComponentInstance, theme: ComponentTheme, disabled: boolean): RenderMessage {
  let args: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(el.jsonArgs || "{}");
    if (typeof parsed === "object" && parsed !== null) args = parsed as Record<string, unknown>;
  } catch {
    // The server always sends a JSON object; anything else shows as no arguments.
  }
  const dfs: RenderMessage["dfs"] = [];
  // Copies: a decoded bytes field may be a view into the whole WebSocket frame, which
  // postMessage would otherwise clone in full for every render.
  for (const special of el.specialArgs) {
    const v = special.value;
    if (v.case === "bytes") args[special.key] = v.value.slice();
    else if (v.case === "arrowTable") {
      const table = { data: v.value.data.slice(), index: v.value.index.slice(), columns: v.value.columns.slice() };
      dfs.push({ key: special.key, value: { data: table } });
    }
  }
  return { type: "streamlit:render", args, dfs, disabled, theme };
}

function bytesOf(value: unknown): Uint8Array | null {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return null;
}

/** The widget value a setComponentValue becomes; null for one that cannot be sent (undefined,
 * or a dataframe/bytes value of the wrong shape). */
export function componentValue(value: unknown, dataType: unknown): WidgetValue | null {
  if (value === undefined) return null;
  if (dataType === "bytes") {
    const bytes = bytesOf(value);
    return bytes === null ? null : { case: "bytesValue", value: bytes };
  }
  if (dataType === "dataframe") {
    const table = value as { data?: unknown; index?: unknown; columns?: unknown } | null;
    const data = bytesOf(table?.data);
    const index = bytesOf(table?.index);
    const columns = bytesOf(table?.columns);
    if (data === null || index === null || columns === null) return null;
    return { case: "arrowValue", value: create(ArrowTableSchema, { data, index, columns }) };
  }
  const text = JSON.stringify(value);
  return text === undefined ? null : { case: "jsonValue", value: text };
}

/** The frame's address: the engine's copy of the component's files, or the development server
 * it was declared with; `streamlitUrl` tells the component where the app is, as Streamlit does. */
export function componentSrc(el: ComponentInstance, location: { origin: string; pathname: string }): string {
  const base = el.url || `/_dataapp/component/${encodeURIComponent(el.componentName)}/index.html`;
  const separator = base.includes("?") ? "&" : "?";
  return `${base}${separator}streamlitUrl=${encodeURIComponent(location.origin + location.pathname)}`;
}

/** The theme, read from the page's own CSS custom properties and data-theme. */
export function currentTheme(root: HTMLElement = document.documentElement): ComponentTheme {
  const style = getComputedStyle(root);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const base = root.dataset["theme"] === "dark" ? "dark" : "light";
  const font = read("--font", '"Source Sans 3", sans-serif');
  return {
    base,
    primaryColor: read("--primary", "#ff4b4b"),
    backgroundColor: read("--bg", base === "dark" ? "#0e1117" : "#ffffff"),
    secondaryBackgroundColor: read("--bg-secondary", base === "dark" ? "#262730" : "#f0f2f6"),
    textColor: read("--text", base === "dark" ? "#fafafa" : "#31333f"),
    font,
    bodyFont: font,
  };
}

// The Streamlit frame's permissions (its IFrameUtil), so components behave as they do there.
export const SANDBOX =
  "allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-same-origin allow-scripts allow-downloads";
export const ALLOW = [
  "accelerometer", "ambient-light-sensor", "autoplay", "battery", "camera", "clipboard-write",
  "document-domain", "encrypted-media", "fullscreen", "geolocation", "gyroscope", "layout-animations",
  "legacy-image-formats", "magnetometer", "microphone", "midi", "oversized-images", "payment",
  "picture-in-picture", "publickey-credentials-get", "sync-xhr", "usb", "vr", "wake-lock",
  "xr-spatial-tracking",
].join("; ");
