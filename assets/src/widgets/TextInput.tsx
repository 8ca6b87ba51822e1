// st.text_input: a draft committed on Enter or blur ("Press Enter to apply" while it
// differs); in a form, Enter also submits the form when the form says so.
import { TextInput_Type, type TextInput } from "../proto/widgets_pb";
import { asString, nullValue } from "../session/widgetValues";
import { WidgetLabel } from "./Label";
import { infoOf, useWidget } from "./useWidget";
import { useDraft } from "./useDraft";

export function TextInputView({ el }: { el: TextInput }) {
  const info = infoOf(el);
  const w = useWidget(info, el.value === undefined ? nullValue : { case: "stringValue", value: el.value });
  const committed = asString(w.value);
  const d = useDraft(committed ?? "", w.serverVersion);
  const commit = () => {
    if (!d.dirty) return;
    // Clearing a field that started as None keeps None, as Streamlit does.
    if (d.draft === "" && committed === null) return;
    w.set({ case: "stringValue", value: d.draft });
  };
  const hint = d.dirty ? (w.enterSubmits ? "Press Enter to submit form" : w.inForm ? "" : "Press Enter to apply") : "";
  const password = el.type === TextInput_Type.PASSWORD;
  const props = {
    id: w.controlId,
    class: "input",
    value: d.draft,
    placeholder: el.placeholder,
    maxLength: el.maxChars > 0 ? el.maxChars : undefined,
    autocomplete: el.autocomplete || (password ? "new-password" : "off"),
    disabled: info.disabled,
    "aria-label": w.ariaLabel,
    onFocus: d.onFocus,
    onInput: (e: Event) => d.setDraft((e.currentTarget as HTMLInputElement).value),
    onBlur: () => {
      d.onBlurred();
      commit();
    },
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key !== "Enter" || e.isComposing) return;
      e.preventDefault();
      commit();
      if (w.enterSubmits) w.submitForm();
    },
  };
  return (
    <div class="widget">
      <WidgetLabel info={info} htmlFor={w.controlId} />
      <div class={`input-group${info.disabled ? " disabled" : ""}`}>
        {password ? <input type="password" {...props} /> : <input type="text" {...props} />}
        {hint || el.maxChars > 0 ? (
          <span class="input-hint" aria-live="polite">
            {hint}
            {el.maxChars > 0 ? <span class="char-count">{`${d.draft.length}/${el.maxChars}`}</span> : null}
          </span>
        ) : null}
      </div>
    </div>
  );
}
