import { expect, it } from "vitest";
import { formatMicros } from "./dates";

const micros = Date.UTC(2024, 2, 5, 14, 7) * 1000;

it("formats strftime and moment styles in UTC", () => {
  expect(formatMicros(micros, "date", "")).toBe("2024-03-05");
  expect(formatMicros(micros, "time", "")).toBe("14:07");
  expect(formatMicros(micros, "date", "%d %b %Y")).toBe("05 Mar 2024");
  expect(formatMicros(micros, "date", "MM/DD/YY")).toBe("03/05/24");
  expect(formatMicros(micros, "datetime", "YYYY-MM-DD hh:mm A")).toBe("2024-03-05 02:07 PM");
});
