// Picks the component for an element: one component per element, grouped in folders that
// mirror the Python API modules (text/, status/, widgets/).
import { memo } from "preact/compat";
import type { Element } from "../proto/element_pb";
import { MarkdownView } from "../text/Markdown";
import { HeadingView } from "../text/Heading";
import { TextView } from "../text/Text";
import { CodeView } from "../text/Code";
import { JsonView } from "../text/Json";
import { MetricView } from "../text/Metric";
import { AlertView } from "../status/Alert";
import { ExceptionView } from "../status/Exception";
import { ProgressView } from "../status/Progress";
import { SpinnerView } from "../status/Spinner";
import { ToastView } from "../status/Toast";
import { CelebrationView } from "../status/Celebration";
import { ButtonView } from "../widgets/Button";
import { CheckboxView } from "../widgets/Checkbox";
import { RadioView } from "../widgets/Radio";
import { SelectboxView } from "../widgets/Selectbox";
import { MultiselectView } from "../widgets/Multiselect";
import { SliderView } from "../widgets/Slider";
import { NumberInputView } from "../widgets/NumberInput";
import { TextInputView } from "../widgets/TextInput";
import { TextAreaView } from "../widgets/TextArea";
import { DateInputView } from "../widgets/DateInput";
import { TimeInputView } from "../widgets/TimeInput";
import { ColorPickerView } from "../widgets/ColorPicker";
import { DataGridView } from "../data";
import { PlotlyChartView, VegaLiteChartView } from "../charts";
import { AudioView, DownloadButtonView, FileUploaderView, ImageListView, LinkButtonView, VideoView } from "../media";
import { ChatInputView } from "../chat/ChatInput";
import { PageLinkView } from "../flow/PageLink";
import { HtmlView } from "../flow/Html";
import { DocStringView } from "../flow/DocString";

function ElementBodyImpl({ element }: { element: Element }) {
  const t = element.type;
  switch (t.case) {
    case "markdown":
      return <MarkdownView el={t.value} />;
    case "heading":
      return <HeadingView el={t.value} />;
    case "text":
      return <TextView el={t.value} />;
    case "code":
      return <CodeView el={t.value} />;
    case "json":
      return <JsonView el={t.value} />;
    case "metric":
      return <MetricView el={t.value} />;
    case "alert":
      return <AlertView el={t.value} />;
    case "exception":
      return <ExceptionView el={t.value} />;
    case "progress":
      return <ProgressView el={t.value} />;
    case "spinner":
      return <SpinnerView el={t.value} />;
    case "toast":
      return <ToastView el={t.value} />;
    case "celebration":
      return <CelebrationView el={t.value} />;
    case "empty":
    case undefined:
      return null;
    case "button":
      return <ButtonView el={t.value} />;
    case "checkbox":
      return <CheckboxView el={t.value} />;
    case "radio":
      return <RadioView el={t.value} />;
    case "selectbox":
      return <SelectboxView el={t.value} />;
    case "multiselect":
      return <MultiselectView el={t.value} />;
    case "slider":
      return <SliderView el={t.value} />;
    case "numberInput":
      return <NumberInputView el={t.value} />;
    case "textInput":
      return <TextInputView el={t.value} />;
    case "textArea":
      return <TextAreaView el={t.value} />;
    case "dateInput":
      return <DateInputView el={t.value} />;
    case "timeInput":
      return <TimeInputView el={t.value} />;
    case "colorPicker":
      return <ColorPickerView el={t.value} />;
    case "dataframe":
      return <DataGridView el={t.value} kind="dataframe" />;
    case "table":
      return <DataGridView el={t.value} kind="table" />;
    case "dataEditor":
      return <DataGridView el={t.value} kind="data_editor" />;
    case "vegaLiteChart":
      return <VegaLiteChartView el={t.value} />;
    case "plotlyChart":
      return <PlotlyChartView el={t.value} />;
    case "imageList":
      return <ImageListView el={t.value} />;
    case "audio":
      return <AudioView el={t.value} />;
    case "video":
      return <VideoView el={t.value} />;
    case "fileUploader":
      return <FileUploaderView el={t.value} />;
    case "downloadButton":
      return <DownloadButtonView el={t.value} />;
    case "linkButton":
      return <LinkButtonView el={t.value} />;
    case "chatInput":
      return <ChatInputView el={t.value} />;
    case "pageLink":
      return <PageLinkView el={t.value} />;
    case "html":
      return <HtmlView el={t.value} />;
    case "docString":
      return <DocStringView el={t.value} />;
  }
}

export const ElementBody = memo(ElementBodyImpl);
