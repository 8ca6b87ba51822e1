// st.color_picker: a swatch opening the platform's colour chooser, and the hex value. The
// value is committed when the chooser reports a final choice ("change"), not while dragging.
import type { ColorPicker } from "../proto/widgets_pb";
import { asString } from "../session/widgetValues";
import { WidgetLabel } from "./Label";
import { infoOf, useWidget } from "./useWidget";
import { useState } from "preact/hooks";

export function ColorPickerView({ el }: { el: ColorPicker }) {
  const info = infoOf(el);
  const w = useWidget(info, { case: "stringValue", value: el.value });
  const value = asString(w.value) ?? "#000000";
  const [live, setLive] = useState<string | null>(null);
  const shown = live ?? value;
  return (
    <div class="widget">
      <WidgetLabel info={info} htmlFor={w.controlId} />
      <label class={`color-picker${info.disabled ? " disabled" : ""}`}>
        <span class="color-swatch" style={{ background: shown }}>
          <input
            id={w.controlId}
            type="color"
            value={shown}
            disabled={info.disabled}
            aria-label={w.ariaLabel ?? info.label}
            onInput={(e) => setLive(e.currentTarget.value)}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setLive(null);
              if (v.toLowerCase() !== value.toLowerCase()) w.set({ case: "stringValue", value: v });
            }}
          />
        </span>
        <span class="color-hex">{shown.toUpperCase()}</span>
      </label>
    </div>
  );
}
