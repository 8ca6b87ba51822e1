// The wrapper every block gets (data-testid: container, columns, column, expander, tabs,
// tab, form; Streamlit's st-key-<key> class on a keyed container) and the layout component
// that arranges its children.
import { memo } from "preact/compat";
import type { BlockNode } from "../session/tree";
import { blockName } from "../session/kinds";
import { Children } from "./Children";
import { keyClass } from "./streamlitHooks";
import { ContainerView } from "../layout/Container";
import { ColumnsView, ColumnView } from "../layout/Columns";
import { ExpanderView } from "../layout/Expander";
import { TabsView } from "../layout/Tabs";
import { FormView } from "../layout/Form";
import { FragmentView } from "../layout/Fragment";
import { ChatMessageView } from "../chat/ChatMessage";
import { StatusView } from "../flow/Status";
import { DialogView } from "../flow/Dialog";
import { PopoverView } from "../flow/Popover";

function BlockViewImpl({ node, stale }: { node: BlockNode; stale: boolean }) {
  const name = blockName(node.block);
  const t = node.block?.type;
  const body = (() => {
    switch (t?.case) {
      case "horizontal":
        return <ColumnsView block={t.value} node={node} />;
      case "column":
        return <ColumnView block={t.value} node={node} />;
      case "expander":
        return <ExpanderView block={t.value} node={node} />;
      case "tabs":
        return <TabsView node={node} />;
      case "form":
        return <FormView block={t.value} node={node} />;
      case "vertical":
        return <ContainerView block={t.value} node={node} />;
      case "fragment":
        return <FragmentView block={t.value} node={node} />;
      case "chatMessage":
        return <ChatMessageView block={t.value} node={node} />;
      case "status":
        return <StatusView block={t.value} node={node} />;
      case "dialog":
        return <DialogView block={t.value} node={node} />;
      case "popover":
        return <PopoverView block={t.value} node={node} />;
      default:
        // A Tab renders inside TabsView; anything else is a plain vertical stack.
        return <div class="stack"><Children node={node} /></div>;
    }
  })();
  // A column's share of the row is set on its wrapper, the flex item of the row.
  const style = t?.case === "column" ? { flex: `${t.value.weight > 0 ? t.value.weight : 1} 1 0%` } : undefined;
  return (
    <div class={`block bl-${name} ${keyClass(t?.case === "vertical" ? t.value.key : "")}`.trimEnd()} data-testid={name} data-stale={stale ? "" : undefined} style={style}>
      {body}
    </div>
  );
}

export const BlockView = memo(BlockViewImpl);
