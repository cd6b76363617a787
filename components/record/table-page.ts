import "server-only";
import { requirePageRole } from "@/lib/auth/actor";
import type { FilterTable } from "@/lib/filters/fields";
import { tableFilters } from "@/lib/filters/page";

/** What Next hands a page: its URL's query string, parsed. */
export type PageSearchParams = Promise<Record<string, string | string[] | undefined>>;

export type TablePageProps = { searchParams: PageSearchParams };

/**
 * The start of a table page (Balances, Identities, Ledgers, Transactions): a viewer or above may see it;
 * its URL's params and its filters (those in the URL, or a saved view's), with the filter bar they make.
 */
export async function openTablePage(table: FilterTable, path: string, searchParams: PageSearchParams) {
  const actor = await requirePageRole("viewer");
  const params = await searchParams;
  const scope = await tableFilters(table, path, params, actor);
  return { params, scope };
}
