// st.radio: native radio buttons in a radiogroup (arrow keys move the choice), optional
// captions under options, horizontal layout.
import type { Radio } from "../proto/widgets_pb";
import { asInt } from "../session/widgetValues";
import { InlineMarkdown } from "../text/InlineMarkdown";
import { WidgetLabel } from "./Label";
import { infoOf, useWidget } from "./useWidget";

export function RadioView({ el }: { el: Radio }) {
  const info = infoOf(el);
  const w = useWidget(info, { case: "intValue", value: BigInt(el.index) });
  const selected = asInt(w.value);
  const labelId = `${w.controlId}-label`;
  return (
    <div class="widget">
      <WidgetLabel info={info} id={labelId} />
      <div
        class={`radio-group${el.horizontal ? " horizontal" : ""}${info.disabled ? " disabled" : ""}`}
        role="radiogroup"
        aria-labelledby={w.ariaLabel ? undefined : labelId}
        aria-label={w.ariaLabel}
      >
        {el.options.map((option, i) => (
          <label class="radio-option" key={i}>
            <input
              type="radio"
              name={w.controlId}
              value={String(i)}
              checked={i === selected}
              disabled={info.disabled}
              onChange={() => w.set({ case: "intValue", value: BigInt(i) })}
            />
            <span class="radio-dot" aria-hidden="true" />
            <span class="radio-text">
              <InlineMarkdown body={option} />
              {el.captions[i] ? <InlineMarkdown class="radio-caption" body={el.captions[i] ?? ""} /> : null}
            </span>
          </label>
        ))}
      </div>
    </div>
  );
}
