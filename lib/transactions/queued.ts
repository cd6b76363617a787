import "server-only";
import { type BlnkFilter, type FilterTransactionsOptions, filterTransactions, orFallback } from "@/lib/blnk";
import { QUEUED } from "./collapse-queued";

/**
 * QUEUED originals on a page whose child exists elsewhere (a pair split by the page boundary: the child is
 * newer, so it sits on an earlier page). One `parent_transaction in […]` call; none when `ids` is empty.
 */
export async function parentsWithChildElsewhere(ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const children = await filterTransactions({
    filters: [{ field: "parent_transaction", operator: "in", values: ids }],
    limit: 100,
    offset: 0,
    includeCount: false,
  });
  return new Set(children.items.map((child) => child.parentTransaction).filter((id): id is string => !!id));
}

/**
 * Core counts a queued original and its `<ref>_q` child as two transactions. Originals never change status,
 * so the QUEUED rows among those `scope` selects are the pairs (less the few the worker has not reached yet,
 * which is momentary): subtract this from a total to count each pair once.
 */
export async function queuedCount(scope: Pick<FilterTransactionsOptions, "balanceId" | "filters">) {
  const page = await filterTransactions({
    ...scope,
    filters: [...(scope.filters ?? []), { field: "status", operator: "eq", value: QUEUED }],
    limit: 1,
    offset: 0,
    includeCount: true,
  });
  return page.totalCount ?? 0;
}

/** How many transactions match `filters`, each queued pair counted once; null when Blnk gives no count. */
export async function countTransactionsOnce(filters: BlnkFilter[]): Promise<number | null> {
  const [all, queued] = await Promise.all([
    filterTransactions({ filters, limit: 1, offset: 0, includeCount: true }),
    orFallback(() => queuedCount({ filters }), 0),
  ]);
  return all.totalCount === null ? null : Math.max(0, all.totalCount - queued);
}
