// st.chat_input: a text box with a send button. Enter sends (Shift+Enter: a new line); the
// text is sent once as a trigger (WidgetState.string_trigger_value) and the box empties.
// The component is keyed by widget id, so focus and a half-typed message survive reruns.
import { create } from "@bufbuild/protobuf";
import { useContext, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { ChatInput } from "../proto/chat_pb";
import { WidgetStateSchema } from "../proto/widgets_pb";
import { useSession } from "../session/context";
import { FragmentContext } from "../render/runContext";
import { infoOf } from "../widgets/useWidget";
import "./chat.css";

const MAX_HEIGHT_PX = 200;

export function ChatInputView({ el }: { el: ChatInput }) {
  const session = useSession();
  const fragmentId = useContext(FragmentContext);
  const info = infoOf(el);
  const [text, setText] = useState("");
  const ref = useRef<HTMLTextAreaElement>(null);

  // The box grows with its text up to a few lines, then scrolls.
  useLayoutEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.style.height = "auto";
    area.style.height = `${Math.min(area.scrollHeight, MAX_HEIGHT_PX)}px`;
  }, [text]);

  const canSend = !info.disabled && text.trim() !== "";
  const send = () => {
    if (!canSend) return;
    const value = el.maxChars > 0 ? text.slice(0, el.maxChars) : text;
    setText("");
    session.requestRerun([create(WidgetStateSchema, { id: info.id, value: { case: "stringTriggerValue", value } })], fragmentId);
  };
  const count = el.maxChars > 0 && text.length > 0 ? `${text.length}/${el.maxChars}` : "";
  return (
    <div class={`chat-input${info.disabled ? " disabled" : ""}`}>
      <textarea
        ref={ref}
        class="chat-input-text"
        rows={1}
        value={text}
        placeholder={el.placeholder}
        aria-label={el.placeholder || "Chat input"}
        maxLength={el.maxChars > 0 ? el.maxChars : undefined}
        disabled={info.disabled}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key !== "Enter" || e.shiftKey || e.isComposing) return;
          e.preventDefault();
          send();
        }}
      />
      {count ? <span class="chat-input-count">{count}</span> : null}
      <button type="button" class="chat-send" aria-label="Send" title="Send" disabled={!canSend} onClick={send}>
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M3.4 20.4l17.45-7.48a1 1 0 0 0 0-1.84L3.4 3.6a.99.99 0 0 0-1.39.91L2 9.12c0 .5.37.93.87.99L17 12 2.87 13.88c-.5.07-.87.5-.87 1l.01 4.61c0 .71.73 1.2 1.39.91z" fill="currentColor" />
        </svg>
      </button>
    </div>
  );
}
