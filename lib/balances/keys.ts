// The Balances table's query as the browser handles it: its type, React Query keys and links. Parsing and
// validation (zod) stay in ./search-params, which the server and server actions use.

export type BalancesQuery = { page: number; identityId?: string | undefined; ledgerId?: string | undefined };

/** `/balances?…` for a query, optionally with a balance's summary open. */
export function balancesHref(
  query: BalancesQuery,
  openBalanceId?: string | null,
  basePath = "/balances",
): string {
  const params = new URLSearchParams();
  if (query.identityId) params.set("owner", query.identityId);
  if (query.ledgerId) params.set("ledger", query.ledgerId);
  if (query.page > 1) params.set("page", String(query.page));
  if (openBalanceId) params.set("balance", openBalanceId);
  const text = params.toString();
  return text ? `${basePath}?${text}` : basePath;
}

/** React Query keys: plain strings and numbers only (no bigint, which cannot be hashed). */
export const balanceKeys = {
  all: ["balances"] as const,
  list: (query: BalancesQuery) =>
    ["balances", "list", query.page, query.identityId ?? "", query.ledgerId ?? ""] as const,
  count: (query: BalancesQuery) =>
    ["balances", "count", query.identityId ?? "", query.ledgerId ?? ""] as const,
  summary: (id: string) => ["balances", "summary", id] as const,
};
