// st.container: a vertical stack, optionally bordered and of fixed (scrolling) height.
import type { Vertical } from "../proto/layout_pb";
import type { BlockNode } from "../session/tree";
import { Children } from "../render/Children";

export function ContainerView({ block, node }: { block: Vertical; node: BlockNode }) {
  const cls = `stack${block.border || block.height > 0 ? " bordered" : ""}${block.height > 0 ? " scroll" : ""}`;
  return (
    <div class={cls} style={block.height > 0 ? { height: `${block.height}px` } : undefined}>
      <Children node={node} />
    </div>
  );
}
