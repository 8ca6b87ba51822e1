// st.feedback: thumbs (down, up), five faces or five stars as a radiogroup of icon buttons. A
// click chooses an option and a click on the chosen one clears it, committed at once, as in
// Streamlit. Icons are inline SVG (no icon font: the app works offline).
import type { JSX } from "preact";
import type { Feedback } from "../proto/widgets_pb";
import { ButtonGroup_Width, Feedback_Type } from "../proto/widgets_pb";
import { asInts, ints } from "../session/widgetValues";
import { infoOf, useWidget } from "./useWidget";
import "./feedback.css";

/** The options of a feedback type, in index order (0 is the least satisfied). */
export function feedbackOptions(type: Feedback_Type): string[] {
  if (type === Feedback_Type.THUMBS) return ["Thumbs down", "Thumbs up"];
  if (type === Feedback_Type.FACES) return ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"];
  return [1, 2, 3, 4, 5].map((n) => `${n} out of 5 stars`);
}

/** The chosen index after a click on option `index` (null: none chosen). */
export function feedbackClicked(chosen: number | null, index: number): number | null {
  return chosen === index ? null : index;
}

/** Left to right as Streamlit shows them: thumbs up first, faces and stars from the least. */
function displayOrder(type: Feedback_Type): number[] {
  return type === Feedback_Type.THUMBS ? [1, 0] : [0, 1, 2, 3, 4];
}

const THUMB_UP =
  "M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z";
const STAR = "M12 17.27L18.18 21l-1.64-7.03L22 9.24l-7.19-.61L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21z";
// Each face's mouth, from a deep frown (0) through a straight line (2) to a broad smile (4).
const MOUTHS = [
  "M8 17 Q12 11.5 16 17",
  "M8.5 16.5 Q12 13.5 15.5 16.5",
  "M8.5 15.5h7",
  "M8.5 14.5 Q12 18 15.5 14.5",
  "M7.5 14 Q12 21 16.5 14Z",
];

function FeedbackIcon({ type, index, filled }: { type: Feedback_Type; index: number; filled: boolean }): JSX.Element {
  if (type === Feedback_Type.THUMBS) {
    return (
      <svg viewBox="0 0 24 24" aria-hidden="true" class={index === 0 ? "flip" : undefined}>
        <path d={THUMB_UP} class="line" />
      </svg>
    );
  }
  if (type === Feedback_Type.STARS) {
    return (
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <path d={STAR} class={filled ? "star" : "line"} />
      </svg>
    );
  }
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <circle cx="12" cy="12" r="9.5" class="line" />
      <circle cx="8.75" cy="9.5" r="1.1" class="dot" />
      <circle cx="15.25" cy="9.5" r="1.1" class="dot" />
      <path d={MOUTHS[index]} class="line" />
    </svg>
  );
}

export function FeedbackView({ el }: { el: Feedback }) {
  const info = infoOf(el);
  const w = useWidget(info, ints(el.indices));
  const chosen = asInts(w.value)[0] ?? null;
  const labels = feedbackOptions(el.type);
  const classes = ["feedback"];
  if (chosen !== null) classes.push("has-choice");
  const box = el.width === ButtonGroup_Width.PIXELS ? { width: `${el.widthPixels}px` } : undefined;
  return (
    <div class={`widget stFeedback${el.width === ButtonGroup_Width.STRETCH ? " stretch" : ""}`} style={box}>
      <div class={classes.join(" ")} role="radiogroup" aria-label="Feedback rating">
        {displayOrder(el.type).map((i) => {
          const on = chosen === i;
          // Stars fill up to the chosen one; thumbs and faces show only the chosen one.
          const filled = el.type === Feedback_Type.STARS ? chosen !== null && i <= chosen : on;
          return (
            <button
              key={i}
              type="button"
              role="radio"
              aria-checked={on}
              aria-label={labels[i]}
              data-testid={filled ? "stFeedbackButtonActive" : "stFeedbackButton"}
              class={`feedback-option${on ? " selected" : ""}${filled ? " filled" : ""}`}
              disabled={info.disabled}
              onClick={() => {
                const next = feedbackClicked(chosen, i);
                w.set(ints(next === null ? [] : [next]));
              }}
            >
              <FeedbackIcon type={el.type} index={i} filled={filled} />
            </button>
          );
        })}
      </div>
    </div>
  );
}
