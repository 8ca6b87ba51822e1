import { describe, expect, it } from "vitest";
import { decimalsOf, formatPrecision, sprintf } from "./printf";

describe("sprintf", () => {
  it.each([
    ["%d", 3.7, "3"],
    ["%d", -2.5, "-2"],
    ["%.2f", 3.14159, "3.14"],
    ["%0.1f%%", 42.25, "42.3%"],
    ["%5.1f", 2, "  2.0"],
    ["%05d", 42, "00042"],
    ["%+d", 5, "+5"],
    ["%e", 12345.678, "1.234568e+04"],
    ["%g", 0.0001, "0.0001"],
    ["%x", 255, "ff"],
    ["$%.2f", 9.5, "$9.50"],
    ["%d items", 4, "4 items"],
  ])("%s of %s is %s", (format, value, expected) => {
    expect(sprintf(format, value)).toBe(expected);
  });

  it("falls back when the format has no conversion", () => {
    expect(sprintf("plain", 1.5)).toBe("1.5");
    expect(sprintf("", 2, (v) => v.toFixed(1))).toBe("2.0");
  });
});

describe("precision", () => {
  it("reads decimals from a format and from a step", () => {
    expect(formatPrecision("%.3f")).toBe(3);
    expect(formatPrecision("%d")).toBe(0);
    expect(formatPrecision("abc")).toBeNull();
    expect(decimalsOf(0.05)).toBe(2);
    expect(decimalsOf(1)).toBe(0);
    expect(decimalsOf(1e-7)).toBe(7);
  });
});
