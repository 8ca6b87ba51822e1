// st.slider and st.select_slider: one or two thumbs with role="slider". Dragging shows the
// value live and commits on release; keys (arrows, PageUp/PageDown, Home/End) commit at once.
import { useRef, useState } from "preact/hooks";
import type { Slider } from "../proto/widgets_pb";
import { asDoubles, doubles } from "../session/widgetValues";
import { WidgetLabel } from "./Label";
import { infoOf, useWidget } from "./useWidget";
import { formatSliderValue, scaleOf, snap } from "./sliderMath";

export function SliderView({ el }: { el: Slider }) {
  const info = infoOf(el);
  const w = useWidget(info, doubles(el.value));
  const scale = scaleOf(el);
  const committed = asDoubles(w.value);
  const [drag, setDrag] = useState<{ thumb: number; values: number[] } | null>(null);
  const trackRef = useRef<HTMLDivElement>(null);
  const thumbRefs = useRef<(HTMLDivElement | null)[]>([]);
  const values = drag?.values ?? (committed.length > 0 ? committed : [scale.min]);
  const span = scale.max - scale.min || 1;
  const pct = (v: number) => ((v - scale.min) / span) * 100;
  const labelId = `${w.controlId}-label`;

  /** Sets one thumb, keeping a range's thumbs in order. */
  const withThumb = (thumb: number, v: number): number[] => {
    const next = values.slice();
    const lo = thumb === 1 ? (values[0] ?? scale.min) : scale.min;
    const hi = thumb === 0 && values.length > 1 ? (values[1] ?? scale.max) : scale.max;
    next[thumb] = snap(Math.min(hi, Math.max(lo, v)), scale);
    return next;
  };

  const valueAt = (clientX: number): number => {
    const rect = trackRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return scale.min;
    return scale.min + ((clientX - rect.left) / rect.width) * span;
  };

  const commit = (next: number[]) => {
    if (next.some((v, i) => v !== committed[i]) || next.length !== committed.length) w.set(doubles(next));
  };

  const onPointerDown = (e: PointerEvent) => {
    if (info.disabled || e.button !== 0) return;
    e.preventDefault();
    const v = valueAt(e.clientX);
    // The thumb nearest the pointer moves; on a tie (both thumbs together) the one in the direction.
    let thumb = 0;
    if (values.length > 1) {
      const d0 = Math.abs(v - (values[0] ?? 0));
      const d1 = Math.abs(v - (values[1] ?? 0));
      thumb = d1 < d0 || (d1 === d0 && v > (values[1] ?? 0)) ? 1 : 0;
    }
    trackRef.current?.setPointerCapture(e.pointerId);
    thumbRefs.current[thumb]?.focus();
    setDrag({ thumb, values: withThumb(thumb, v) });
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!drag) return;
    setDrag({ thumb: drag.thumb, values: withThumb(drag.thumb, valueAt(e.clientX)) });
  };
  const onPointerUp = () => {
    if (!drag) return;
    commit(drag.values);
    setDrag(null);
  };

  const onKeyDown = (thumb: number) => (e: KeyboardEvent) => {
    const current = values[thumb] ?? scale.min;
    const big = Math.max(scale.step, snap(scale.min + span / 10, scale) - scale.min);
    const target = {
      ArrowRight: current + scale.step,
      ArrowUp: current + scale.step,
      ArrowLeft: current - scale.step,
      ArrowDown: current - scale.step,
      PageUp: current + big,
      PageDown: current - big,
      Home: scale.min,
      End: scale.max,
    }[e.key];
    if (target === undefined) return;
    e.preventDefault();
    commit(withThumb(thumb, target));
  };

  const lo = values.length > 1 ? (values[0] ?? scale.min) : scale.min;
  const hi = values.length > 1 ? (values[1] ?? scale.max) : (values[0] ?? scale.min);
  return (
    <div class={`widget slider${info.disabled ? " disabled" : ""}`}>
      <WidgetLabel info={info} id={labelId} />
      <div class="slider-body">
        <div
          class="slider-track"
          ref={trackRef}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => setDrag(null)}
        >
          <div class="slider-rail" />
          <div class="slider-fill" style={{ left: `${pct(lo)}%`, width: `${pct(hi) - pct(lo)}%` }} />
          {values.map((v, i) => {
            const text = formatSliderValue(el, v);
            return (
              <div
                key={i}
                ref={(node) => {
                  thumbRefs.current[i] = node;
                }}
                class={`slider-thumb${drag?.thumb === i ? " dragging" : ""}`}
                style={{ left: `${pct(v)}%` }}
                role="slider"
                tabIndex={info.disabled ? -1 : 0}
                aria-disabled={info.disabled || undefined}
                aria-valuemin={scale.min}
                aria-valuemax={scale.max}
                aria-valuenow={v}
                aria-valuetext={text}
                aria-labelledby={w.ariaLabel ? undefined : labelId}
                aria-label={w.ariaLabel ? (values.length > 1 ? `${w.ariaLabel} ${i === 0 ? "start" : "end"}` : w.ariaLabel) : undefined}
                onKeyDown={info.disabled ? undefined : onKeyDown(i)}
              >
                <div class="slider-value">{text}</div>
              </div>
            );
          })}
        </div>
        <div class="slider-bounds" aria-hidden="true">
          <span>{formatSliderValue(el, scale.min)}</span>
          <span>{formatSliderValue(el, scale.max)}</span>
        </div>
      </div>
    </div>
  );
}
