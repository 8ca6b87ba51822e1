// st.pills and st.segmented_control: a row of toggle buttons. Single selection is a
// radiogroup (a click on the chosen option clears it unless `required`); multi selection is a
// toolbar of pressed/unpressed buttons. Every click is committed at once, as in Streamlit.
import type { ButtonGroup } from "../proto/widgets_pb";
import { ButtonGroup_Style, ButtonGroup_Width } from "../proto/widgets_pb";
import { asInts, ints } from "../session/widgetValues";
import { InlineMarkdown } from "../text/InlineMarkdown";
import { WidgetLabel } from "./Label";
import { infoOf, useWidget } from "./useWidget";
import "./buttonGroup.css";

/** The chosen indices after a click on option `index`. */
export function clicked(chosen: readonly number[], index: number, multi: boolean, required: boolean): number[] {
  if (multi) return chosen.includes(index) ? chosen.filter((i) => i !== index) : [...chosen, index];
  if (chosen.includes(index)) return required ? [...chosen] : [];
  return [index];
}

export function ButtonGroupView({ el }: { el: ButtonGroup }) {
  const info = infoOf(el);
  const w = useWidget(info, ints(el.indices));
  const chosen = asInts(w.value);
  const labelId = `${w.controlId}-label`;
  const style = el.style === ButtonGroup_Style.PILLS ? "pills" : "segmented";
  const classes = ["button-group", style];
  if (el.width === ButtonGroup_Width.STRETCH) classes.push("stretch");
  if (el.wrap === false) classes.push("nowrap");
  const box = el.width === ButtonGroup_Width.PIXELS ? { width: `${el.widthPixels}px` } : undefined;
  return (
    <div class="widget stButtonGroup" style={box}>
      <WidgetLabel info={info} id={labelId} />
      <div
        class={classes.join(" ")}
        role={el.multi ? "toolbar" : "radiogroup"}
        aria-labelledby={w.ariaLabel ? undefined : labelId}
        aria-label={w.ariaLabel}
      >
        {el.options.map((option, i) => {
          const on = chosen.includes(i);
          return (
            <button
              key={i}
              type="button"
              class={`bg-option${on ? " selected" : ""}`}
              role={el.multi ? undefined : "radio"}
              aria-checked={el.multi ? undefined : on}
              aria-pressed={el.multi ? on : undefined}
              disabled={info.disabled}
              onClick={() => w.set(ints(clicked(chosen, i, el.multi, el.required)))}
            >
              <InlineMarkdown body={option} />
            </button>
          );
        })}
      </div>
    </div>
  );
}
