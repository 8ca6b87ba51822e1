import { describe, expect, it } from "vitest";
import { datetimeChange } from "./DateTimeInput";

describe("datetimeChange", () => {
  it("reports a new value to the minute, and nothing when it did not change", () => {
    expect(datetimeChange("2024-05-06T07:08", [], true)).toEqual(["2024-05-06T07:08"]);
    expect(datetimeChange("2024-05-06T07:08:30", ["2024-05-06T07:00"], false)).toEqual(["2024-05-06T07:08"]);
    expect(datetimeChange("2024-05-06T07:08", ["2024-05-06T07:08"], false)).toBeNull();
  });
  it("reports an emptied field as no value only when the widget has no default", () => {
    expect(datetimeChange("", ["2024-05-06T07:08"], true)).toEqual([]);
    expect(datetimeChange("", ["2024-05-06T07:08"], false)).toBeNull();
  });
});
