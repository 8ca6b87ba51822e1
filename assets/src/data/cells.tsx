// What one grid cell shows for each column type (st.column_config), and how the editor reads
// what the user typed back into a JSON value.
import type { DataColumn } from "../proto/data_pb";
import { ColumnConfig_Type, DataColumn_Kind } from "../proto/data_pb";
import { formatCell, formatNumber, linkText, safeUrl, type CellValue, type Presentation } from "./format";
import type { JsonValue } from "./edits";

export function CellContent({
  value,
  column,
  kind,
  display,
  editable,
  onToggle,
}: {
  value: CellValue;
  column: DataColumn;
  kind: Presentation;
  display: string;
  editable: boolean;
  onToggle?: (() => void) | undefined;
}) {
  if (display) return <span class="df-text">{display}</span>;
  if (kind === "checkbox") {
    const on = value === true || value === "true";
    return (
      <span
        class={`df-check${on ? " on" : ""}${value === null ? " none" : ""}${editable ? " editable" : ""}`}
        role="checkbox"
        aria-checked={value === null ? "mixed" : on}
        aria-readonly={!editable}
        aria-label={on ? "true" : value === null ? "None" : "false"}
        onClick={
          onToggle
            ? (e) => {
                e.stopPropagation();
                onToggle();
              }
            : undefined
        }
      />
    );
  }
  if (value === null) return <span class="df-none">None</span>;
  if (kind === "progress") return <Progress value={value} column={column} />;
  if (kind === "link" && typeof value === "string") {
    const url = safeUrl(value);
    const text = linkText(value, column.config?.displayText ?? "");
    return url === null ? (
      <span class="df-text">{text}</span>
    ) : (
      <a class="df-link" href={url} target="_blank" rel="noopener noreferrer" onClick={(e) => e.stopPropagation()}>
        {text}
      </a>
    );
  }
  if (kind === "image" && typeof value === "string") {
    const url = safeUrl(value, true);
    return url === null ? <span class="df-text">{value}</span> : <img class="df-image" src={url} alt="" loading="lazy" />;
  }
  if (kind === "list" && typeof value === "string") return <Chips text={value} />;
  if (kind === "chart" && typeof value === "string") return <Sparkline text={value} column={column} />;
  return <span class="df-text">{formatCell(value, column, kind)}</span>;
}

function Progress({ value, column }: { value: CellValue; column: DataColumn }) {
  const n = typeof value === "bigint" ? Number(value) : typeof value === "number" ? value : Number(value);
  const integer = column.kind === DataColumn_Kind.INTEGER;
  const min = column.config?.minValue ?? 0;
  const max = column.config?.maxValue ?? (integer ? 100 : 1);
  const share = max > min ? Math.max(0, Math.min(1, (n - min) / (max - min))) : 0;
  const text = Number.isFinite(n) ? formatNumber(n, column.config?.format ?? "", integer) : "";
  return (
    <span class="df-progress" title={text}>
      <span class="df-progress-bar" role="progressbar" aria-valuemin={min} aria-valuemax={max} aria-valuenow={n}>
        <span style={{ width: `${share * 100}%` }} />
      </span>
      <span class="df-progress-text">{text}</span>
    </span>
  );
}

function parseList(text: string): unknown[] | null {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}

function Chips({ text }: { text: string }) {
  const items = parseList(text);
  if (items === null) return <span class="df-text">{text}</span>;
  return (
    <span class="df-chips">
      {items.map((item, i) => (
        <span key={i} class="df-chip">
          {typeof item === "string" ? item : JSON.stringify(item)}
        </span>
      ))}
    </span>
  );
}

function Sparkline({ text, column }: { text: string; column: DataColumn }) {
  const items = parseList(text);
  const values = (items ?? []).map(Number).filter((n) => Number.isFinite(n));
  if (values.length === 0) return <span class="df-none">{items === null ? text : ""}</span>;
  const type = column.config?.type;
  const min = column.config?.minValue ?? Math.min(0, ...values);
  const max = column.config?.maxValue ?? Math.max(...values);
  const span = max - min || 1;
  const w = 100;
  const h = 24;
  const y = (v: number) => h - ((v - min) / span) * h;
  if (type === ColumnConfig_Type.BAR_CHART) {
    const bw = w / values.length;
    return (
      <svg class="df-spark" viewBox={`0 0 ${w} ${h}`} preserveAspectRatio="none" aria-label={values.join(", ")}>
        {values.map((v, i) => (
          <rect key={i} x={i * bw + bw * 0.1} width={bw * 0.8} y={y(v)} height={h - y(v)} />
        ))}
      </svg>
    );
  }
  const step = values.length > 1 ? w / (values.length - 1) : 0;
  const points = values.map((v, i) => `${(i * step).toFixed(2)},${y(v).toFixed(2)}`).join(" ");
  return (
    <svg class="df-spark" viewBox={`0 0 ${w} ${h}`} preserveAspectRatio="none" aria-label={values.join(", ")}>
      {type === ColumnConfig_Type.AREA_CHART ? <polygon class="area" points={`0,${h} ${points} ${w},${h}`} /> : null}
      <polyline points={points} />
    </svg>
  );
}

/** The control used to edit a cell of this column. */
export type EditorKind = "text" | "number" | "select" | "date" | "datetime" | "time";

export function editorKind(column: DataColumn, kind: Presentation): EditorKind {
  if (kind === "select") return "select";
  if (kind === "date" || kind === "datetime" || kind === "time") return kind;
  if (kind === "number") return "number";
  if (column.kind === DataColumn_Kind.INTEGER || column.kind === DataColumn_Kind.FLOAT) return "number";
  return "text";
}

/** Whether cells of this presentation can be edited in place (pictures and lists cannot). */
export function isEditableKind(kind: Presentation | undefined): boolean {
  return kind !== "progress" && kind !== "image" && kind !== "chart" && kind !== "list" && kind !== "json";
}

/** The JSON value for what the user typed; ok=false keeps the old value (invalid input). */
export function parseInput(text: string, column: DataColumn, kind: Presentation): { ok: boolean; value: JsonValue } {
  const editor = editorKind(column, kind);
  const trimmed = text.trim();
  if (trimmed === "") return { ok: !column.config?.required, value: null };
  if (editor === "number") {
    const n = Number(trimmed.replace(/,/g, ""));
    if (!Number.isFinite(n)) return { ok: false, value: null };
    let v = column.kind === DataColumn_Kind.INTEGER ? Math.round(n) : n;
    const c = column.config;
    if (c?.minValue !== undefined) v = Math.max(c.minValue, v);
    if (c?.maxValue !== undefined) v = Math.min(c.maxValue, v);
    return { ok: true, value: v };
  }
  if (editor === "datetime") return { ok: true, value: trimmed.length === 16 ? `${trimmed}:00` : trimmed };
  if (editor === "text") {
    const validate = column.config?.validate;
    if (validate) {
      try {
        if (!new RegExp(validate).test(text)) return { ok: false, value: null };
      } catch {
        // An invalid pattern validates nothing.
      }
    }
  }
  return { ok: true, value: text };
}

/** A new row's values: each column's configured default. */
export function defaultsOf(columns: readonly DataColumn[]): Record<string, JsonValue> {
  const row: Record<string, JsonValue> = {};
  for (const c of columns) {
    const json = c.config?.defaultJson;
    if (!json) continue;
    try {
      row[c.key] = JSON.parse(json) as JsonValue;
    } catch {
      // A default that does not parse is left out.
    }
  }
  return row;
}
