// The sort and the search the user chose for the grid. The search box's text reaches the view
// (and the server) 200 ms after the last keystroke, so typing asks for one view, not one a key.
import { useEffect, useState } from "preact/hooks";
import { nextSort, type Sort } from "./query";

const SEARCH_DEBOUNCE_MS = 200;

export interface SortSearch {
  readonly sort: Sort | null;
  /** Header click: the column's next sort (ascending, descending, none). */
  readonly cycleSort: (column: number) => void;
  readonly searchOpen: boolean;
  /** What the search box shows. */
  readonly searchText: string;
  /** The search the view is made with: the box's text, trimmed, once typing paused. */
  readonly search: string;
  readonly typeSearch: (text: string) => void;
  /** Escape in the search box: clears it and closes it. */
  readonly closeSearch: () => void;
  /** The toolbar's search button: opens the box, or clears and closes it. */
  readonly toggleSearch: () => void;
}

export function useSortSearch(interactive: boolean): SortSearch {
  const [sort, setSort] = useState<Sort | null>(null);
  const [searchOpen, setSearchOpen] = useState(false);
  const [searchText, setSearchText] = useState("");
  const [search, setSearch] = useState("");
  useEffect(() => {
    const t = window.setTimeout(() => setSearch(searchText.trim()), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(t);
  }, [searchText]);

  return {
    sort,
    cycleSort: (column) => {
      if (!interactive) return;
      setSort((s) => nextSort(s, column));
    },
    searchOpen,
    searchText,
    search,
    typeSearch: setSearchText,
    closeSearch: () => {
      setSearchText("");
      setSearchOpen(false);
    },
    toggleSearch: () => {
      if (searchOpen) setSearchText("");
      setSearchOpen(!searchOpen);
    },
  };
}
