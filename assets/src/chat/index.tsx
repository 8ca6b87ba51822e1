// The chat family's components, by element case (render/ElementBody.tsx looks them up; the
// chat_message block is drawn by render/BlockView.tsx).
import type { ElementComponents } from "../render/components";
import { ChatInputView } from "./ChatInput";

export const components: ElementComponents<"chatInput"> = {
  chatInput: ChatInputView,
};
