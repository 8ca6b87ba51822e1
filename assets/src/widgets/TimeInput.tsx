// st.time_input: the browser's time field; `step` (seconds) decides whether seconds show.
import type { TimeInput } from "../proto/widgets_pb";
import { asString, nullValue } from "../session/widgetValues";
import { WidgetLabel } from "./Label";
import { infoOf, useWidget } from "./useWidget";

export function TimeInputView({ el }: { el: TimeInput }) {
  const info = infoOf(el);
  const w = useWidget(info, el.value === undefined ? nullValue : { case: "stringValue", value: el.value });
  const value = asString(w.value) ?? "";
  return (
    <div class="widget">
      <WidgetLabel info={info} htmlFor={w.controlId} />
      <input
        id={w.controlId}
        class="input"
        type="time"
        step={el.step > 0 ? el.step : 60}
        value={value}
        disabled={info.disabled}
        aria-label={w.ariaLabel}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (v !== value) w.set(v === "" ? nullValue : { case: "stringValue", value: v });
        }}
      />
    </div>
  );
}
