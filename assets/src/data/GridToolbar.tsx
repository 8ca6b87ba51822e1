// The toolbar above an interactive grid: a "Searching…/Sorting…" note while the server works,
// the search box with its match count, and the delete-rows, add-row and search buttons.
import type { SortSearch } from "./useSortSearch";

export function GridToolbar({
  query,
  working,
  matches,
  canDelete,
  canAdd,
  onDelete,
  onAdd,
}: {
  query: SortSearch;
  /** A sort or search of a large frame takes a moment on the server: say so meanwhile. */
  working: boolean;
  /** Rows matching the search, once the server said. */
  matches: number | undefined;
  canDelete: boolean;
  canAdd: boolean;
  onDelete: () => void;
  onAdd: () => void;
}) {
  const { searchOpen } = query;
  return (
    <div class={`df-toolbar${searchOpen || working ? " open" : ""}`}>
      {working ? (
        <span class="df-busy" role="status">
          {query.search !== "" ? "Searching…" : "Sorting…"}
        </span>
      ) : null}
      {searchOpen ? (
        <>
          <input
            type="search"
            class="df-search"
            aria-label="Search"
            placeholder="Search"
            value={query.searchText}
            autoFocus
            onInput={(e) => query.typeSearch(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape") query.closeSearch();
            }}
          />
          {matches !== undefined ? <span class="df-matches">{matches.toLocaleString()} {matches === 1 ? "match" : "matches"}</span> : null}
        </>
      ) : null}
      {canDelete ? (
        <button type="button" class="df-tool" aria-label="Delete selected rows" title="Delete selected rows" onClick={onDelete}>
          <TrashIcon />
        </button>
      ) : null}
      {canAdd ? (
        <button type="button" class="df-tool" aria-label="Add row" title="Add row" onClick={onAdd}>
          <PlusIcon />
        </button>
      ) : null}
      <button type="button" class={`df-tool${searchOpen ? " on" : ""}`} aria-label={searchOpen ? "Close search" : "Search"} title="Search" onClick={query.toggleSearch}>
        <SearchIcon />
      </button>
    </div>
  );
}

const icon = (d: string) => (
  <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
    <path d={d} />
  </svg>
);
const SearchIcon = () => icon("M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM21 21l-4.35-4.35");
const PlusIcon = () => icon("M12 5v14M5 12h14");
const TrashIcon = () => icon("M3 6h18M8 6V4h8v2M19 6l-1 14H6L5 6M10 11v6M14 11v6");
