// printf-style number formats as Streamlit apps write them for sliders and number
// inputs: "%d", "%.2f", "%0.1f%%", "%+.1e", "$%,.2f" is not printf and is left alone.
const SPEC = /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([diufFeEgGxXobs%])/g;

function pad(body: string, width: number, flags: string): string {
  if (body.length >= width) return body;
  if (flags.includes("-")) return body.padEnd(width, " ");
  if (flags.includes("0")) {
    const sign = /^[+\- ]/.test(body) ? (body[0] ?? "") : "";
    return sign + body.slice(sign.length).padStart(width - sign.length, "0");
  }
  return body.padStart(width, " ");
}

function signed(text: string, value: number, flags: string): string {
  if (value < 0 || Object.is(value, -0)) return text.startsWith("-") ? text : `-${text}`;
  if (flags.includes("+")) return `+${text}`;
  if (flags.includes(" ")) return ` ${text}`;
  return text;
}

function formatOne(value: number, flags: string, width: string | undefined, precision: string | undefined, conv: string): string {
  const prec = precision === undefined ? undefined : Number(precision);
  let body: string;
  switch (conv) {
    case "%":
      return "%";
    case "d":
    case "i":
    case "u":
      body = signed(Math.abs(Math.trunc(value)).toString(), value, flags);
      break;
    case "f":
    case "F":
      body = signed(Math.abs(value).toFixed(prec ?? 6), value, flags);
      break;
    case "e":
    case "E": {
      // JS writes "1.5e+2"; printf writes "1.5e+02".
      const t = Math.abs(value).toExponential(prec ?? 6).replace(/e([+-])(\d)$/, "e$10$2");
      body = signed(conv === "E" ? t.toUpperCase() : t, value, flags);
      break;
    }
    case "g":
    case "G": {
      const p = prec === 0 ? 1 : (prec ?? 6);
      let t = Math.abs(value).toPrecision(p);
      if (!flags.includes("#")) t = t.includes("e") ? t.replace(/\.?0+e/, "e") : t.includes(".") ? t.replace(/\.?0+$/, "") : t;
      t = t.replace(/e([+-])(\d)$/, "e$10$2");
      body = signed(conv === "G" ? t.toUpperCase() : t, value, flags);
      break;
    }
    case "x":
    case "X":
    case "o":
    case "b": {
      const radix = conv === "o" ? 8 : conv === "b" ? 2 : 16;
      const t = Math.abs(Math.trunc(value)).toString(radix);
      body = signed(conv === "X" ? t.toUpperCase() : t, value, flags);
      break;
    }
    case "s":
      body = String(value);
      break;
    default:
      body = String(value);
  }
  return pad(body, width === undefined ? 0 : Number(width), flags);
}

/** Formats `value` with a printf-style `format`; an empty or invalid format falls back to `fallback`. */
export function sprintf(format: string, value: number, fallback: (v: number) => string = String): string {
  if (!format) return fallback(value);
  let matched = false;
  const out = format.replace(SPEC, (_all, flags: string, width: string | undefined, precision: string | undefined, conv: string) => {
    if (conv !== "%") matched = true;
    return formatOne(value, flags, width, precision, conv);
  });
  return matched ? out : fallback(value);
}

/** Decimal places a format shows ("%.2f" → 2), or null when it does not say. */
export function formatPrecision(format: string): number | null {
  const m = /%[-+ 0#]*\d*\.(\d+)[fFeE]/.exec(format);
  if (m?.[1] !== undefined) return Number(m[1]);
  if (/%[-+ 0#]*\d*[diu]/.test(format)) return 0;
  return null;
}

/** The number of decimals in `step` (0.05 → 2), so sums of steps print cleanly. */
export function decimalsOf(step: number): number {
  if (!Number.isFinite(step) || Number.isInteger(step)) return 0;
  const text = step.toString();
  const exp = /e-(\d+)$/.exec(text);
  if (exp?.[1] !== undefined) return Number(exp[1]) + (text.split("e")[0]?.split(".")[1]?.length ?? 0);
  return text.split(".")[1]?.length ?? 0;
}
