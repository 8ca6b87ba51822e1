// st.form: its widgets hold their changes (WidgetStore "pending") until a submit button in
// it is pressed. The context tells text fields whether Enter submits.
import type { Form } from "../proto/layout_pb";
import type { BlockNode } from "../session/tree";
import { Children } from "../render/Children";
import { FormContext } from "../render/runContext";

export function FormView({ block, node }: { block: Form; node: BlockNode }) {
  return (
    <FormContext.Provider value={{ formId: block.formId, enterToSubmit: block.enterToSubmit }}>
      <div class={`stack form${block.border ? " bordered" : ""}`} role="form">
        <Children node={node} />
      </div>
    </FormContext.Provider>
  );
}
