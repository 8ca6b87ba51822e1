// st.multiselect: chosen options as removable chips, and a filterable listbox (combobox
// pattern): type to filter, arrows to move, Enter to add, Backspace to drop the last chip,
// Escape to close. Every change is committed at once, as in Streamlit.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Multiselect } from "../proto/widgets_pb";
import { asInts, ints } from "../session/widgetValues";
import { WidgetLabel } from "./Label";
import { infoOf, useWidget } from "./useWidget";

export function MultiselectView({ el }: { el: Multiselect }) {
  const info = infoOf(el);
  const w = useWidget(info, ints(el.indices));
  const chosen = asInts(w.value);
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState("");
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const listId = `${w.controlId}-list`;
  const full = el.maxSelections > 0 && chosen.length >= el.maxSelections;

  const available = useMemo(() => {
    const f = filter.toLowerCase();
    return el.options.map((label, index) => ({ label, index })).filter((o) => !chosen.includes(o.index) && o.label.toLowerCase().includes(f));
  }, [el.options, chosen, filter]);

  useEffect(() => setActive((a) => Math.min(a, Math.max(available.length - 1, 0))), [available.length]);

  const change = (next: number[]) => w.set(ints(next));
  const add = (index: number) => {
    if (full) return;
    change([...chosen, index]);
    setFilter("");
  };
  const remove = (index: number) => change(chosen.filter((i) => i !== index));

  const onKeyDown = (e: KeyboardEvent) => {
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        if (!open) setOpen(true);
        else setActive((a) => Math.min(a + 1, available.length - 1));
        break;
      case "ArrowUp":
        e.preventDefault();
        setActive((a) => Math.max(a - 1, 0));
        break;
      case "Enter": {
        const option = available[active];
        if (open && option) {
          e.preventDefault();
          add(option.index);
        }
        break;
      }
      case "Escape":
        setOpen(false);
        break;
      case "Backspace": {
        const last = chosen[chosen.length - 1];
        if (filter === "" && last !== undefined) remove(last);
        break;
      }
      default:
        break;
    }
  };

  const placeholder = chosen.length > 0 ? "" : el.placeholder || (el.options.length === 0 ? "No options to select." : "Choose an option");
  const activeId = open && available[active] ? `${listId}-${available[active]!.index}` : undefined;

  return (
    <div class="widget">
      <WidgetLabel info={info} htmlFor={w.controlId} />
      <div
        ref={rootRef}
        class={`multiselect${open ? " open" : ""}${info.disabled ? " disabled" : ""}`}
        onFocusOut={(e) => {
          if (!rootRef.current?.contains(e.relatedTarget as Node | null)) {
            setOpen(false);
            setFilter("");
          }
        }}
      >
        <div class="input ms-control" onMouseDown={(e) => {
          if (info.disabled || e.target === inputRef.current) return;
          e.preventDefault();
          inputRef.current?.focus();
          setOpen(true);
        }}>
          {chosen.map((index) => (
            <span class="chip" key={index}>
              <span class="chip-label">{el.options[index] ?? ""}</span>
              <button
                type="button"
                class="chip-remove"
                aria-label={`Remove ${el.options[index] ?? ""}`}
                disabled={info.disabled}
                tabIndex={-1}
                onMouseDown={(e) => e.stopPropagation()}
                onClick={() => remove(index)}
              >
                ×
              </button>
            </span>
          ))}
          <input
            ref={inputRef}
            id={w.controlId}
            class="ms-input"
            role="combobox"
            aria-expanded={open}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={activeId}
            aria-label={w.ariaLabel}
            autocomplete="off"
            disabled={info.disabled}
            placeholder={placeholder}
            value={filter}
            onInput={(e) => {
              setFilter(e.currentTarget.value);
              setOpen(true);
              setActive(0);
            }}
            onFocus={() => setOpen(true)}
            onClick={() => setOpen(true)}
            onKeyDown={onKeyDown}
          />
          {chosen.length > 0 && !info.disabled ? (
            <button type="button" class="ms-clear" aria-label="Clear all" tabIndex={-1} onMouseDown={(e) => e.stopPropagation()} onClick={() => change([])}>
              ×
            </button>
          ) : null}
          <svg class="select-chevron" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M7 10l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
        </div>
        {open && !info.disabled ? (
          <ul class="listbox" role="listbox" id={listId} aria-multiselectable="true">
            {full ? (
              <li class="listbox-note">You can only select up to {el.maxSelections} options. Remove an option first.</li>
            ) : available.length === 0 ? (
              <li class="listbox-note">No results</li>
            ) : (
              available.map((o, i) => (
                <li
                  key={o.index}
                  id={`${listId}-${o.index}`}
                  role="option"
                  aria-selected={false}
                  class={i === active ? "active" : undefined}
                  onMouseEnter={() => setActive(i)}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => add(o.index)}
                >
                  {o.label}
                </li>
              ))
            )}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
