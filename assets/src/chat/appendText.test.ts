import { create } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { DeltaSchema, type Delta } from "../proto/forward_pb";
import { ElementSchema } from "../proto/element_pb";
import { MarkdownSchema, TextSchema } from "../proto/text_pb";
import { applyDelta, emptyTree, type Tree } from "../session/tree";

const markdown = (path: number[], body: string): Delta =>
  create(DeltaSchema, {
    path,
    type: { case: "newElement", value: create(ElementSchema, { type: { case: "markdown", value: create(MarkdownSchema, { body }) } }) },
  });
const append = (path: number[], text: string): Delta => create(DeltaSchema, { path, type: { case: "appendText", value: text } });

const bodyAt = (tree: Tree, index: number): string => {
  const node = tree[0]!.children[index];
  return node?.kind === "element" && node.element.type.case === "markdown" ? node.element.type.value.body : "";
};

describe("append_text (a streamed reply)", () => {
  it("adds text to the end of the markdown element and marks the slot reached", () => {
    let tree = emptyTree();
    tree = applyDelta(tree, markdown([0, 0], "Hel"), 1);
    const before = tree[0]!.children[0];
    tree = applyDelta(tree, append([0, 0], "lo"), 2);
    tree = applyDelta(tree, append([0, 0], " world"), 2);
    expect(bodyAt(tree, 0)).toBe("Hello world");
    expect(tree[0]!.children[0]!.reachedRun).toBe(2);
    // A new element object, so the component showing it renders the longer text.
    expect(tree[0]!.children[0]).not.toBe(before);
  });

  it("leaves the tree alone when the slot holds no markdown", () => {
    let tree = emptyTree();
    tree = applyDelta(
      tree,
      create(DeltaSchema, { path: [0, 0], type: { case: "newElement", value: create(ElementSchema, { type: { case: "text", value: create(TextSchema, { body: "t" }) } }) } }),
      1,
    );
    const same = applyDelta(tree, append([0, 0], "x"), 2);
    expect(same).toBe(tree);
    expect(applyDelta(tree, append([0, 5], "x"), 2)).toBe(tree);
  });
});
