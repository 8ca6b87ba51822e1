import { describe, expect, it } from "vitest";
import { keyClass } from "./streamlitHooks";

describe("Streamlit's key classes", () => {
  it("are st-key- and the key, with characters CSS cannot select as dashes", () => {
    expect(keyClass("save")).toBe("st-key-save");
    expect(keyClass(" my key!é ")).toBe("st-key-my-key--");
    expect(keyClass("a_b-1")).toBe("st-key-a_b-1");
    expect(keyClass("")).toBe("");
    expect(keyClass(undefined)).toBe("");
  });
});
