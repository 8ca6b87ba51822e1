// st.skeleton: an animated grey block where content is still loading, as tall as an input
// (2.5rem) unless the app gives pixels or "stretch" (the room a fixed-height container has
// left, as a stretching st.space takes), as wide as its container unless given pixels.
import type { Skeleton } from "../proto/status_pb";
import "./skeleton.css";

/** The block's inline size (an empty height: the CSS default or the stretch rule). */
export function skeletonStyle(el: Pick<Skeleton, "height" | "stretchHeight" | "width">): { height?: string; width?: string } {
  const style: { height?: string; width?: string } = {};
  if (!el.stretchHeight && el.height > 0) style.height = `${el.height}px`;
  if (el.width > 0) style.width = `${el.width}px`;
  return style;
}

export function SkeletonView({ el }: { el: Skeleton }) {
  return <div class={el.stretchHeight ? "skeleton stretch" : "skeleton"} style={skeletonStyle(el)} aria-hidden="true" />;
}
