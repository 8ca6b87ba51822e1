// The components family's components, by element case (render/ElementBody.tsx looks them up).
import type { ElementComponents } from "../render/components";
import { ComponentInstanceView } from "./ComponentInstance";
import { IFrameView } from "./IFrame";
import { BidiComponentView } from "./BidiComponent";

export const components: ElementComponents<"componentInstance" | "iframe" | "bidiComponent"> = {
  componentInstance: ComponentInstanceView,
  iframe: IFrameView,
  bidiComponent: BidiComponentView,
};
