// st.columns: a row of Column blocks. Gap and vertical alignment come from the row; each
// column's share is set on its wrapper (render/BlockView). Narrow windows stack columns.
import { Horizontal_Align, Horizontal_Gap, type Column, type Horizontal } from "../proto/layout_pb";
import type { BlockNode } from "../session/tree";
import { Children } from "../render/Children";

const GAPS: Record<Horizontal_Gap, string> = {
  [Horizontal_Gap.SMALL]: "1rem",
  [Horizontal_Gap.MEDIUM]: "2rem",
  [Horizontal_Gap.LARGE]: "4rem",
  [Horizontal_Gap.NONE]: "0",
};

const ALIGN: Record<Horizontal_Align, string> = {
  [Horizontal_Align.TOP]: "flex-start",
  [Horizontal_Align.CENTER]: "center",
  [Horizontal_Align.BOTTOM]: "flex-end",
};

export function ColumnsView({ block, node }: { block: Horizontal; node: BlockNode }) {
  return (
    <div class="columns-row" style={{ gap: GAPS[block.gap] ?? "1rem", alignItems: ALIGN[block.verticalAlignment] ?? "flex-start" }}>
      <Children node={node} />
    </div>
  );
}

export function ColumnView({ block, node }: { block: Column; node: BlockNode }) {
  return (
    <div class={`stack${block.border ? " bordered" : ""}`}>
      <Children node={node} />
    </div>
  );
}
