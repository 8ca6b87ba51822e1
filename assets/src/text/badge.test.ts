import { describe, expect, it } from "vitest";
import { badgeColor } from "./Badge";

describe("badgeColor", () => {
  it("keeps Streamlit's colour names", () => {
    for (const name of ["red", "orange", "yellow", "blue", "green", "violet", "gray", "primary"]) {
      expect(badgeColor(name)).toBe(name);
    }
  });
  it("reads grey as gray", () => {
    expect(badgeColor("grey")).toBe("gray");
  });
  it("falls back to blue for a name it does not know", () => {
    expect(badgeColor("pink")).toBe("blue");
  });
});
