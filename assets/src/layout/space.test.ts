import { describe, expect, it } from "vitest";
import { Space_Size } from "../proto/layout_pb";
import { spaceHeight } from "./Space";

describe("spaceHeight", () => {
  it("gives Streamlit's heights for the named sizes, pixels as given", () => {
    expect(spaceHeight({ size: Space_Size.SMALL, pixels: 0 })).toBe("0.75rem");
    expect(spaceHeight({ size: Space_Size.LARGE, pixels: 0 })).toBe("4.25rem");
    expect(spaceHeight({ size: Space_Size.XXLARGE, pixels: 0 })).toBe("8rem");
    expect(spaceHeight({ size: Space_Size.PIXELS, pixels: 40 })).toBe("40px");
  });
  it("has no fixed height when it stretches", () => {
    expect(spaceHeight({ size: Space_Size.STRETCH, pixels: 0 })).toBeNull();
  });
});
