// st.checkbox and st.toggle: a native checkbox (role="switch" for the toggle), so Space
// works and screen readers know it; a change is committed at once.
import { Checkbox_Style, type Checkbox } from "../proto/widgets_pb";
import { LabelVisibility } from "../proto/text_pb";
import { asBool } from "../session/widgetValues";
import { InlineMarkdown } from "../text/InlineMarkdown";
import { Help } from "../text/Help";
import { infoOf, useWidget } from "./useWidget";

export function CheckboxView({ el }: { el: Checkbox }) {
  const info = infoOf(el);
  const w = useWidget(info, { case: "boolValue", value: el.value });
  const checked = asBool(w.value);
  const toggle = el.style === Checkbox_Style.TOGGLE;
  const labelHidden = info.labelVisibility !== LabelVisibility.VISIBLE;
  return (
    <div class={`check-row${info.disabled ? " disabled" : ""}`}>
      <label class={toggle ? "toggle" : "checkbox"}>
        <input
          type="checkbox"
          role={toggle ? "switch" : undefined}
          id={w.controlId}
          checked={checked}
          disabled={info.disabled}
          aria-label={w.ariaLabel}
          onChange={(e) => w.set({ case: "boolValue", value: e.currentTarget.checked })}
        />
        <span class={toggle ? "toggle-track" : "check-box"} aria-hidden="true" />
        {info.labelVisibility === LabelVisibility.COLLAPSED ? null : (
          <span class="check-label" style={labelHidden ? { visibility: "hidden" } : undefined}>
            <InlineMarkdown body={info.label} />
          </span>
        )}
      </label>
      <Help text={info.help} />
    </div>
  );
}
