// st.link_button: a link styled as a button; it opens in a new window (the desktop host sends
// it to the system browser).
import type { LinkButton } from "../proto/media_pb";
import { Button_Kind } from "../proto/widgets_pb";
import { InlineMarkdown } from "../text/InlineMarkdown";
import { Icon } from "../text/Icon";
import { Help } from "../text/Help";

export const BUTTON_KIND = { [Button_Kind.PRIMARY]: "primary", [Button_Kind.SECONDARY]: "secondary", [Button_Kind.TERTIARY]: "tertiary" };

export function LinkButtonView({ el }: { el: LinkButton }) {
  const kind = BUTTON_KIND[el.kind] ?? "secondary";
  return (
    <div class={`button-row${el.useContainerWidth ? " full" : ""}`}>
      {el.disabled ? (
        <button type="button" class={`btn btn-${kind}`} disabled>
          {el.icon ? <Icon icon={el.icon} /> : null}
          <InlineMarkdown body={el.label} />
        </button>
      ) : (
        <a class={`btn btn-${kind} link-button`} href={el.url} target="_blank" rel="noopener noreferrer">
          {el.icon ? <Icon icon={el.icon} /> : null}
          <InlineMarkdown body={el.label} />
        </a>
      )}
      <Help text={el.help} />
    </div>
  );
}
