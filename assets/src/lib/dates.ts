// Dates for slider labels. Values travel as microseconds since the epoch in UTC, so
// they are shown in UTC (a naive Python datetime keeps its wall-clock time).
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const two = (n: number): string => String(n).padStart(2, "0");

function parts(d: Date) {
  return {
    Y: String(d.getUTCFullYear()),
    m: two(d.getUTCMonth() + 1),
    d: two(d.getUTCDate()),
    H: two(d.getUTCHours()),
    M: two(d.getUTCMinutes()),
    S: two(d.getUTCSeconds()),
    month: d.getUTCMonth(),
    day: d.getUTCDay(),
    hour: d.getUTCHours(),
  };
}

function strftime(format: string, d: Date): string {
  const p = parts(d);
  return format.replace(/%([YymdHIMSpbBaAjf%])/g, (_all, c: string) => {
    switch (c) {
      case "Y": return p.Y;
      case "y": return p.Y.slice(-2);
      case "m": return p.m;
      case "d": return p.d;
      case "H": return p.H;
      case "I": return two(p.hour % 12 || 12);
      case "M": return p.M;
      case "S": return p.S;
      case "p": return p.hour < 12 ? "AM" : "PM";
      case "b": return (MONTHS[p.month] ?? "").slice(0, 3);
      case "B": return MONTHS[p.month] ?? "";
      case "a": return (DAYS[p.day] ?? "").slice(0, 3);
      case "A": return DAYS[p.day] ?? "";
      case "f": return String(d.getUTCMilliseconds() * 1000).padStart(6, "0");
      default: return "%";
    }
  });
}

/** Moment.js tokens, which Streamlit documents for date slider formats ("MM/DD/YY"). */
function moment(format: string, d: Date): string {
  const p = parts(d);
  return format.replace(/YYYY|YY|MMMM|MMM|MM|M|DD|D|dddd|ddd|HH|H|hh|h|mm|ss|A|a/g, (t) => {
    switch (t) {
      case "YYYY": return p.Y;
      case "YY": return p.Y.slice(-2);
      case "MMMM": return MONTHS[p.month] ?? "";
      case "MMM": return (MONTHS[p.month] ?? "").slice(0, 3);
      case "MM": return p.m;
      case "M": return String(p.month + 1);
      case "DD": return p.d;
      case "D": return String(d.getUTCDate());
      case "dddd": return DAYS[p.day] ?? "";
      case "ddd": return (DAYS[p.day] ?? "").slice(0, 3);
      case "HH": return p.H;
      case "H": return String(p.hour);
      case "hh": return two(p.hour % 12 || 12);
      case "h": return String(p.hour % 12 || 12);
      case "mm": return p.M;
      case "ss": return p.S;
      case "A": return p.hour < 12 ? "AM" : "PM";
      case "a": return p.hour < 12 ? "am" : "pm";
      default: return t;
    }
  });
}

export type DateKind = "date" | "time" | "datetime";

const DEFAULTS: Record<DateKind, string> = { date: "%Y-%m-%d", time: "%H:%M", datetime: "%Y-%m-%d %H:%M" };

export function formatMicros(micros: number, kind: DateKind, format: string): string {
  const d = new Date(micros / 1000);
  const f = format || DEFAULTS[kind];
  return f.includes("%") ? strftime(f, d) : moment(f, d);
}
