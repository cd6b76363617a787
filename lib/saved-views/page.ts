import "server-only";
import type { Kysely } from "kysely";
import type { Actor } from "@/lib/auth/actor";
import { getPrecisionTable } from "@/lib/config/precision-table";
import { type AppTables, appDb } from "@/lib/db";
import type { FilterClause } from "@/lib/filters/clauses";
import type { FilterTable } from "@/lib/filters/fields";
import { parseFilters } from "@/lib/filters/url";
import { logError } from "@/lib/logging/log";
import { MESSAGES, type SavedView } from "./schema";
import { findView, listViews, publicView } from "./store";

// Saved views for pages (server components, no action): the tabs of the person on the page, and the view a
// `?view=<id>` link opens. A link opens its view for anyone who may see the page (the page has checked the
// role already), so it is looked up by ID alone; a view that is gone, or whose filters no longer parse (a
// field removed, a currency's precision changed), opens with a notice, never an error page.

export type ViewForPage = {
  /** The view the link names; null when there is none (or no `view` parameter). */
  view: SavedView | null;
  /** Its filters that still parse. */
  clauses: FilterClause[];
  /** What the person should know: the view is gone, or some of its filters were left out. */
  notice?: string;
};

/** The view a page's `?view=` parameter names (the first, when repeated). */
export async function loadViewForPage(
  table: FilterTable,
  viewId: string | string[] | null | undefined,
  db?: Kysely<AppTables>,
): Promise<ViewForPage> {
  const id = (Array.isArray(viewId) ? viewId[0] : viewId)?.trim();
  if (!id) return { view: null, clauses: [] };
  let stored: Awaited<ReturnType<typeof findView>>;
  try {
    // An ID longer than any view's is no view; it is not worth a query.
    stored = id.length > 100 ? null : await findView(db ?? (await appDb()), id);
  } catch (error) {
    logError("saved_view_load_failed", error, { table });
    return { view: null, clauses: [], notice: "Ledger Desk could not open that saved view. Try again." };
  }
  // A view of another table is not this page's: the link was edited by hand.
  if (!stored || stored.table !== table) return { view: null, clauses: [], notice: MESSAGES.notFound };
  const view = publicView(stored);
  const { clauses, notices } = parseFilters(table, new URLSearchParams(view.filters), getPrecisionTable());
  if (notices.length === 0) return { view, clauses };
  return {
    view,
    clauses,
    notice: `The saved view "${view.name}" opened without some of its filters. ${notices.join(" ")}`,
  };
}

/** The tabs of the person on the page: their own views of `table`, oldest first; none when they cannot be read. */
export async function listViewsForPage(
  table: FilterTable,
  actor: Actor,
  db?: Kysely<AppTables>,
): Promise<SavedView[]> {
  try {
    return (await listViews(db ?? (await appDb()), actor.id, table)).map(publicView);
  } catch (error) {
    // The table itself still works without its tabs.
    logError("saved_views_list_failed", error, { table });
    return [];
  }
}
