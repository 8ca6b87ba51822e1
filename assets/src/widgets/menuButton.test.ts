import { describe, expect, it } from "vitest";
import { movedIndex } from "./MenuButton";

describe("movedIndex", () => {
  it("moves down and up, wrapping around", () => {
    expect(movedIndex("ArrowDown", 0, 3)).toBe(1);
    expect(movedIndex("ArrowDown", 2, 3)).toBe(0);
    expect(movedIndex("ArrowUp", 0, 3)).toBe(2);
  });

  it("jumps to the ends and ignores other keys", () => {
    expect(movedIndex("End", 0, 3)).toBe(2);
    expect(movedIndex("Home", 2, 3)).toBe(0);
    expect(movedIndex("a", 1, 3)).toBeNull();
    expect(movedIndex("ArrowDown", 0, 0)).toBeNull();
  });
});
