import "server-only";
import {
  type BlnkFilter,
  blnkResult,
  clampLimit,
  type FilterQuery,
  filterBalances,
  getBalance,
  getIdentitiesByIds,
  getIdentity,
} from "@/lib/blnk";
import { getPrecisionTable } from "@/lib/config/precision-table";
import { queryFilters } from "@/lib/filters/server";
import { evaluateHealth } from "@/lib/health";
import { formatMoney } from "@/lib/money";
import { ownerOf } from "./owner";
import type { BalanceSummary, BalancesPage, BalancesQuery } from "./types";

export const BALANCES_PAGE_SIZE = 20;

function filtersFor(query: BalancesQuery): BlnkFilter[] {
  const filters: BlnkFilter[] = [];
  if (query.identityId) filters.push({ field: "identity_id", operator: "eq", value: query.identityId });
  if (query.ledgerId) filters.push({ field: "ledger_id", operator: "eq", value: query.ledgerId });
  if (query.filters) filters.push(...queryFilters("balances", query.filters));
  return filters;
}

/** The Balances table's Blnk request for a page (also what "Copy as API request" gives). */
export function balancesRequest(query: BalancesQuery, pageSize = BALANCES_PAGE_SIZE): FilterQuery {
  return {
    filters: filtersFor(query),
    limit: pageSize,
    offset: (query.page - 1) * pageSize,
    sortBy: "created_at",
    sortOrder: "desc",
    includeCount: false,
  };
}

export type LoadBalancesPageOptions = {
  /** Rows per page (1–100); 20 by default. An identity page shows its last 10 balances. */
  pageSize?: number;
};

/**
 * One page of balances, newest first, with owners resolved in one batched identities call. No total: counting
 * a million rows costs more than the page itself, so the count is its own call (loadBalanceCount), shown when
 * it arrives; one extra row says whether there is a next page.
 */
export function loadBalancesPage(query: BalancesQuery, options: LoadBalancesPageOptions = {}) {
  const pageSize = clampLimit(options.pageSize ?? BALANCES_PAGE_SIZE);
  return blnkResult<BalancesPage>(async () => {
    // One extra row says whether another page follows.
    const result = await filterBalances({ ...balancesRequest(query, pageSize), limit: pageSize + 1 });
    const items = result.items.slice(0, pageSize);
    const identities = await getIdentitiesByIds(items.map((balance) => balance.identityId));
    const table = getPrecisionTable();
    const rows = items.map((balance) => ({
      id: balance.id,
      currency: balance.currency,
      balance: formatMoney(balance.balance, balance.currency, table),
      inflightBalance: formatMoney(balance.inflightBalance, balance.currency, table),
      owner: ownerOf(balance, identities),
      createdAt: balance.createdAt,
    }));
    return { rows, hasNext: result.items.length > pageSize, page: query.page, pageSize };
  });
}

/** How many balances match the page's filters (null when Blnk does not say). */
export function loadBalanceCount(query: BalancesQuery) {
  return blnkResult<number | null>(async () => {
    const result = await filterBalances({
      filters: filtersFor(query),
      limit: 1,
      offset: 0,
      includeCount: true,
    });
    return result.totalCount;
  });
}

/** What the summary panel shows: the balance by ID (real lineage fields), its ledger, owner and Health. */
export function loadBalanceSummary(id: string) {
  return blnkResult<BalanceSummary>(async () => {
    const balance = await getBalance(id, { include: ["ledger"] });
    const identity = balance.identityId ? await getIdentity(balance.identityId).catch(() => null) : null;
    const table = getPrecisionTable();
    const money = (amount: bigint) => formatMoney(amount, balance.currency, table);
    const identities = new Map(identity ? [[identity.id, identity]] : []);
    return {
      id: balance.id,
      currency: balance.currency,
      balance: money(balance.balance),
      inflightBalance: money(balance.inflightBalance),
      ledger: { id: balance.ledgerId, name: balance.ledger?.name ?? balance.ledgerId },
      owner: ownerOf(balance, identities),
      createdAt: balance.createdAt,
      health: evaluateHealth({ ...balance, now: new Date(), formatAmount: (amount) => money(amount).text }),
    };
  });
}
