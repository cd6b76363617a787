import "server-only";
import type { BalancesQuery } from "@/lib/balances/search-params";
import { getIdentity, getLedger, orFallback } from "@/lib/blnk";

export type BalancesFilterLabels = {
  /** The owner's display name; the ID itself when it cannot be resolved. */
  owner?: string;
  ledger?: string;
};

/**
 * Names for the active filters' chips ("Owner: Ada Quill"), resolved on the server. A chip never fails the
 * page: an unknown or unreachable record shows its ID instead.
 */
export async function loadFilterLabels(query: BalancesQuery): Promise<BalancesFilterLabels> {
  const [owner, ledger] = await Promise.all([
    query.identityId
      ? nameOr(query.identityId, async (id) => (await getIdentity(id)).displayName)
      : undefined,
    query.ledgerId ? nameOr(query.ledgerId, async (id) => (await getLedger(id)).name) : undefined,
  ]);
  return { owner, ledger };
}

/** The record's name, or its ID when it has none or Blnk cannot say. */
function nameOr(id: string, lookup: (id: string) => Promise<string>): Promise<string> {
  return orFallback(async () => (await lookup(id)) || id, id);
}
