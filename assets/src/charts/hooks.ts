// What every chart component shares: the page's theme base (charts redraw when it changes)
// and the data-rendered-rev test hook.
import { useEffect, useState } from "preact/hooks";
import { currentBase, type ChartBase } from "./theme";

/** "light" or "dark", following <html data-theme> as the theme menu changes it. */
export function useThemeBase(): ChartBase {
  const [base, setBase] = useState<ChartBase>(currentBase);
  useEffect(() => {
    const observer = new MutationObserver(() => setBase(currentBase()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
    setBase(currentBase());
    return () => observer.disconnect();
  }, []);
  return base;
}

/**
 * Counts a finished drawing of a chart or image: `data-rendered-rev` goes up by one on the
 * element's wrapper (the node with its data-testid) and on `node` itself. Tests wait on it.
 */
export function bumpRenderedRev(node: HTMLElement | null): void {
  if (node === null) return;
  const wrapper = node.closest<HTMLElement>(".element[data-testid]");
  for (const target of wrapper && wrapper !== node ? [node, wrapper] : [node]) {
    target.dataset.renderedRev = String(Number(target.dataset.renderedRev ?? "0") + 1);
  }
}

/** Calls `fn` at most once per `ms`, with the last arguments (selection changes while dragging). */
export function debounce<A extends unknown[]>(ms: number, fn: (...args: A) => void): (...args: A) => void {
  let timer: number | undefined;
  return (...args: A) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => fn(...args), ms);
  };
}
