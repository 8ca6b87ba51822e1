import { create } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { DeltaSchema, type Delta } from "../proto/forward_pb";
import { ElementSchema } from "../proto/element_pb";
import { BlockSchema } from "../proto/layout_pb";
import { TextSchema } from "../proto/text_pb";
import { applyDelta, clearStale, emptyTree, isStale, type BlockNode, type Tree } from "./tree";

const text = (path: number[], body: string): Delta =>
  create(DeltaSchema, {
    path,
    type: { case: "newElement", value: create(ElementSchema, { type: { case: "text", value: create(TextSchema, { body }) } }) },
  });
const expander = (path: number[], label: string): Delta =>
  create(DeltaSchema, { path, type: { case: "addBlock", value: create(BlockSchema, { type: { case: "expander", value: { label } } }) } });
const unchanged = (path: number[], n: number): Delta => create(DeltaSchema, { path, type: { case: "unchanged", value: n } });

const bodies = (tree: Tree, root = 0): string[] =>
  (tree[root] as BlockNode).children.map((n) => (n.kind === "element" && n.element.type.case === "text" ? n.element.type.value.body : "block"));

describe("element tree", () => {
  it("places elements and keeps unchanged ones (same object)", () => {
    let tree = emptyTree();
    tree = applyDelta(tree, text([0, 0], "a"), 1);
    tree = applyDelta(tree, text([0, 1], "b"), 1);
    const first = tree[0]!.children[0];
    tree = applyDelta(tree, unchanged([0, 0], 1), 2);
    tree = applyDelta(tree, text([0, 1], "B"), 2);
    expect(bodies(tree)).toEqual(["a", "B"]);
    const kept = tree[0]!.children[0]!;
    expect(kept.kind === "element" && first?.kind === "element" && kept.element).toBe(first?.kind === "element" && first.element);
    expect(kept.reachedRun).toBe(2);
  });

  it("removes slots the run did not reach, at any depth", () => {
    let tree = emptyTree();
    tree = applyDelta(tree, text([0, 0], "a"), 1);
    tree = applyDelta(tree, expander([0, 1], "x"), 1);
    tree = applyDelta(tree, text([0, 1, 0], "in"), 1);
    tree = applyDelta(tree, text([0, 1, 1], "gone"), 1);
    tree = applyDelta(tree, text([0, 2], "tail"), 1);
    // Run 2 reaches a, the expander (same kind: children kept) and its first child only.
    tree = applyDelta(tree, unchanged([0, 0], 1), 2);
    tree = applyDelta(tree, expander([0, 1], "x"), 2);
    tree = applyDelta(tree, unchanged([0, 1, 0], 1), 2);
    expect(isStale(tree[0]!.children[2]!, 2, "", "")).toBe(true);
    const { tree: cleared, removed } = clearStale(tree, 2);
    expect(bodies(cleared)).toEqual(["a", "block"]);
    expect((cleared[0]!.children[1] as BlockNode).children).toHaveLength(1);
    expect(removed).toHaveLength(2);
  });

  it("replaces a block of another kind, dropping its children", () => {
    let tree = emptyTree();
    tree = applyDelta(tree, expander([0, 0], "x"), 1);
    tree = applyDelta(tree, text([0, 0, 0], "in"), 1);
    tree = applyDelta(tree, text([0, 0], "now text"), 2);
    expect(bodies(tree)).toEqual(["now text"]);
  });

  it("ignores a delta whose path does not exist", () => {
    const tree = applyDelta(emptyTree(), text([0, 3, 1], "x"), 1);
    expect(bodies(tree)).toEqual([]);
  });

  it("clears only under the stale scope on a fragment run", () => {
    let tree = emptyTree();
    tree = applyDelta(tree, text([0, 0], "outside"), 1);
    tree = applyDelta(tree, expander([0, 1], "fragment"), 1);
    tree = applyDelta(tree, text([0, 1, 0], "kept"), 1);
    tree = applyDelta(tree, text([0, 1, 1], "gone"), 1);
    tree = applyDelta(tree, { ...text([0, 1, 0], "kept"), fragmentId: "f" }, 2);
    const { tree: cleared, removed } = clearStale(tree, 2, [0, 1]);
    expect(bodies(cleared)).toEqual(["outside", "block"]);
    expect((cleared[0]!.children[1] as BlockNode).children).toHaveLength(1);
    expect(removed).toHaveLength(1);
  });
});
