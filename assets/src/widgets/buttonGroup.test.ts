import { describe, expect, it } from "vitest";
import { clicked } from "./ButtonGroup";

describe("clicked", () => {
  it("single: chooses the option, and a second click clears it", () => {
    expect(clicked([], 1, false, false)).toEqual([1]);
    expect(clicked([1], 2, false, false)).toEqual([2]);
    expect(clicked([1], 1, false, false)).toEqual([]);
  });
  it("single and required: a click on the chosen option keeps it", () => {
    expect(clicked([1], 1, false, true)).toEqual([1]);
  });
  it("multi: toggles the option, keeping the order of choosing", () => {
    expect(clicked([2], 0, true, false)).toEqual([2, 0]);
    expect(clicked([2, 0], 2, true, false)).toEqual([0]);
  });
});
