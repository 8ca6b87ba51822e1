// st.selectbox: a native <select> (keyboard and screen readers work as the platform does);
// index -1 shows the placeholder.
import type { Selectbox } from "../proto/widgets_pb";
import { asInt } from "../session/widgetValues";
import { WidgetLabel } from "./Label";
import { infoOf, useWidget } from "./useWidget";

export function SelectboxView({ el }: { el: Selectbox }) {
  const info = infoOf(el);
  const w = useWidget(info, { case: "intValue", value: BigInt(el.index) });
  const selected = asInt(w.value);
  const placeholder = el.placeholder || (el.options.length === 0 ? "No options to select." : "Choose an option");
  return (
    <div class="widget">
      <WidgetLabel info={info} htmlFor={w.controlId} />
      <div class="select-wrap">
        <select
          id={w.controlId}
          class="input select"
          disabled={info.disabled || el.options.length === 0}
          aria-label={w.ariaLabel}
          value={String(selected)}
          onChange={(e) => w.set({ case: "intValue", value: BigInt(Number(e.currentTarget.value)) })}
        >
          {selected < 0 ? (
            <option value="-1" disabled hidden>
              {placeholder}
            </option>
          ) : null}
          {el.options.map((option, i) => (
            <option key={i} value={String(i)}>
              {option}
            </option>
          ))}
        </select>
        <svg class="select-chevron" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M7 10l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      </div>
    </div>
  );
}
