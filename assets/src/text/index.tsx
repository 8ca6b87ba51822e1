// The text family's components, by element case (render/ElementBody.tsx looks them up).
import type { ElementComponents } from "../render/components";
import { BadgeView } from "./Badge";
import { CodeView } from "./Code";
import { HeadingView } from "./Heading";
import { JsonView } from "./Json";
import { MarkdownView } from "./Markdown";
import { MetricView } from "./Metric";
import { TextView } from "./Text";

export const components: ElementComponents<
  "markdown" | "heading" | "text" | "code" | "json" | "metric" | "badge"
> = {
  markdown: MarkdownView,
  heading: HeadingView,
  text: TextView,
  code: CodeView,
  json: JsonView,
  metric: MetricView,
  badge: BadgeView,
};
