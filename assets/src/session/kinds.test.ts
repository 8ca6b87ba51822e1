import { create } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { ElementSchema } from "../proto/element_pb";
import { BlockSchema } from "../proto/layout_pb";
import { Markdown_Kind } from "../proto/text_pb";
import { NumberInput_DataType, Slider_Kind } from "../proto/widgets_pb";
import { blockName, elementName, widgetInfo } from "./kinds";
import { valueFromElement } from "./widgetValues";

describe("element kinds (generated from the registry)", () => {
  it("names an element by the st.* call that made it", () => {
    const caption = create(ElementSchema, { type: { case: "markdown", value: { kind: Markdown_Kind.CAPTION } } });
    expect(elementName(caption)).toBe("caption");
    const slider = create(ElementSchema, { type: { case: "slider", value: { kind: Slider_Kind.SELECT_SLIDER } } });
    expect(elementName(slider)).toBe("select_slider");
    const submit = create(ElementSchema, { type: { case: "button", value: { isFormSubmit: true } } });
    expect(elementName(submit)).toBe("form_submit_button");
    expect(elementName(create(ElementSchema, {}))).toBe("empty");
    expect(elementName(create(ElementSchema, { type: { case: "docString", value: {} } }))).toBe("help");
    expect(blockName(create(BlockSchema, { type: { case: "horizontal", value: {} } }))).toBe("columns");
    expect(blockName(null)).toBe("container");
  });

  it("finds widgets and the value an untouched one shows", () => {
    const box = create(ElementSchema, {
      type: { case: "numberInput", value: { info: { id: "n" }, dataType: NumberInput_DataType.INT, value: 4 } },
    });
    expect(widgetInfo(box)?.id).toBe("n");
    expect(valueFromElement(box)).toEqual({ case: "intValue", value: 4n });
    const chart = create(ElementSchema, { type: { case: "plotlyChart", value: { info: {} } } });
    expect(widgetInfo(chart)).toBeNull();
    expect(valueFromElement(chart)).toBeUndefined();
    const text = create(ElementSchema, { type: { case: "text", value: {} } });
    expect(widgetInfo(text)).toBeNull();
  });
});
