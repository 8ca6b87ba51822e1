// The value a widget shows and how it changes: outside a form a change is committed and
// requests a rerun at once; inside a form it waits ("pending") until the form is submitted.
import { useContext, useId, useState } from "preact/hooks";
import { create } from "@bufbuild/protobuf";
import { WidgetInfoSchema, type WidgetInfo } from "../proto/widgets_pb";
import { useSession } from "../session/context";
import { FormContext, FragmentContext } from "../render/runContext";
import { LabelVisibility } from "../proto/text_pb";
import type { WidgetValue } from "../session/widgetValues";

const NO_INFO = create(WidgetInfoSchema);

/** A widget message's info; the server always sends one, an empty one keeps hooks unconditional. */
export function infoOf(el: { info?: WidgetInfo | undefined }): WidgetInfo {
  return el.info ?? NO_INFO;
}

export interface WidgetHandle {
  /** What the control shows; `fallback` until the store has a value for the widget. */
  value: WidgetValue;
  /** Changes when the server replaced the value: controls holding a draft reset it. */
  serverVersion: number;
  set(value: WidgetValue): void;
  /** The id for the control, which the <label for> points at. */
  controlId: string;
  /** aria-label when the visible label is hidden or collapsed. */
  ariaLabel: string | undefined;
  inForm: boolean;
  /** Enter in a text field of a form submits it; true when that is how the form is set up. */
  submitForm(): void;
  enterSubmits: boolean;
}

export function useWidget(info: WidgetInfo, fallback: WidgetValue): WidgetHandle {
  const session = useSession();
  const form = useContext(FormContext);
  const fragmentId = useContext(FragmentContext);
  const [, rerender] = useState(0);
  const controlId = useId();
  const inForm = info.formId !== "";
  return {
    value: session.widgets.shown(info.id) ?? fallback,
    serverVersion: session.widgets.version(info.id),
    set(value: WidgetValue) {
      if (inForm) session.stage(info.id, info.formId, value);
      else session.commit(info.id, value, fragmentId);
      rerender((n) => n + 1);
    },
    controlId,
    ariaLabel: info.labelVisibility === LabelVisibility.VISIBLE ? undefined : info.label,
    inForm,
    enterSubmits: inForm && form !== null && form.enterToSubmit,
    submitForm() {
      const button = session.formSubmitButton(info.formId);
      if (button !== null) session.submitForm(info.formId, button, fragmentId);
    },
  };
}
