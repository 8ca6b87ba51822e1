// st.text: the text exactly as written, whitespace kept, no markdown.
import type { Text } from "../proto/text_pb";
import { Help } from "./Help";

export function TextView({ el }: { el: Text }) {
  return (
    <div class={el.help ? "with-help" : undefined}>
      <div class="plain-text">{el.body}</div>
      <Help text={el.help} />
    </div>
  );
}
