// How a data grid shows one value: numbers (printf formats and presets), dates (moment.js-style
// patterns), booleans, missing values. Pure functions; the server sends values, not text.
import { ColumnConfig_Type, DataColumn_Kind, type DataColumn } from "../proto/data_pb";
import { sprintf } from "../lib/printf";

export type CellValue = number | bigint | string | boolean | null;

const NUMBER_PRESETS: Record<string, (v: number) => string> = {
  plain: (v) => String(v),
  localized: (v) => v.toLocaleString(),
  percent: (v) => `${(v * 100).toLocaleString(undefined, { maximumFractionDigits: 2 })}%`,
  dollar: (v) => currency(v, "USD"),
  euro: (v) => currency(v, "EUR"),
  yen: (v) => currency(v, "JPY"),
  accounting: (v) => (v < 0 ? `(${Math.abs(v).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 })})` : v.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 })),
  compact: (v) => new Intl.NumberFormat(undefined, { notation: "compact", maximumFractionDigits: 1 }).format(v),
  scientific: (v) => v.toExponential(2),
  engineering: (v) => new Intl.NumberFormat("en-US", { notation: "engineering", maximumFractionDigits: 2 }).format(v),
};

function currency(v: number, code: string): string {
  return new Intl.NumberFormat(undefined, { style: "currency", currency: code }).format(v);
}

/** A float as Streamlit shows it by default: at most 4 decimals, no trailing zeros. */
export function defaultFloat(v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? "NaN" : v > 0 ? "∞" : "-∞";
  if (Number.isInteger(v)) return String(v);
  const fixed = v.toFixed(4);
  const trimmed = fixed.replace(/\.?0+$/, "");
  return trimmed === "-0" ? "0" : trimmed;
}

export function formatNumber(value: number | bigint, format: string, isInteger: boolean): string {
  if (typeof value === "bigint") {
    if (!format || format === "plain") return value.toString();
    return formatNumber(Number(value), format, true);
  }
  if (format) {
    const preset = NUMBER_PRESETS[format];
    if (preset) return preset(value);
    return sprintf(format, value, (v) => (isInteger ? String(v) : defaultFloat(v)));
  }
  return isInteger && Number.isInteger(value) ? String(value) : defaultFloat(value);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
  offset: string;
  hasDate: boolean;
  hasTime: boolean;
}

/** Reads the ISO 8601 text the server sends (date, time, or both, maybe an offset). */
export function parseIso(text: string): DateParts | null {
  const m = /^(?:(-?\d{4,})-(\d{2})-(\d{2}))?(?:[T ]?(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim());
  if (!m || (m[1] === undefined && m[4] === undefined)) return null;
  return {
    year: Number(m[1] ?? 1970),
    month: Number(m[2] ?? 1),
    day: Number(m[3] ?? 1),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    millis: m[7] ? Number(m[7].slice(0, 3).padEnd(3, "0")) : 0,
    offset: m[8] ?? "",
    hasDate: m[1] !== undefined,
    hasTime: m[4] !== undefined,
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

function ordinal(n: number): string {
  const s = ["th", "st", "nd", "rd"];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}

/** A moment.js-style pattern ("YYYY-MM-DD HH:mm", "MMM D, YYYY", "h:mm a") applied to `p`. */
export function formatDatePattern(p: DateParts, pattern: string): string {
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
  const tokens: Record<string, () => string> = {
    YYYY: () => String(p.year),
    YY: () => pad(p.year % 100),
    MMMM: () => MONTHS[p.month - 1] ?? "",
    MMM: () => (MONTHS[p.month - 1] ?? "").slice(0, 3),
    MM: () => pad(p.month),
    M: () => String(p.month),
    Do: () => ordinal(p.day),
    DD: () => pad(p.day),
    D: () => String(p.day),
    dddd: () => DAYS[weekday] ?? "",
    ddd: () => (DAYS[weekday] ?? "").slice(0, 3),
    HH: () => pad(p.hour),
    H: () => String(p.hour),
    hh: () => pad(hour12),
    h: () => String(hour12),
    mm: () => pad(p.minute),
    m: () => String(p.minute),
    ss: () => pad(p.second),
    s: () => String(p.second),
    SSS: () => pad(p.millis, 3),
    A: () => (p.hour < 12 ? "AM" : "PM"),
    a: () => (p.hour < 12 ? "am" : "pm"),
    Z: () => p.offset,
  };
  return pattern.replace(/\[([^\]]*)]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|SSS|A|a|Z/g, (token, literal: string | undefined) =>
    literal !== undefined ? literal : (tokens[token]?.() ?? token),
  );
}

function relative(p: DateParts, now: number): string {
  const then = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const seconds = Math.round((then - now) / 1000);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ["year", 31536000],
    ["month", 2592000],
    ["day", 86400],
    ["hour", 3600],
    ["minute", 60],
    ["second", 1],
  ];
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size || unit === "second") return rtf.format(Math.round(seconds / size), unit);
  }
  return "";
}

