// st.button and st.form_submit_button: a press is sent once as a trigger; in a form it
// submits the form's pending values with it.
import type { Button } from "../proto/widgets_pb";
import { Button_Kind } from "../proto/widgets_pb";
import { useContext } from "preact/hooks";
import { useSession } from "../session/context";
import { FragmentContext } from "../render/runContext";
import { InlineMarkdown } from "../text/InlineMarkdown";
import { Icon } from "../text/Icon";
import { Help } from "../text/Help";
import { infoOf } from "./useWidget";

const KIND = { [Button_Kind.PRIMARY]: "primary", [Button_Kind.SECONDARY]: "secondary", [Button_Kind.TERTIARY]: "tertiary" };

export function ButtonView({ el }: { el: Button }) {
  const session = useSession();
  const fragmentId = useContext(FragmentContext);
  const info = infoOf(el);
  const press = () => {
    if (el.isFormSubmit && info.formId) session.submitForm(info.formId, info.id, fragmentId);
    else session.trigger(info.id, fragmentId);
  };
  return (
    <div class={`button-row${el.useContainerWidth ? " full" : ""}`}>
      <button type="button" class={`btn btn-${KIND[el.kind] ?? "secondary"}`} disabled={info.disabled} onClick={press}>
        {el.icon ? <Icon icon={el.icon} /> : null}
        <InlineMarkdown body={info.label} />
      </button>
      <Help text={info.help} />
    </div>
  );
}
