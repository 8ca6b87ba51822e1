// The layout family's element components, by element case (render/ElementBody.tsx looks them
// up); its containers are blocks, drawn by render/BlockView.tsx.
import type { ElementComponents } from "../render/components";
import { SpaceView } from "./Space";

export const components: ElementComponents<"space"> = {
  space: SpaceView,
};
