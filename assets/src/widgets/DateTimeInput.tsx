// st.datetime_input: the browser's date-and-time field (its calendar, clock and keyboard
// entry) holding "YYYY-MM-DDTHH:MM". A complete value is committed at once; a field with a
// default cannot be emptied (it shows its value again), as in Streamlit.
import type { DateTimeInput } from "../proto/widgets_pb";
import { asStrings, strings } from "../session/widgetValues";
import { WidgetLabel } from "./Label";
import { infoOf, useWidget } from "./useWidget";

/** What to report for what the field holds ("" when emptied); null: nothing to report. */
export function datetimeChange(typed: string, current: readonly string[], clearable: boolean): string[] | null {
  if (typed === "" && !clearable) return null;
  const next = typed === "" ? [] : [typed.slice(0, 16)];
  return next.join() === current.join() ? null : next;
}

export function DateTimeInputView({ el }: { el: DateTimeInput }) {
  const info = infoOf(el);
  const w = useWidget(info, strings(el.value));
  const values = asStrings(w.value);
  return (
    <div class="widget">
      <WidgetLabel info={info} htmlFor={w.controlId} />
      <input
        id={w.controlId}
        class={`input${info.disabled ? " disabled" : ""}`}
        type="datetime-local"
        value={values[0] ?? ""}
        min={el.min || undefined}
        max={el.max || undefined}
        step={el.step > 0 ? el.step : 900}
        disabled={info.disabled}
        aria-label={w.ariaLabel}
        required={!el.clearable}
        onChange={(e) => {
          const next = datetimeChange(e.currentTarget.value, values, el.clearable);
          if (next !== null) w.set(strings(next));
          else e.currentTarget.value = values[0] ?? "";
        }}
      />
    </div>
  );
}
