// st.menu_button: a button that opens a menu of options; choosing one sends its label once
// (WidgetState.string_trigger_value) and closes the menu, as a button press is sent once.
// Escape, a click elsewhere or the button again close it; arrows move between options.
import { create } from "@bufbuild/protobuf";
import { useContext, useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { MenuButton } from "../proto/widgets_pb";
import { ButtonGroup_Width, Button_Kind, WidgetStateSchema } from "../proto/widgets_pb";
import { useSession } from "../session/context";
import { FragmentContext } from "../render/runContext";
import { InlineMarkdown } from "../text/InlineMarkdown";
import { Icon } from "../text/Icon";
import { Help } from "../text/Help";
import { infoOf } from "./useWidget";
import "./menuButton.css";

const KIND = { [Button_Kind.PRIMARY]: "primary", [Button_Kind.SECONDARY]: "secondary", [Button_Kind.TERTIARY]: "tertiary" };

/** The option a key press moves to (arrows wrap around; Home/End jump), or null for other keys. */
export function movedIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  if (key === "ArrowDown") return (current + 1) % count;
  if (key === "ArrowUp") return (current - 1 + count) % count;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  return null;
}

export function MenuButtonView({ el }: { el: MenuButton }) {
  const session = useSession();
  const fragmentId = useContext(FragmentContext);
  const info = infoOf(el);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const items = useRef<(HTMLLIElement | null)[]>([]);

  // Before the browser takes the next key: a quick Enter after an arrow must reach the item
  // the arrow highlighted, not the one before it (useEffect would focus it a frame later).
  useLayoutEffect(() => {
    if (!open) return;
    items.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, [open]);

  const choose = (label: string) => {
    setOpen(false);
    session.requestRerun([create(WidgetStateSchema, { id: info.id, value: { case: "stringTriggerValue", value: label } })], fragmentId);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      setOpen(false);
      root.current?.querySelector("button")?.focus();
      return;
    }
    if (!open || movedIndex(event.key, 0, el.options.length) === null) return;
    event.preventDefault();
    // From the latest index: two quick presses land before a re-render.
    setActive((current) => movedIndex(event.key, current, el.options.length) ?? current);
  };
  const stretch = el.width === ButtonGroup_Width.STRETCH;
  const box = el.width === ButtonGroup_Width.PIXELS ? { width: `${el.widthPixels}px` } : undefined;
  return (
    <div class={`button-row menu-button${stretch ? " full" : ""}`} ref={root} style={box} onKeyDown={onKey}>
      <button
        type="button"
        class={`btn btn-${KIND[el.kind] ?? "secondary"}`}
        disabled={info.disabled}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => {
          setActive(0);
          setOpen(!open);
        }}
      >
        {el.icon ? <Icon icon={el.icon} /> : null}
        <InlineMarkdown body={info.label} />
        <svg class={`menu-chevron${open ? " open" : ""}`} viewBox="0 0 24 24" aria-hidden="true">
          <path d="M7 10l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
      </button>
      <Help text={info.help} />
      {open ? (
        <ul class="menu-list" role="menu">
          {el.options.map((label, i) => (
            <li
              key={label}
              role="menuitem"
              tabIndex={-1}
              ref={(node) => {
                items.current[i] = node;
              }}
              class={i === active ? "active" : undefined}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(label)}
              onKeyDown={(event) => {
                if (event.key === "Enter" || event.key === " ") {
                  event.preventDefault();
                  choose(label);
                }
              }}
            >
              {label}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
