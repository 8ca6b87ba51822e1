import { describe, expect, it } from "vitest";
import { pageSlots } from "./Pagination";

describe("pageSlots", () => {
  it("lays pages out as Streamlit 1.67 does", () => {
    expect(pageSlots(6, 20, 7)).toEqual([1, "gap", 5, 6, 7, "gap", 20]);
    expect(pageSlots(1, 5, 7)).toEqual([1, 2, 3, 4, 5]);
    expect(pageSlots(1, 20, 3)).toEqual([1, "gap", 20]);
    expect(pageSlots(1, 9, 7)).toEqual([1, 2, 3, 4, 5, "gap", 9]);
  });

  it("keeps the current page and its neighbours near either end", () => {
    expect(pageSlots(4, 20, 7)).toEqual([1, 2, 3, 4, 5, "gap", 20]);
    expect(pageSlots(17, 20, 7)).toEqual([1, "gap", 16, 17, 18, 19, 20]);
    expect(pageSlots(20, 20, 3)).toEqual([1, "gap", 20]);
  });

  it("shows every page without a limit, and none with a limit of 0", () => {
    expect(pageSlots(3, 12, undefined)).toHaveLength(12);
    expect(pageSlots(3, 12, 0)).toEqual([]);
  });
});
