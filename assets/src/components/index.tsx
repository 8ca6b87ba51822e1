// The components family's components, by element case (render/ElementBody.tsx looks them up).
import type { ElementComponents } from "../render/components";
import { ComponentInstanceView } from "./ComponentInstance";
import { IFrameView } from "./IFrame";

export const components: ElementComponents<"componentInstance" | "iframe"> = {
  componentInstance: ComponentInstanceView,
  iframe: IFrameView,
};
