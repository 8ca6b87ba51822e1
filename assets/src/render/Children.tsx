// Renders a block's children. Keys keep a component mounted across reruns while its slot
// holds the same kind of thing: widgets by their id (so focus and cursor survive even when
// the slot moves), others by position and kind; one-shot effects by nonce (each call replays).
import { memo } from "preact/compat";
import { useContext } from "preact/hooks";
import type { BlockNode, TreeNode } from "../session/tree";
import { isStale } from "../session/tree";
import { blockName, elementName, widgetInfo } from "../session/kinds";
import { FragmentContext, RunContext } from "./runContext";
import { ElementView } from "./ElementView";
import { BlockView } from "./BlockView";

// A node object is immutable (the tree copies what changes), so its key part can be cached.
const keyParts = new WeakMap<TreeNode, string>();

function childKey(node: TreeNode, index: number): string {
  let part = keyParts.get(node);
  if (part === undefined) {
    part = keyPart(node);
    keyParts.set(node, part);
  }
  return part.startsWith("w:") ? part : `${index}:${part}`;
}

function keyPart(node: TreeNode): string {
  if (node.kind === "block") return `b:${blockName(node.block)}`;
  const info = widgetInfo(node.element);
  if (info) return `w:${info.id}`;
  const t = node.element.type;
  if (t.case === "toast" || t.case === "celebration") return `${t.case}:${t.value.nonce}`;
  return elementName(node.element);
}

export function Children({ node }: { node: BlockNode }) {
  return (
    <>
      {node.children.map((child, i) => (
        <Slot key={childKey(child, i)} node={child} />
      ))}
    </>
  );
}

function SlotImpl({ node }: { node: TreeNode }) {
  const run = useContext(RunContext);
  const fragment = useContext(FragmentContext);
  const stale = run.running && isStale(node, run.run, run.fragmentId, fragment);
  return node.kind === "element" ? <ElementView node={node} stale={stale} /> : <BlockView node={node} stale={stale} />;
}

const Slot = memo(SlotImpl);
