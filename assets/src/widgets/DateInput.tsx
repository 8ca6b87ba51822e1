// st.date_input: the browser's date field (its calendar and keyboard entry); a range is two
// fields. A complete date is committed at once.
import { Fragment } from "preact";
import type { DateInput } from "../proto/widgets_pb";
import { asStrings, strings } from "../session/widgetValues";
import { WidgetLabel } from "./Label";
import { infoOf, useWidget } from "./useWidget";

export function DateInputView({ el }: { el: DateInput }) {
  const info = infoOf(el);
  const w = useWidget(info, strings(el.value));
  const values = asStrings(w.value);
  const fields = el.isRange ? 2 : 1;
  const change = (i: number, v: string) => {
    const next = Array.from({ length: fields }, (_, k) => (k === i ? v : (values[k] ?? "")));
    // A range being picked may have only its start; an empty field is not a value.
    const kept = el.isRange && next[0] === "" ? [] : next.filter((s) => s !== "");
    if (kept.join() !== values.join()) w.set(strings(kept));
  };
  return (
    <div class="widget">
      <WidgetLabel info={info} htmlFor={w.controlId} />
      <div class={`date-fields${info.disabled ? " disabled" : ""}`}>
        {Array.from({ length: fields }, (_, i) => (
          <Fragment key={i}>
            {i === 1 ? <span class="range-dash" aria-hidden="true">–</span> : null}
            <input
              id={i === 0 ? w.controlId : undefined}
              class="input"
              type="date"
              value={values[i] ?? ""}
              min={(i === 1 ? values[0] : undefined) || el.min || undefined}
              max={el.max || undefined}
              disabled={info.disabled}
              aria-label={el.isRange ? `${info.label} ${i === 0 ? "start" : "end"}` : w.ariaLabel}
              onChange={(e) => change(i, e.currentTarget.value)}
            />
          </Fragment>
        ))}
      </div>
    </div>
  );
}
