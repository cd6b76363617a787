import type { FilterTable } from "@/lib/filters/fields";

// What the browser needs of a saved view before any dialog opens: its shape, its link, and whether the page's
// filters are still the view's. No zod here (the schema is lib/saved-views/schema.ts), so the tabs stay off
// the first-load JavaScript's validation chunk.

/** A saved view as pages and the browser see it; times in ms since the epoch. */
export type SavedView = {
  id: string;
  table: FilterTable;
  name: string;
  description: string;
  /** The filters as their canonical query string (`f.balance.gt=1000+USD&…`), "" for none. */
  filters: string;
  createdAt: number;
  updatedAt: number;
};

/** Two canonical filter strings hold the same filters, whatever their order. */
export { sameFilterText as sameViewFilters } from "@/lib/filters/query-text";

/** A view's link: its ID, then its filters, so the page opens with them and the link shows what it holds. */
export function savedViewHref(basePath: string, view: Pick<SavedView, "id" | "filters">): string {
  const params = new URLSearchParams({ view: view.id });
  for (const [name, value] of new URLSearchParams(view.filters)) params.append(name, value);
  return `${basePath}?${params.toString()}`;
}
