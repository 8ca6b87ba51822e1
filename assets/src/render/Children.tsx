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

function childKey(node: TreeNode, index: number): string {
  if (node.kind === "block") return `${index}:b:${blockName(node.block)}`;
  const info = widgetInfo(node.element);
  if (info) return `w:${info.id}`;
  const t = node.element.type;
  if (t.case === "toast" || t.case === "celebration") return `${index}:${t.case}:${t.value.nonce}`;
  return `${index}:${elementName(node.element)}`;
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
