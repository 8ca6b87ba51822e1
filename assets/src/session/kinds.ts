// Names elements and blocks the way the Python API does (st.<name>): these names are
// the data-testid test hooks documented in docs/frontend.md.
import type { Element } from "../proto/element_pb";
import type { Block } from "../proto/layout_pb";
import type { WidgetInfo } from "../proto/widgets_pb";
import { Markdown_Kind, Heading_Level } from "../proto/text_pb";
import { Alert_Kind, Celebration_Kind } from "../proto/status_pb";
import { Checkbox_Style, Slider_Kind } from "../proto/widgets_pb";
import { VegaLiteChart_Kind } from "../proto/charts_pb";
import { ImageList_Kind } from "../proto/media_pb";

const VEGA_LITE_NAMES: Record<number, string> = {
  [VegaLiteChart_Kind.VEGA_LITE]: "vega_lite_chart",
  [VegaLiteChart_Kind.ALTAIR]: "altair_chart",
  [VegaLiteChart_Kind.LINE]: "line_chart",
  [VegaLiteChart_Kind.AREA]: "area_chart",
  [VegaLiteChart_Kind.BAR]: "bar_chart",
  [VegaLiteChart_Kind.SCATTER]: "scatter_chart",
  [VegaLiteChart_Kind.MAP]: "map",
};

// Lookup tables built once: elementName runs for every child on every render.
const MARKDOWN_NAMES: Record<number, string> = {
  [Markdown_Kind.MARKDOWN]: "markdown",
  [Markdown_Kind.CAPTION]: "caption",
  [Markdown_Kind.LATEX]: "latex",
  [Markdown_Kind.DIVIDER]: "divider",
};
const HEADING_NAMES: Record<number, string> = {
  [Heading_Level.TITLE]: "title",
  [Heading_Level.HEADER]: "header",
  [Heading_Level.SUBHEADER]: "subheader",
};
const ALERT_NAMES: Record<number, string> = {
  [Alert_Kind.INFO]: "info",
  [Alert_Kind.SUCCESS]: "success",
  [Alert_Kind.WARNING]: "warning",
  [Alert_Kind.ERROR]: "error",
};

export function elementName(element: Element): string {
  const t = element.type;
  switch (t.case) {
    case "markdown":
      return MARKDOWN_NAMES[t.value.kind] ?? "markdown";
    case "heading":
      return HEADING_NAMES[t.value.level] ?? "header";
    case "alert":
      return ALERT_NAMES[t.value.kind] ?? "info";
    case "celebration":
      return t.value.kind === Celebration_Kind.SNOW ? "snow" : "balloons";
    case "button":
      return t.value.isFormSubmit ? "form_submit_button" : "button";
    case "checkbox":
      return t.value.style === Checkbox_Style.TOGGLE ? "toggle" : "checkbox";
    case "slider":
      return t.value.kind === Slider_Kind.SELECT_SLIDER ? "select_slider" : "slider";
    case "numberInput":
      return "number_input";
    case "textInput":
      return "text_input";
    case "textArea":
      return "text_area";
    case "dateInput":
      return "date_input";
    case "timeInput":
      return "time_input";
    case "colorPicker":
      return "color_picker";
    case "vegaLiteChart":
      return VEGA_LITE_NAMES[t.value.kind] ?? "vega_lite_chart";
    case "plotlyChart":
      return "plotly_chart";
    case "imageList":
      return t.value.kind === ImageList_Kind.PYPLOT ? "pyplot" : "image";
    case "fileUploader":
      return "file_uploader";
    case "downloadButton":
      return "download_button";
    case "linkButton":
      return "link_button";
    case "chatInput":
      return "chat_input";
    case "pageLink":
      return "page_link";
    case "docString":
      return "help";
    case "dataEditor":
      return "data_editor";
    case undefined:
      return "empty";
    default:
      return t.case;
  }
}

export function blockName(block: Block | null): string {
  switch (block?.type.case) {
    case "vertical":
      return "container";
    case "horizontal":
      return "columns";
    case "column":
      return "column";
    case "expander":
      return "expander";
    case "tabs":
      return "tabs";
    case "tab":
      return "tab";
    case "form":
      return "form";
    case "fragment":
      return "fragment";
    case "chatMessage":
      return "chat_message";
    case "status":
      return "status";
    case "dialog":
      return "dialog";
    case "popover":
      return "popover";
    default:
      return "container";
  }
}

/** The WidgetInfo of a widget element, or null for elements that are not widgets. */
export function widgetInfo(element: Element): WidgetInfo | null {
  const t = element.type;
  switch (t.case) {
    case "button":
    case "checkbox":
    case "radio":
    case "selectbox":
    case "multiselect":
    case "slider":
    case "numberInput":
    case "textInput":
    case "textArea":
    case "dateInput":
    case "timeInput":
    case "colorPicker":
    case "chatInput":
      return t.value.info ?? null;
    case "fileUploader":
    case "downloadButton":
      return t.value.info ?? null;
    case "dataframe":
    case "dataEditor":
      // A dataframe is a widget only with on_select; a data_editor always is.
      return t.value.info ?? null;
    case "vegaLiteChart":
    case "plotlyChart":
      // A chart is a widget only when it reports selections (on_select).
      return t.value.info?.id ? t.value.info : null;
    default:
      return null;
  }
}
