import "server-only";
import { type Balance, blnkResult, filterBalances, getIdentitiesByIds, type Identity } from "@/lib/blnk";
import { getPrecisionTable } from "@/lib/config/precision-table";
import { type FormattedMoney, formatMoney } from "@/lib/money";

export const BALANCES_PAGE_SIZE = 20;

export type BalanceOwner =
  | { kind: "identity"; id: string; name: string }
  | { kind: "internal"; indicator: string }
  | { kind: "unknown-identity"; id: string }
  | null;

export type BalanceRow = {
  id: string;
  currency: string;
  balance: FormattedMoney;
  inflightBalance: FormattedMoney;
  owner: BalanceOwner;
  createdAt: string;
};

function ownerOf(balance: Balance, identities: Map<string, Identity>): BalanceOwner {
  if (balance.identityId) {
    const identity = identities.get(balance.identityId);
    return identity
      ? { kind: "identity", id: identity.id, name: identity.displayName }
      : { kind: "unknown-identity", id: balance.identityId };
  }
  return balance.indicator ? { kind: "internal", indicator: balance.indicator } : null;
}

/** One page of balances, newest first, with owners resolved in one batched identities call. */
export function loadBalancesPage(page: number) {
  return blnkResult(async () => {
    const result = await filterBalances({
      limit: BALANCES_PAGE_SIZE,
      offset: (page - 1) * BALANCES_PAGE_SIZE,
      sortBy: "created_at",
      sortOrder: "desc",
      includeCount: true,
    });
    const identities = await getIdentitiesByIds(result.items.map((balance) => balance.identityId));
    const table = getPrecisionTable();
    const rows: BalanceRow[] = result.items.map((balance) => ({
      id: balance.id,
      currency: balance.currency,
      balance: formatMoney(balance.balance, balance.currency, table),
      inflightBalance: formatMoney(balance.inflightBalance, balance.currency, table),
      owner: ownerOf(balance, identities),
      createdAt: balance.createdAt,
    }));
    return { rows, totalCount: result.totalCount };
  });
}
