// st.json: a collapsible tree of the value (already JSON text from the server).
import { useMemo, useState } from "preact/hooks";
import type { Json } from "../proto/text_pb";

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export function JsonView({ el }: { el: Json }) {
  const parsed = useMemo((): { ok: true; value: JsonValue } | { ok: false } => {
    try {
      return { ok: true, value: JSON.parse(el.body) as JsonValue };
    } catch {
      return { ok: false };
    }
  }, [el.body]);
  if (!parsed.ok) return <pre class="json">{el.body}</pre>;
  // expand_depth n opens n levels; 0 means all open or all closed as `expanded` says.
  const depth = el.expandDepth > 0 ? el.expandDepth : el.expanded ? Infinity : 0;
  return (
    <div class="json" role="tree">
      <JsonNode value={parsed.value} name={null} level={0} openDepth={depth} last />
    </div>
  );
}

function Scalar({ value }: { value: JsonValue }) {
  if (value === null) return <span class="json-null">null</span>;
  if (typeof value === "string") return <span class="json-string">{JSON.stringify(value)}</span>;
  if (typeof value === "number") return <span class="json-number">{String(value)}</span>;
  return <span class="json-bool">{String(value)}</span>;
}

interface NodeProps {
  value: JsonValue;
  name: string | null;
  level: number;
  openDepth: number;
  last: boolean;
}

function JsonNode({ value, name, level, openDepth, last }: NodeProps) {
  const [open, setOpen] = useState(level < openDepth);
  const label = name === null ? null : <span class="json-key">{JSON.stringify(name)}: </span>;
  const comma = last ? "" : ",";
  if (value === null || typeof value !== "object") {
    return (
      <div class="json-line" role="treeitem">
        {label}
        <Scalar value={value} />
        {comma}
      </div>
    );
  }
  const isArray = Array.isArray(value);
  const entries: [string, JsonValue][] = isArray ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  const [openChar, closeChar] = isArray ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) {
    return (
      <div class="json-line" role="treeitem">
        {label}
        {openChar + closeChar + comma}
      </div>
    );
  }
  return (
    <div role="treeitem" aria-expanded={open}>
      <button type="button" class="json-toggle" onClick={() => setOpen(!open)} aria-label={open ? "Collapse" : "Expand"}>
        <span class={`json-caret${open ? " open" : ""}`} aria-hidden="true">▸</span>
        {label}
        {open ? openChar : `${openChar} … ${closeChar}${comma}`}
        {!open ? <span class="json-count"> {entries.length} {entries.length === 1 ? "item" : "items"}</span> : null}
      </button>
      {open ? (
        <>
          <div class="json-children" role="group">
            {entries.map(([k, v], i) => (
              <JsonNode key={k} value={v} name={isArray ? null : k} level={level + 1} openDepth={openDepth} last={i === entries.length - 1} />
            ))}
          </div>
          <div class="json-line">{closeChar + comma}</div>
        </>
      ) : null}
    </div>
  );
}
