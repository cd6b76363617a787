import "server-only";
import type { BlnkCallOptions, BlnkFilter, FilterQuery } from "@/lib/blnk";
import { MAX_PAGE_SIZE } from "@/lib/blnk/filter";
import type { Page } from "@/lib/blnk/types";

/*
 * Every row matching a set of filters, read from Blnk a page at a time (nothing holds more than one page).
 *
 * Filters joined with AND are read by key: sorted by the record's ID (unique, so no ties), each page asking
 * for IDs after the last one seen. Each page costs the same however deep it is, so a million rows take
 * ten thousand equal calls, where LIMIT/OFFSET would make the last page scan them all. Core's OFFSET across
 * equal created_at values may also repeat or skip rows (core-compat M6); a unique key cannot.
 *
 * A search joined with OR cannot take one more AND condition, so it pages by offset, still sorted by ID.
 * A key that may not search gets Core's GET lists, newest first whatever is asked: those page by offset too.
 */

export type PageFetch<T> = (query: FilterQuery, call: BlnkCallOptions) => Promise<Page<T>>;

export type RowSource = {
  filters: readonly BlnkFilter[];
  logicalOperator?: "and" | "or";
  /** The record's ID field in Core's filter language: balance_id, transaction_id, identity_id, ledger_id. */
  idField: string;
};

/** How the rows were read, for the manifest. */
export type Paging = { order: string; by: "key" | "offset" };

export type Pager<T> = { pages: AsyncGenerator<T[]>; paging: () => Paging };

export function pageAll<T extends { id: string }>(
  readPage: PageFetch<T>,
  source: RowSource,
  signal: AbortSignal,
  pageSize = MAX_PAGE_SIZE,
): Pager<T> {
  let byKey = source.logicalOperator !== "or";
  let newestFirst = false;
  async function* pages(): AsyncGenerator<T[]> {
    let after: string | null = null;
    let offset = 0;
    for (;;) {
      signal.throwIfAborted();
      const keyFilter: BlnkFilter[] =
        byKey && after !== null ? [{ field: source.idField, operator: "gt", value: after }] : [];
      const page = await readPage(
        {
          filters: [...source.filters, ...keyFilter],
          ...(source.logicalOperator ? { logicalOperator: source.logicalOperator } : {}),
          sortBy: source.idField,
          sortOrder: "asc",
          limit: pageSize,
          offset: byKey ? 0 : offset,
          includeCount: false,
        },
        { signal },
      );
      if (page.orderUnavailable) {
        // GET lists: the first page (no key asked yet) is offset 0 of the newest-first order; go on by offset.
        newestFirst = true;
        byKey = false;
      }
      if (page.items.length > 0) yield page.items;
      if (page.items.length < pageSize) return;
      after = page.items[page.items.length - 1]?.id ?? after;
      offset += page.items.length;
    }
  }
  return {
    pages: pages(),
    paging: () => ({
      order: newestFirst ? "created_at descending (Core's GET list)" : `${source.idField} ascending`,
      by: byKey ? "key" : "offset",
    }),
  };
}
