import { describe, expect, it } from "vitest";
import { skeletonStyle } from "./Skeleton";

describe("skeletonStyle", () => {
  it("gives pixels when the app gave them", () => {
    expect(skeletonStyle({ height: 200, stretchHeight: false, width: 300 })).toEqual({ height: "200px", width: "300px" });
  });

  it("leaves the default and stretching heights and the stretching width to the style sheet", () => {
    expect(skeletonStyle({ height: 0, stretchHeight: false, width: 0 })).toEqual({});
    expect(skeletonStyle({ height: 0, stretchHeight: true, width: 0 })).toEqual({});
  });
});