export function formatTemporal(text: string, kind: "date" | "datetime" | "time", format: string, now = Date.now()): string {
  const p = parseIso(text);
  if (p === null) return text;
  if (format === "iso8601") return text;
  if (format === "distance") return relative(p, now);
  if (format === "localized") {
    const d = new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
    const opts: Intl.DateTimeFormatOptions = { timeZone: "UTC" };
    if (kind === "date") return d.toLocaleDateString(undefined, { ...opts, dateStyle: "medium" });
    if (kind === "time") return d.toLocaleTimeString(undefined, { ...opts, timeStyle: "medium" });
    return d.toLocaleString(undefined, { ...opts, dateStyle: "medium", timeStyle: "medium" });
  }
  if (format) return formatDatePattern(p, format);
  const date = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  const time = `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${p.millis ? `.${pad(p.millis, 3)}` : ""}`;
  if (kind === "date" || !p.hasTime) return date;
  if (kind === "time" || !p.hasDate) return time;
  return `${date} ${time}`;
}

/** The column's effective way of showing values (its config type, else its data kind). */
export type Presentation = "text" | "number" | "checkbox" | "date" | "datetime" | "time" | "progress" | "link" | "image" | "list" | "chart" | "json" | "select";

export function presentation(column: DataColumn): Presentation {
  switch (column.config?.type ?? ColumnConfig_Type.AUTO) {
    case ColumnConfig_Type.TEXT:
      return "text";
    case ColumnConfig_Type.NUMBER:
      return "number";
    case ColumnConfig_Type.CHECKBOX:
      return "checkbox";
    case ColumnConfig_Type.SELECTBOX:
      return "select";
    case ColumnConfig_Type.DATE:
      return "date";
    case ColumnConfig_Type.DATETIME:
      return "datetime";
    case ColumnConfig_Type.TIME:
      return "time";
    case ColumnConfig_Type.PROGRESS:
      return "progress";
    case ColumnConfig_Type.LINK:
      return "link";
    case ColumnConfig_Type.IMAGE:
      return "image";
    case ColumnConfig_Type.LIST:
      return "list";
    case ColumnConfig_Type.LINE_CHART:
    case ColumnConfig_Type.BAR_CHART:
    case ColumnConfig_Type.AREA_CHART:
      return "chart";
    case ColumnConfig_Type.JSON:
      return "json";
    default:
      break;
  }
  switch (column.kind) {
    case DataColumn_Kind.INTEGER:
    case DataColumn_Kind.FLOAT:
      return "number";
    case DataColumn_Kind.BOOLEAN:
      return "checkbox";
    case DataColumn_Kind.DATETIME:
      return "datetime";
    case DataColumn_Kind.DATE:
      return "date";
    case DataColumn_Kind.TIME:
      return "time";
    default:
      return "text";
  }
}

/** The text of a cell (what a screen reader hears, and what simple cells show). */
export function formatCell(value: CellValue, column: DataColumn, kind: Presentation = presentation(column)): string {
  if (value === null) return "";
  const format = column.config?.format ?? "";
  if (typeof value === "number" || typeof value === "bigint") {
    const integer = column.kind === DataColumn_Kind.INTEGER || typeof value === "bigint";
    if (kind === "progress" || kind === "number" || kind === "text") return formatNumber(value, kind === "text" ? "" : format, integer);
    return formatNumber(value, "", integer);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  if (kind === "date" || kind === "datetime" || kind === "time") return formatTemporal(value, kind, format);
  return value;
}

/** Numbers, dates and times sit on the right, as in Streamlit. */
export function alignment(column: DataColumn, kind: Presentation): "left" | "center" | "right" {
  const configured = column.config?.alignment;
  if (configured === "left" || configured === "center" || configured === "right") return configured;
  if (kind === "checkbox") return "center";
  return kind === "number" || kind === "progress" ? "right" : "left";
}

/** A link cell's text: the URL, a fixed text, or the regex group `displayText` picks out of it. */
export function linkText(url: string, displayText: string): string {
  if (!displayText) return url;
  if (!displayText.includes("(")) return displayText;
  try {
    const m = new RegExp(displayText).exec(url);
    return m?.[1] ?? url;
  } catch {
    return displayText;
  }
}

/** Only these URL schemes become links or images (no javascript: and the like). */
export function safeUrl(url: string, forImage = false): string | null {
  const trimmed = url.trim();
  if (/^(https?:|mailto:)/i.test(trimmed) || trimmed.startsWith("/")) return trimmed;
  if (forImage && /^data:image\//i.test(trimmed)) return trimmed;
  return null;
}

const ALLOWED_CSS = new Set(["background-color", "background", "color", "font-weight", "font-style", "text-decoration", "text-align", "opacity"]);

/** A Styler's CSS for a cell, limited to colours and font styles (no url(), no layout). */
export function cellStyle(css: string): Record<string, string> | undefined {
  if (!css) return undefined;
  const style: Record<string, string> = {};
  for (const part of css.split(";")) {
    const i = part.indexOf(":");
    if (i < 0) continue;
    const prop = part.slice(0, i).trim().toLowerCase();
    const value = part.slice(i + 1).trim();
    if (ALLOWED_CSS.has(prop) && value && !/url\(|expression\(/i.test(value)) style[prop === "background" ? "background-color" : prop] = value;
  }
  return Object.keys(style).length > 0 ? style : undefined;
}
