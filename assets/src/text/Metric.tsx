// st.metric: label, big value, and a delta coloured by direction (inverse swaps colours,
// off shows grey).
import { LabelVisibility, Metric_DeltaColor, Metric_Direction, type Metric } from "../proto/text_pb";
import { InlineMarkdown } from "./InlineMarkdown";
import { Help } from "./Help";

export function MetricView({ el }: { el: Metric }) {
  const good = el.direction === Metric_Direction.UP ? el.deltaColor !== Metric_DeltaColor.INVERSE : el.deltaColor === Metric_DeltaColor.INVERSE;
  const tone = el.deltaColor === Metric_DeltaColor.OFF || el.direction === Metric_Direction.NONE ? "off" : good ? "up" : "down";
  return (
    <div class={`metric${el.border ? " bordered" : ""}`}>
      {el.labelVisibility === LabelVisibility.COLLAPSED ? null : (
        <div class="metric-label" style={el.labelVisibility === LabelVisibility.HIDDEN ? { visibility: "hidden" } : undefined}>
          <InlineMarkdown body={el.label} />
          <Help text={el.help} />
        </div>
      )}
      <div class="metric-value" aria-label={el.labelVisibility === LabelVisibility.VISIBLE ? undefined : el.label}>
        {el.value}
      </div>
      {el.delta ? (
        <div class={`metric-delta ${tone}`}>
          {el.direction !== Metric_Direction.NONE ? (
            <svg viewBox="0 0 24 24" aria-hidden="true" class={el.direction === Metric_Direction.DOWN ? "down" : undefined}>
              <path d="M12 19V5M5 12l7-7 7 7" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round" />
            </svg>
          ) : null}
          <span>{el.delta}</span>
        </div>
      ) : null}
    </div>
  );
}
