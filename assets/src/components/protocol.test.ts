import { describe, expect, it } from "vitest";
import { create } from "@bufbuild/protobuf";
import { ComponentInstanceSchema } from "../proto/components_pb";
import { componentMessage, componentSrc, componentValue, renderMessage, type ComponentTheme } from "./protocol";

const theme: ComponentTheme = {
  base: "light",
  primaryColor: "#ff4b4b",
  backgroundColor: "#fff",
  secondaryBackgroundColor: "#f0f2f6",
  textColor: "#31333f",
  font: "sans-serif",
  bodyFont: "sans-serif",
};

describe("the component protocol, host side", () => {
  it("reads only Streamlit's messages", () => {
    expect(componentMessage({ type: "streamlit:componentReady", apiVersion: 1 })).toBeNull();
    expect(componentMessage({ isStreamlitMessage: true, type: "streamlit:componentReady", apiVersion: 1 })).toEqual({
      type: "streamlit:componentReady",
      apiVersion: 1,
    });
    expect(componentMessage({ isStreamlitMessage: true, type: "other" })).toBeNull();
    expect(componentMessage("text")).toBeNull();
  });

  it("turns setComponentValue into the widget's value by its data type", () => {
    expect(componentValue({ a: 1 }, "json")).toEqual({ case: "jsonValue", value: '{"a":1}' });
    // A value without a data type is JSON (streamlit-image-coordinates sends none).
    expect(componentValue("x", undefined)).toEqual({ case: "jsonValue", value: '"x"' });
    expect(componentValue(undefined, "json")).toBeNull();
    const bytes = componentValue(new Uint16Array([1, 2]), "bytes");
    expect(bytes?.case).toBe("bytesValue");
    expect((bytes?.value as Uint8Array).byteLength).toBe(4);
    expect(componentValue({ data: new Uint8Array([1]), index: new Uint8Array([2]), columns: new Uint8Array([3]) }, "dataframe")?.case).toBe(
      "arrowValue",
    );
    expect(componentValue({ data: "no" }, "dataframe")).toBeNull();
  });

  it("sends JSON arguments in args, bytes too, and DataFrames in dfs as copies", () => {
    const frame = new Uint8Array([9, 9, 1, 2, 3, 9]).subarray(2, 5);
    const el = create(ComponentInstanceSchema, {
      componentName: "pkg.comp",
      jsonArgs: '{"label":"x","key":"k"}',
      specialArgs: [
        { key: "blob", value: { case: "bytes", value: frame } },
        { key: "table", value: { case: "arrowTable", value: { data: frame, index: frame, columns: frame } } },
      ],
    });
    const message = renderMessage(el, theme, false);
    expect(message.args["label"]).toBe("x");
    expect((message.args["blob"] as Uint8Array).buffer.byteLength).toBe(3);
    expect(message.dfs[0]?.key).toBe("table");
    expect(Array.from(message.dfs[0]!.value.data.data)).toEqual([1, 2, 3]);
    expect(message.theme.base).toBe("light");
  });

  it("loads the component from the engine unless it names a development server", () => {
    const at = { origin: "http://127.0.0.1:8501", pathname: "/" };
    expect(componentSrc(create(ComponentInstanceSchema, { componentName: "a.b" }), at)).toBe(
      "/_dataapp/component/a.b/index.html?streamlitUrl=http%3A%2F%2F127.0.0.1%3A8501%2F",
    );
    expect(componentSrc(create(ComponentInstanceSchema, { componentName: "a.b", url: "http://localhost:3001" }), at)).toBe(
      "http://localhost:3001?streamlitUrl=http%3A%2F%2F127.0.0.1%3A8501%2F",
    );
  });
});
