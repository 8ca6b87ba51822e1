import { describe, expect, it } from "vitest";
import { WidgetStore } from "./widgetStore";

const str = (value: string) => ({ case: "stringValue" as const, value });

describe("widget store", () => {
  it("keeps the user's value across reruns unless the server sets it", () => {
    const s = new WidgetStore();
    s.seed("w", str("server"), false);
    s.commit("w", str("user"));
    s.seed("w", str("server again"), false);
    expect(s.shown("w")).toEqual(str("user"));
    const v = s.version("w");
    s.seed("w", str("set by app"), true);
    expect(s.shown("w")).toEqual(str("set by app"));
    expect(s.version("w")).toBe(v + 1);
  });

  it("holds form values as pending until the form is submitted", () => {
    const s = new WidgetStore();
    s.seed("a", str(""), false);
    s.stage("a", "form1", str("typed"));
    expect(s.shown("a")).toEqual(str("typed"));
    expect(s.committedValue("a")).toEqual(str(""));
    expect(s.hasPending("form1")).toBe(true);
    s.submit("form1");
    expect(s.committedValue("a")).toEqual(str("typed"));
    expect(s.hasPending("form1")).toBe(false);
  });
});
