import "server-only";
import { filterTransactions } from "@/lib/blnk";

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
