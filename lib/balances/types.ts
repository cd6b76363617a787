import type { HealthReport } from "@/lib/health/types";
import type { FormattedMoney } from "@/lib/money";
import type { BalanceOwner } from "./owner";

// What the browser handles of balances: the table's query, its React Query keys and links, and the view
// shapes the server sends (no server code here). Parsing and validation (zod) stay in ./search-params.

export type BalancesQuery = {
  page: number;
  identityId?: string | undefined;
  ledgerId?: string | undefined;
  /** The table's filters as their URL parameters (`f.balance.gt=1000 USD`, lib/filters/url.ts). */
  filters?: string | undefined;
};

/** `/balances?…` for a query, optionally with a balance's summary open. */
export function balancesHref(
  query: BalancesQuery,
  openBalanceId?: string | null,
  basePath = "/balances",
): string {
  const params = new URLSearchParams();
  if (query.identityId) params.set("owner", query.identityId);
  if (query.ledgerId) params.set("ledger", query.ledgerId);
  for (const [name, value] of new URLSearchParams(query.filters ?? "")) params.append(name, value);
  if (query.page > 1) params.set("page", String(query.page));
  if (openBalanceId) params.set("balance", openBalanceId);
  const text = params.toString();
  return text ? `${basePath}?${text}` : basePath;
}

/** React Query keys: plain strings and numbers only (no bigint, which cannot be hashed). */
export const balanceKeys = {
  all: ["balances"] as const,
  lists: () => ["balances", "list"] as const,
  counts: () => ["balances", "count"] as const,
  list: (query: BalancesQuery) =>
    [
      "balances",
      "list",
      query.page,
      query.identityId ?? "",
      query.ledgerId ?? "",
      query.filters ?? "",
    ] as const,
  count: (query: BalancesQuery) =>
    ["balances", "count", query.identityId ?? "", query.ledgerId ?? "", query.filters ?? ""] as const,
  summary: (id: string) => ["balances", "summary", id] as const,
  activity: (id: string) => ["balances", "activity", id] as const,
};

export type BalanceRow = {
  id: string;
  currency: string;
  balance: FormattedMoney;
  inflightBalance: FormattedMoney;
  owner: BalanceOwner;
  createdAt: string;
};

/** One page of rows; whether another page follows is known from one extra row, not from a count. */
export type BalancesPage = { rows: BalanceRow[]; hasNext: boolean; page: number; pageSize: number };

export type BalanceSummary = {
  id: string;
  currency: string;
  balance: FormattedMoney;
  inflightBalance: FormattedMoney;
  ledger: { id: string; name: string };
  owner: BalanceOwner;
  createdAt: string;
  health: HealthReport;
};
