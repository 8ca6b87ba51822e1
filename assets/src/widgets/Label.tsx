// A widget's label: markdown text, help icon, and label_visibility — "hidden" keeps the
// space, "collapsed" removes it; the control then gets an aria-label instead.
import type { ComponentChildren } from "preact";
import { LabelVisibility } from "../proto/text_pb";
import type { WidgetInfo } from "../proto/widgets_pb";
import { InlineMarkdown } from "../text/InlineMarkdown";
import { Help } from "../text/Help";

interface Props {
  info: WidgetInfo;
  htmlFor?: string;
  id?: string;
  /** Extra content on the label's line, right-aligned (e.g. a character count). */
  aside?: ComponentChildren;
}

export function WidgetLabel({ info, htmlFor, id, aside }: Props) {
  if (info.labelVisibility === LabelVisibility.COLLAPSED) return null;
  const hidden = info.labelVisibility === LabelVisibility.HIDDEN;
  return (
    <div class={`widget-label${info.disabled ? " disabled" : ""}`} style={hidden ? { visibility: "hidden" } : undefined} aria-hidden={hidden || undefined}>
      <label for={htmlFor} id={id}>
        <InlineMarkdown body={info.label} />
      </label>
      <Help text={info.help} />
      {aside ? <span class="label-aside">{aside}</span> : null}
    </div>
  );
}
