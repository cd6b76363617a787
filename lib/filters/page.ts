import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { FilterQuery } from "@/lib/blnk/filter";
import { listViewsForPage, loadViewForPage } from "@/lib/saved-views/page";
import type { FilterTable } from "./fields";
import { filterBarData } from "./server";
import { FILTER_PREFIX, filterParamsOf, filtersSearch, MAX_FILTERS_TEXT, searchEntries } from "./url";

type PageParams = Record<string, string | string[] | undefined>;

/** What the table's Export sends: the page's query with the filters in force (a saved view's, when opened). */
function exportParams(params: PageParams, filters: string | undefined): [string, string][] {
  const others = searchEntries(params).filter(
    ([name]) => !name.startsWith(FILTER_PREFIX) && name !== "view" && name !== "page",
  );
  return [...others, ...new URLSearchParams(filters ?? "")];
}

/**
 * A table page's filters: those in the URL, or, for a saved view's bare link (`?view=<id>`), the view's own;
 * and what the filter bar shows, saved views included. Call it after the page has checked the role.
 */
export async function tableFilters(table: FilterTable, path: string, params: PageParams, actor: Actor) {
  const inUrl = filterParamsOf(params).slice(0, MAX_FILTERS_TEXT) || undefined;
  const [opened, views] = await Promise.all([
    loadViewForPage(table, params.view),
    listViewsForPage(table, actor),
  ]);
  const filters = inUrl ?? (filtersSearch(opened.clauses) || undefined);
  return {
    filters,
    bar(request: FilterQuery) {
      const data = filterBarData(table, { path, params }, filters, request);
      if (opened.notice) data.notices.unshift(opened.notice);
      return {
        ...data,
        exportParams: exportParams(params, filters),
        saved: { views, activeViewId: opened.view?.id ?? null },
      };
    },
  };
}
