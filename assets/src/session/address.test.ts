import { describe, expect, it } from "vitest";
import { addressToShow } from "./address";

describe("addressToShow", () => {
  it("shows the address the server named in place of the one with the token", () => {
    expect(addressToShow("/sales?region=eu", "/sales", "?token=secret&region=eu")).toBe("/sales?region=eu");
    expect(addressToShow("/", "/_dataapp/desktop/open", "?nonce=once")).toBe("/");
  });

  it("never follows a named address to another origin", () => {
    expect(addressToShow("//evil.example/", "/", "")).toBeNull();
    expect(addressToShow("https://evil.example/", "/", "")).toBeNull();
    expect(addressToShow("/\\evil.example/", "/", "")).toBeNull();
  });

  it("drops a token from the address even without the server's word", () => {
    expect(addressToShow(null, "/page", "?a=1&token=secret")).toBe("/page?a=1");
    expect(addressToShow(undefined, "/", "?token=secret")).toBe("/");
    expect(addressToShow(null, "/", "?a=1")).toBeNull();
  });
});
