import "server-only";
import { filterBalances, getIdentitiesByIds, MAX_PAGE_SIZE } from "@/lib/blnk";
import type { Parties, Party } from "./types";

const isIndicator = (identifier: string) => identifier.startsWith("@");

/**
 * Who is behind every side a page names: its balances in one `balance_id in […]` call, then their owners in one
 * `identity_id in […]` call, never one call per row. Indicators (`@World`) name themselves; a balance the
 * lookup does not return is shown by its ID.
 */
export async function loadParties(identifiers: readonly string[]): Promise<Parties> {
  const unique = [...new Set(identifiers)].filter(Boolean);
  const balanceIds = unique.filter((id) => !isIndicator(id)).slice(0, MAX_PAGE_SIZE);
  const balances =
    balanceIds.length === 0
      ? []
      : (
          await filterBalances({
            filters: [{ field: "balance_id", operator: "in", values: balanceIds }],
            limit: balanceIds.length,
            offset: 0,
            includeCount: false,
          })
        ).items;
  const identities = await getIdentitiesByIds(balances.map((balance) => balance.identityId));
  const byId = new Map(balances.map((balance) => [balance.id, balance]));
  const parties: Parties = {};
  for (const identifier of unique) {
    if (isIndicator(identifier)) {
      parties[identifier] = { kind: "internal", balanceId: null, indicator: identifier };
      continue;
    }
    const balance = byId.get(identifier);
    let party: Party = { kind: "unresolved", balanceId: identifier };
    if (balance?.identityId) {
      const identity = identities.get(balance.identityId);
      party = identity
        ? { kind: "owner", balanceId: balance.id, name: identity.displayName, identityId: identity.id }
        : { kind: "balance", balanceId: balance.id, currency: balance.currency };
    } else if (balance?.indicator) {
      party = { kind: "internal", balanceId: balance.id, indicator: balance.indicator };
    } else if (balance) {
      party = { kind: "balance", balanceId: balance.id, currency: balance.currency };
    }
    parties[identifier] = party;
  }
  return parties;
}
