// st.text_area: a draft committed on blur or Ctrl/Cmd+Enter (Enter makes a new line).
import type { TextArea } from "../proto/widgets_pb";
import { asString, nullValue } from "../session/widgetValues";
import { WidgetLabel } from "./Label";
import { infoOf, useWidget } from "./useWidget";
import { useDraft } from "./useDraft";

export function TextAreaView({ el }: { el: TextArea }) {
  const info = infoOf(el);
  const w = useWidget(info, el.value === undefined ? nullValue : { case: "stringValue", value: el.value });
  const committed = asString(w.value);
  const d = useDraft(committed ?? "", w.serverVersion);
  const commit = () => {
    if (!d.dirty || (d.draft === "" && committed === null)) return;
    w.set({ case: "stringValue", value: d.draft });
  };
  return (
    <div class="widget">
      <WidgetLabel info={info} htmlFor={w.controlId} />
      <div class={`input-group${info.disabled ? " disabled" : ""}`}>
        <textarea
          id={w.controlId}
          class="input textarea"
          value={d.draft}
          placeholder={el.placeholder}
          maxLength={el.maxChars > 0 ? el.maxChars : undefined}
          style={el.height > 0 ? { height: `${el.height}px` } : undefined}
          disabled={info.disabled}
          aria-label={w.ariaLabel}
          onFocus={d.onFocus}
          onInput={(e) => d.setDraft(e.currentTarget.value)}
          onBlur={() => {
            d.onBlurred();
            commit();
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              commit();
              if (w.inForm) w.submitForm();
            }
          }}
        />
        {d.dirty || el.maxChars > 0 ? (
          <span class="input-hint textarea-hint" aria-live="polite">
            {d.dirty && !w.inForm ? "Press Ctrl+Enter to apply" : ""}
            {el.maxChars > 0 ? <span class="char-count">{`${d.draft.length}/${el.maxChars}`}</span> : null}
          </span>
        ) : null}
      </div>
    </div>
  );
}
