// The control that edits one cell of st.data_editor in place: a text, number, date or time input,
// or a select for a SelectboxColumn. Enter saves and moves down, Tab or leaving saves, Escape drops.
import { useLayoutEffect, useRef } from "preact/hooks";
import type { DataColumn } from "../proto/data_pb";
import type { Presentation } from "./format";
import { editorKind } from "./cells";

export function CellEditor({
  column,
  kind,
  draft,
  onDraft,
  onDone,
}: {
  column: DataColumn;
  kind: Presentation;
  draft: string;
  onDraft: (draft: string) => void;
  onDone: (save: boolean, move?: number) => void;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  useLayoutEffect(() => {
    selectRef.current?.focus();
    const input = inputRef.current;
    if (input === null) return;
    input.focus();
    if (input.type === "text") input.setSelectionRange(draft.length, draft.length);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const done = useRef(false);
  const finish = (save: boolean, move = 0) => {
    if (done.current) return;
    done.current = true;
    onDone(save, move);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === "Enter") {
      e.preventDefault();
      finish(true, 1);
    } else if (e.key === "Escape") {
      e.preventDefault();
      finish(false);
    } else if (e.key === "Tab") {
      e.preventDefault();
      finish(true);
    }
  };
  const editor = editorKind(column, kind);
  if (editor === "select") {
    const options = column.config?.options ?? [];
    return (
      <select
        ref={selectRef}
        class="df-input"
        aria-label={`Edit ${column.name}`}
        value={draft}
        onChange={(e) => onDraft(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={() => finish(true)}
      >
        {column.config?.required ? null : <option value="">—</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  }
  const type = (editor === "date" ? "date" : editor === "datetime" ? "datetime-local" : editor === "time" ? "time" : "text") as "text";
  return (
    <input
      ref={inputRef}
      class="df-input"
      type={type}
      inputMode={editor === "number" ? "decimal" : undefined}
      step={editor === "datetime" || editor === "time" ? 1 : undefined}
      aria-label={`Edit ${column.name}`}
      value={editor === "datetime" ? draft.replace(" ", "T").slice(0, 19) : editor === "date" ? draft.slice(0, 10) : draft}
      maxLength={column.config?.maxChars ? column.config.maxChars : undefined}
      onInput={(e) => onDraft(e.currentTarget.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
    />
  );
}
