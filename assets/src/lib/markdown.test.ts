import { describe, expect, it } from "vitest";
import { hasMath, renderInline, renderMarkdown } from "./markdown";

const plain = { allowHtml: false, katex: undefined };

describe("markdown", () => {
  it("keeps a simple line as one paragraph", () => {
    expect(renderMarkdown("echo: 3", plain).trim()).toBe("<p>echo: 3</p>");
  });
  it("escapes raw html unless allowed", () => {
    expect(renderMarkdown("<b>hi</b>", plain)).toContain("&lt;b&gt;");
    expect(renderMarkdown("<b>hi</b>", { allowHtml: true, katex: undefined })).toContain("<b>hi</b>");
  });
  it("renders colour directives with nested markdown", () => {
    expect(renderInline(":red[**hot**] and :blue-background[cool]")).toBe(
      '<span class="md-fg-red"><strong>hot</strong></span> and <span class="md-bg-blue">cool</span>',
    );
  });
  it("leaves unknown directives alone", () => {
    expect(renderInline(":material/home: home")).toBe(":material/home: home");
  });
  it("tells maths from money", () => {
    expect(hasMath("costs $5 and $6")).toBe(false);
    expect(hasMath("area $a^2$")).toBe(true);
    expect(hasMath("$$x$$")).toBe(true);
  });
  it("marks external links to open outside", () => {
    expect(renderInline("[x](https://example.com)")).toContain('target="_blank"');
  });
});
