// st.pagination: previous and next buttons around the page numbers, at most
// `max_visible_pages` slots (pages and ellipses) as Streamlit 1.67 lays them out: the first
// and last pages, the pages around the current one, an ellipsis for each gap.
import { useState } from "preact/hooks";
import { useSession } from "../session/context";
import type { Pagination } from "../proto/widgets_pb";
import { ButtonGroup_Width } from "../proto/widgets_pb";
import { infoOf, useWidget } from "./useWidget";
import "./pagination.css";

export type Slot = number | "gap";

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** The slots to show for `current` of `count` pages in at most `max` slots (undefined: all). */
export function pageSlots(current: number, count: number, max: number | undefined): Slot[] {
  if (max === undefined || count <= max) return range(1, count);
  if (max < 1) return [];
  if (max < 3) return [current];
  // A run from the first (or to the last) page holds max - 2 pages; the current page is in it
  // with a neighbour to spare when there is room for a middle run (max >= 5).
  const edge = max >= 5 ? max - 3 : max - 2;
  if (current <= edge) return [...range(1, max - 2), "gap", count];
  if (current > count - edge) return [1, "gap", ...range(count - (max - 3), count)];
  if (max < 5) return max === 3 ? ["gap", current, "gap"] : [1, "gap", current, "gap"];
  const middle = max - 4;
  const start = current - Math.floor((middle - 1) / 2);
  return [1, "gap", ...range(start, start + middle - 1), "gap", count];
}

const CHEVRON = { prev: "M15 6l-6 6 6 6", next: "M9 6l6 6-6 6" };

export function PaginationView({ el }: { el: Pagination }) {
  const session = useSession();
  const info = infoOf(el);
  const w = useWidget(info, { case: "intValue", value: BigInt(el.index) });
  const [, redraw] = useState(0);
  const current = w.value.case === "intValue" ? Number(w.value.value) : el.index;
  const go = (page: number) => {
    if (page < 1 || page > el.numPages || page === current) return;
    const value = { case: "intValue" as const, value: BigInt(page) };
    if (el.ignoreRerun && !w.inForm) {
      // on_change="ignore": no rerun; the next run (caused by anything else) gets the page.
      session.widgets.commit(info.id, value);
      redraw((n) => n + 1);
    } else w.set(value);
  };
  const stretch = el.width === ButtonGroup_Width.STRETCH;
  const box = el.width === ButtonGroup_Width.PIXELS ? { width: `${el.widthPixels}px` } : undefined;
  const arrow = (which: "prev" | "next") => {
    const target = which === "prev" ? current - 1 : current + 1;
    return (
      <button type="button" class="page-arrow" aria-label={which === "prev" ? "Previous page" : "Next page"} disabled={info.disabled || target < 1 || target > el.numPages} onClick={() => go(target)}>
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d={CHEVRON[which]} fill="none" stroke="currentColor" stroke-width="2.5" />
        </svg>
      </button>
    );
  };
  return (
    <nav class={`pagination${stretch ? " stretch" : ""}`} aria-label="Pagination" style={box}>
      {arrow("prev")}
      {pageSlots(current, el.numPages, el.maxVisiblePages).map((slot, i) =>
        slot === "gap" ? (
          <span key={`gap${i}`} class="page-gap" aria-hidden="true">
            …
          </span>
        ) : (
          <button key={slot} type="button" class={`page${slot === current ? " current" : ""}`} aria-label={`Page ${slot}`} aria-current={slot === current ? "page" : undefined} disabled={info.disabled} onClick={() => go(slot)}>
            {slot}
          </button>
        ),
      )}
      {arrow("next")}
    </nav>
  );
}
