// The element tree the page shows, and the pure functions that change it as deltas
// arrive (see docs/protocol.md, "The element tree"). Updates copy only the nodes on
// the changed path, so unchanged subtrees keep their identity and are not re-rendered.
import type { Block } from "../proto/layout_pb";
import type { Element } from "../proto/element_pb";
import type { Delta } from "../proto/forward_pb";
import { withAddedRows } from "../data/addRows";
import { appendChartRows } from "../charts/addRows";

export interface ElementNode {
  readonly kind: "element";
  readonly element: Element;
  /** The local run sequence number of the last run that reached this slot. */
  readonly reachedRun: number;
  readonly fragmentId: string;
}

export interface BlockNode {
  readonly kind: "block";
  /** Null for the root containers, which always exist. */
  readonly block: Block | null;
  readonly children: readonly TreeNode[];
  readonly reachedRun: number;
  readonly fragmentId: string;
}

export type TreeNode = ElementNode | BlockNode;

/** Main, sidebar, event, bottom — indexed by RootContainer. */
export type Tree = readonly BlockNode[];

const ROOT_COUNT = 4;

export function emptyTree(): Tree {
  return Array.from({ length: ROOT_COUNT }, () => rootBlock([]));
}

function rootBlock(children: readonly TreeNode[]): BlockNode {
  return { kind: "block", block: null, children, reachedRun: Number.MAX_SAFE_INTEGER, fragmentId: "" };
}

/** A filler for a slot the server skipped; should not happen, but keeps indices aligned. */
function placeholder(run: number, fragmentId: string): BlockNode {
  return { kind: "block", block: null, children: [], reachedRun: run, fragmentId };
}

function replaceChild(parent: BlockNode, index: number, fn: (old: TreeNode | undefined) => TreeNode): BlockNode {
  const children = parent.children.slice();
  while (children.length < index) children.push(placeholder(-1, ""));
  children[index] = fn(children[index]);
  return { ...parent, children };
}

/**
 * Applies one delta made during local run `run`. Returns the tree unchanged when the
 * path does not exist (a malformed delta must not break the page).
 */
export function applyDelta(tree: Tree, delta: Delta, run: number): Tree {
  const [root, ...indices] = delta.path;
  if (root === undefined || root >= tree.length || indices.length === 0) return tree;
  const fragmentId = delta.fragmentId;

  const leaf = (parent: BlockNode, index: number): BlockNode | null => {
    switch (delta.type.case) {
      case "newElement": {
        const element = delta.type.value;
        return replaceChild(parent, index, () => ({ kind: "element", element, reachedRun: run, fragmentId }));
      }
      case "addBlock": {
        const block = delta.type.value;
        return replaceChild(parent, index, (old) => {
          const keep = old?.kind === "block" && old.block !== null && old.block.type.case === block.type.case;
          return {
            kind: "block",
            block,
            children: keep ? old.children : [],
            reachedRun: run,
            fragmentId,
          };
        });
      }
      case "appendText": {
        // A streamed reply grows: the markdown element at the slot gets the text at its end.
        const text = delta.type.value;
        const old = parent.children[index];
        if (old?.kind !== "element" || old.element.type.case !== "markdown") return null;
        const markdown = { ...old.element.type.value, body: old.element.type.value.body + text };
        const element = { ...old.element, type: { case: "markdown" as const, value: markdown } };
        return replaceChild(parent, index, () => ({ kind: "element", element, reachedRun: run, fragmentId: old.fragmentId }));
      }
      case "addRows": {
        // Rows appended to the element at the slot (the handle's add_rows).
        const old = parent.children[index];
        if (old?.kind !== "element") return null;
        let element: Element | null = null;
        if (old.element.type.case === "vegaLiteChart") {
          const chart = appendChartRows(old.element.type.value, delta.type.value);
          element = chart === null ? null : { ...old.element, type: { case: "vegaLiteChart" as const, value: chart } };
        } else {
          // st.dataframe / st.table (data/addRows.ts).
          element = withAddedRows(old.element, delta.type.value);
        }
        if (element === null) return null;
        const grown = element;
        return replaceChild(parent, index, () => ({ kind: "element", element: grown, reachedRun: run, fragmentId: old.fragmentId }));
      }
      case "unchanged": {
        const count = delta.type.value;
        if (index >= parent.children.length) return null;
        const children = parent.children.slice();
        for (let k = index; k < Math.min(index + count, children.length); k++) {
          const node = children[k];
          if (node !== undefined && node.reachedRun !== run) children[k] = { ...node, reachedRun: run };
        }
        return { ...parent, children };
      }
      default:
        return null;
    }
  };

  const walk = (parent: BlockNode, depth: number): BlockNode | null => {
    const index = indices[depth];
    if (index === undefined) return null;
    if (depth === indices.length - 1) return leaf(parent, index);
    const child = parent.children[index];
    if (child === undefined || child.kind !== "block") return null;
    const updated = walk(child, depth + 1);
    if (updated === null) return null;
    // A delta inside a block means the run got there: the block itself was reached.
    const reached = updated.reachedRun === run || child.block === null ? updated : { ...updated, reachedRun: run };
    return replaceChild(parent, index, () => reached);
  };

  const rootNode = tree[root];
  if (rootNode === undefined) return tree;
  const updated = walk(rootNode, 0);
  if (updated === null) return tree;
  const next = tree.slice();
  next[root] = updated;
  return next;
}

/**
 * Whether `node` is left over from an earlier run while run `run` goes on. During a fragment
 * run (`runFragmentId`) only slots inside that fragment (`enclosingFragmentId`) can be stale.
 */
export function isStale(node: TreeNode, run: number, runFragmentId: string, enclosingFragmentId: string): boolean {
  if (node.reachedRun >= run) return false;
  return runFragmentId === "" || enclosingFragmentId === runFragmentId;
}

/**
 * Removes every slot run `run` did not reach; with a `scope` path (a fragment's block),
 * only slots under it. Returns the new tree and the nodes removed (their widgets' state
 * is dropped).
 */
export function clearStale(tree: Tree, run: number, scope: readonly number[] = []): { tree: Tree; removed: TreeNode[] } {
  const removed: TreeNode[] = [];
  const prune = (block: BlockNode): BlockNode => {
    let changed = false;
    const children: TreeNode[] = [];
    for (const child of block.children) {
      if (child.reachedRun < run) {
        removed.push(child);
        changed = true;
        continue;
      }
      const kept = child.kind === "block" ? prune(child) : child;
      if (kept !== child) changed = true;
      children.push(kept);
    }
    return changed ? { ...block, children } : block;
  };
  const [root, ...indices] = scope;
  if (root === undefined) return { tree: tree.map(prune), removed };
  const within = (block: BlockNode, depth: number): BlockNode => {
    const index = indices[depth];
    if (index === undefined) return prune(block);
    const child = block.children[index];
    if (child === undefined || child.kind !== "block") return block;
    const updated = within(child, depth + 1);
    if (updated === child) return block;
    const children = block.children.slice();
    children[index] = updated;
    return { ...block, children };
  };
  const next = tree.slice();
  const rootNode = next[root];
  if (rootNode !== undefined) next[root] = within(rootNode, 0);
  return { tree: next, removed };
}

/** Every element in document order (depth first), for collecting widget values. */
export function* elementsOf(node: TreeNode): Generator<Element> {
  if (node.kind === "element") {
    yield node.element;
    return;
  }
  for (const child of node.children) yield* elementsOf(child);
}
