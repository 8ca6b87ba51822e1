// st.number_input: a text field showing the formatted value ("%0.2f", "%d%%"), with − and +
// buttons. Typing is a draft committed on Enter or blur; arrow keys step the draft.
import { NumberInput_DataType, type NumberInput } from "../proto/widgets_pb";
import { asNumber, nullValue, type WidgetValue } from "../session/widgetValues";
import { decimalsOf, sprintf } from "../lib/printf";
import { WidgetLabel } from "./Label";
import { infoOf, useWidget } from "./useWidget";
import { useDraft } from "./useDraft";

/** The first number in what the user typed ("42.5 %" → 42.5, "1,000" → 1000). */
export function parseNumber(text: string): number | null {
  const m = /[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?/i.exec(text.replace(/,/g, ""));
  return m ? Number(m[0]) : null;
}

export function NumberInputView({ el }: { el: NumberInput }) {
  const info = infoOf(el);
  const isInt = el.dataType === NumberInput_DataType.INT;
  const toValue = (n: number | null): WidgetValue =>
    n === null ? nullValue : isInt ? { case: "intValue", value: BigInt(Math.round(n)) } : { case: "doubleValue", value: n };
  const w = useWidget(info, toValue(el.value ?? null));
  const value = asNumber(w.value);
  const step = el.step > 0 ? el.step : isInt ? 1 : 0.01;
  const format = el.format || (isInt ? "%d" : `%0.${Math.max(2, decimalsOf(step))}f`);
  const display = (n: number | null) => (n === null ? "" : sprintf(format, n));
  const d = useDraft(display(value), w.serverVersion);

  const clamp = (n: number) => {
    let v = n;
    if (el.hasMin) v = Math.max(el.min, v);
    if (el.hasMax) v = Math.min(el.max, v);
    return isInt ? Math.round(v) : Number(v.toFixed(12));
  };
  const commitNumber = (n: number | null) => {
    const v = n === null ? null : clamp(n);
    d.setDraft(display(v));
    if (v !== value) w.set(toValue(v));
  };
  const commitDraft = () => {
    if (!d.dirty) return;
    const trimmed = d.draft.trim();
    const parsed = trimmed === "" ? null : parseNumber(trimmed);
    if ((trimmed !== "" && parsed === null) || (trimmed === "" && !el.clearable)) {
      // Not a number, or emptied where the widget has a default: back to what it was.
      d.setDraft(display(value));
      return;
    }
    commitNumber(parsed);
  };
  const stepBy = (dir: 1 | -1) => {
    const base = (d.dirty ? parseNumber(d.draft) : value) ?? (el.hasMin ? el.min : 0);
    commitNumber(Number((base + dir * step).toFixed(decimalsOf(step) + 2)));
  };

  const atMin = value !== null && el.hasMin && value <= el.min;
  const atMax = value !== null && el.hasMax && value >= el.max;
  return (
    <div class="widget">
      <WidgetLabel info={info} htmlFor={w.controlId} />
      <div class={`number-input input-group${info.disabled ? " disabled" : ""}`}>
        <input
          id={w.controlId}
          class="input"
          type="text"
          inputMode={isInt ? "numeric" : "decimal"}
          value={d.draft}
          placeholder={el.placeholder}
          disabled={info.disabled}
          aria-label={w.ariaLabel}
          role="spinbutton"
          aria-valuenow={value ?? undefined}
          aria-valuemin={el.hasMin ? el.min : undefined}
          aria-valuemax={el.hasMax ? el.max : undefined}
          onFocus={d.onFocus}
          onInput={(e) => d.setDraft(e.currentTarget.value)}
          onBlur={() => {
            d.onBlurred();
            commitDraft();
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              commitDraft();
              if (w.enterSubmits) w.submitForm();
            } else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
              e.preventDefault();
              const base = parseNumber(d.draft) ?? value ?? 0;
              const next = clamp(base + (e.key === "ArrowUp" ? step : -step));
              d.setDraft(display(Number(next.toFixed(decimalsOf(step) + 2))));
            }
          }}
        />
        <button type="button" class="step-button" aria-label="Decrement" tabIndex={-1} disabled={info.disabled || atMin} onClick={() => stepBy(-1)}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 12h12" stroke="currentColor" stroke-width="2" stroke-linecap="round" /></svg>
        </button>
        <button type="button" class="step-button" aria-label="Increment" tabIndex={-1} disabled={info.disabled || atMax} onClick={() => stepBy(1)}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 12h12M12 6v12" stroke="currentColor" stroke-width="2" stroke-linecap="round" /></svg>
        </button>
      </div>
    </div>
  );
}
