// The lazily loaded libraries of the text family, shared by every element that needs them.
import { lazy } from "../lib/lazy";
import type { Katex } from "../lib/markdown";

export const katexLib = lazy<Katex>(async () => {
  const [mod] = await Promise.all([import("katex"), import("katex/dist/katex.min.css")]);
  return mod.default;
});

export const purifyLib = lazy(async () => (await import("dompurify")).default);

export const highlightLib = lazy(async () => (await import("./highlight")).highlighter);
