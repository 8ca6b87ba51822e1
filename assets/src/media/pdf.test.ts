import { describe, expect, it } from "vitest";
import { framesPdf } from "./Pdf";

describe("framesPdf", () => {
  it("frames a document this app serves when the browser has a PDF viewer", () => {
    expect(framesPdf("/_dataapp/media/abc", true)).toBe(true);
    expect(framesPdf("/_dataapp/media/abc", undefined)).toBe(true);
  });

  it("links to a document on another host, or when there is no viewer", () => {
    expect(framesPdf("https://example.com/a.pdf", true)).toBe(false);
    expect(framesPdf("/_dataapp/media/abc", false)).toBe(false);
  });
});
