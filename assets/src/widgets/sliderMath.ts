// Pure helpers for sliders: snapping to the step and formatting a value for its label.
import { Slider_DataType, Slider_Kind, type Slider } from "../proto/widgets_pb";
import { decimalsOf, sprintf } from "../lib/printf";
import { formatMicros } from "../lib/dates";

export interface Scale {
  min: number;
  max: number;
  step: number;
}

export function scaleOf(el: Slider): Scale {
  if (el.kind === Slider_Kind.SELECT_SLIDER) return { min: 0, max: Math.max(el.options.length - 1, 0), step: 1 };
  const step = el.step > 0 ? el.step : el.dataType === Slider_DataType.FLOAT ? 0.01 : 1;
  return { min: el.min, max: Math.max(el.max, el.min), step };
}

/** Clamps into the range and snaps to the nearest step counted from min. */
export function snap(value: number, { min, max, step }: Scale): number {
  const clamped = Math.min(max, Math.max(min, value));
  const steps = Math.round((clamped - min) / step);
  const snapped = Math.min(max, min + steps * step);
  // 0.1 + 0.2 is not 0.3: round to the precision the step and min are written with.
  const decimals = Math.max(decimalsOf(step), decimalsOf(min));
  return Number(snapped.toFixed(Math.min(decimals, 12)));
}

export function formatSliderValue(el: Slider, value: number): string {
  switch (el.kind === Slider_Kind.SELECT_SLIDER ? -1 : el.dataType) {
    case -1:
      return el.options[Math.round(value)] ?? "";
    case Slider_DataType.DATE:
      return formatMicros(value, "date", el.format);
    case Slider_DataType.TIME:
      return formatMicros(value, "time", el.format);
    case Slider_DataType.DATETIME:
      return formatMicros(value, "datetime", el.format);
    case Slider_DataType.INT:
      return sprintf(el.format, value, (v) => String(Math.round(v)));
    default: {
      const decimals = decimalsOf(el.step > 0 ? el.step : 0.01);
      return sprintf(el.format, value, (v) => v.toFixed(decimals));
    }
  }
}
