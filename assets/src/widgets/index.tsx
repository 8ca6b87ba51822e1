// The widgets family's components, by element case (render/ElementBody.tsx looks them up).
import type { ElementComponents } from "../render/components";
import { ButtonView } from "./Button";
import { ButtonGroupView } from "./ButtonGroup";
import { CheckboxView } from "./Checkbox";
import { ColorPickerView } from "./ColorPicker";
import { DateInputView } from "./DateInput";
import { DateTimeInputView } from "./DateTimeInput";
import { FeedbackView } from "./Feedback";
import { MenuButtonView } from "./MenuButton";
import { PaginationView } from "./Pagination";
import { MultiselectView } from "./Multiselect";
import { NumberInputView } from "./NumberInput";
import { RadioView } from "./Radio";
import { SelectboxView } from "./Selectbox";
import { SliderView } from "./Slider";
import { TextAreaView } from "./TextArea";
import { TextInputView } from "./TextInput";
import { TimeInputView } from "./TimeInput";

export const components: ElementComponents<
  | "button"
  | "checkbox"
  | "radio"
  | "selectbox"
  | "multiselect"
  | "slider"
  | "numberInput"
  | "textInput"
  | "textArea"
  | "dateInput"
  | "timeInput"
  | "colorPicker"
  | "buttonGroup"
  | "feedback"
  | "menuButton"
  | "pagination"
  | "datetimeInput"
> = {
  button: ButtonView,
  checkbox: CheckboxView,
  radio: RadioView,
  selectbox: SelectboxView,
  multiselect: MultiselectView,
  slider: SliderView,
  numberInput: NumberInputView,
  textInput: TextInputView,
  textArea: TextAreaView,
  dateInput: DateInputView,
  timeInput: TimeInputView,
  colorPicker: ColorPickerView,
  buttonGroup: ButtonGroupView,
  feedback: FeedbackView,
  menuButton: MenuButtonView,
  pagination: PaginationView,
  datetimeInput: DateTimeInputView,
};
