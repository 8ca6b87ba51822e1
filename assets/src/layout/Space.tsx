// st.space: empty room, as tall as its size (Streamlit 1.67's sizes: a label, a button, a
// labelled input...), a number of pixels, or whatever a fixed-height container has left.
import type { Space } from "../proto/layout_pb";
import { Space_Size } from "../proto/layout_pb";
import "./space.css";

const REM: { readonly [S in Space_Size]?: number } = {
  [Space_Size.XXSMALL]: 0.25,
  [Space_Size.XSMALL]: 0.5,
  [Space_Size.SMALL]: 0.75,
  [Space_Size.MEDIUM]: 2.5,
  [Space_Size.LARGE]: 4.25,
  [Space_Size.XLARGE]: 6,
  [Space_Size.XXLARGE]: 8,
};

/** The CSS height of a space (null: it stretches). */
export function spaceHeight(el: Pick<Space, "size" | "pixels">): string | null {
  if (el.size === Space_Size.STRETCH) return null;
  if (el.size === Space_Size.PIXELS) return `${el.pixels}px`;
  return `${REM[el.size] ?? 0.75}rem`;
}

export function SpaceView({ el }: { el: Space }) {
  const height = spaceHeight(el);
  return <div class={height === null ? "space stretch" : "space"} style={height === null ? undefined : { height }} />;
}
