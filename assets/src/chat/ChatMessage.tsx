// st.chat_message: an avatar beside a stack of the message's elements. "user"/"human" and
// "assistant"/"ai" get their role's avatar and colour; other names their first letter.
import type { ChatMessage } from "../proto/chat_pb";
import { ChatMessage_AvatarKind } from "../proto/chat_pb";
import type { BlockNode } from "../session/tree";
import { Children } from "../render/Children";
import "./chat.css";

type Role = "user" | "assistant" | "other";

export function roleOf(name: string): Role {
  const lower = name.toLowerCase();
  if (lower === "user" || lower === "human") return "user";
  if (lower === "assistant" || lower === "ai") return "assistant";
  return "other";
}

function RoleIcon({ role }: { role: Role }) {
  if (role === "user") {
    return (
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="12" cy="8.5" r="4" fill="currentColor" />
        <path d="M4.5 20.5c.8-4 3.8-6.5 7.5-6.5s6.7 2.5 7.5 6.5z" fill="currentColor" />
      </svg>
    );
  }
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <path d="M12 2.5v3" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
      <circle cx="12" cy="2.6" r="1.3" fill="currentColor" />
      <rect x="4" y="6" width="16" height="13" rx="4" fill="currentColor" />
      <circle cx="9" cy="12" r="1.7" fill="var(--avatar-face)" />
      <circle cx="15" cy="12" r="1.7" fill="var(--avatar-face)" />
      <path d="M9.5 15.8h5" stroke="var(--avatar-face)" stroke-width="1.5" stroke-linecap="round" />
      <path d="M2.5 11v4M21.5 11v4" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
    </svg>
  );
}

export function Avatar({ el }: { el: ChatMessage }) {
  const role = roleOf(el.name);
  switch (el.avatarKind) {
    case ChatMessage_AvatarKind.IMAGE:
      return <img class="chat-avatar image" src={el.avatar} alt="" />;
    case ChatMessage_AvatarKind.EMOJI:
      // Material icon names are not bundled: fall back to the role's avatar.
      if (!el.avatar.startsWith(":material/")) {
        return (
          <span class="chat-avatar emoji" aria-hidden="true">
            {el.avatar}
          </span>
        );
      }
      break;
    default:
      break;
  }
  if (role === "other") {
    return (
      <span class="chat-avatar letter" aria-hidden="true">
        {(el.name.trim()[0] ?? "?").toUpperCase()}
      </span>
    );
  }
  return (
    <span class={`chat-avatar ${role}`} aria-hidden="true">
      <RoleIcon role={role} />
    </span>
  );
}

export function ChatMessageView({ block, node }: { block: ChatMessage; node: BlockNode }) {
  const role = roleOf(block.name);
  return (
    <div class={`chat-message chat-${role}`} aria-label={`Chat message from ${block.name}`} data-role={role}>
      <Avatar el={block} />
      <div class="chat-content stack">
        <Children node={node} />
      </div>
    </div>
  );
}
