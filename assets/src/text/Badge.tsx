// st.badge: a small coloured label with an optional icon. As in Streamlit, the pill is as wide
// as its label; `width` sizes the element's box (content, the container's width, or pixels).
import type { Badge } from "../proto/text_pb";
import { Badge_Width } from "../proto/text_pb";
import { Help } from "./Help";
import { Icon } from "./Icon";
import { InlineMarkdown } from "./InlineMarkdown";
import "./badge.css";

const COLORS = new Set(["red", "orange", "yellow", "blue", "green", "violet", "gray", "primary"]);

export function badgeColor(color: string): string {
  // "grey" is Streamlit's other spelling; an unknown colour cannot come from the server.
  const name = color === "grey" ? "gray" : color;
  return COLORS.has(name) ? name : "blue";
}

const WIDTH_CLASS: Record<Badge_Width, string> = {
  [Badge_Width.CONTENT]: "badge-row badge-content",
  [Badge_Width.STRETCH]: "badge-row",
  [Badge_Width.PIXELS]: "badge-row",
};

export function BadgeView({ el }: { el: Badge }) {
  const style = el.width === Badge_Width.PIXELS ? { width: `${el.widthPixels}px` } : undefined;
  return (
    <div class={WIDTH_CLASS[el.width] + (el.help ? " with-help" : "")} style={style}>
      <span class={`badge badge-${badgeColor(el.color)}`}>
        <Icon icon={el.icon} />
        <InlineMarkdown body={el.label} />
      </span>
      <Help text={el.help} />
    </div>
  );
}
