import type { FormattedMoney } from "@/lib/money";

// What the browser handles of transactions: the view shapes the server sends, React Query keys and links
// (no server code here).

/** Who is behind one side of a transaction, as every transaction view shows it. */
export type Party =
  /** A balance with an owner: the identity's display name. */
  | { kind: "owner"; balanceId: string; name: string; identityId: string }
  /** An internal balance (`@World`…), resolved to its balance when Blnk has it. */
  | { kind: "internal"; balanceId: string | null; indicator: string }
  /** A balance without owner or indicator: its currency. */
  | { kind: "balance"; balanceId: string; currency: string }
  /** A balance the lookup did not return (or a lookup that failed): linked by ID anyway. */
  | { kind: "unresolved"; balanceId: string };

/** The parties of a page, by the identifier the transaction names (a balance ID or an `@indicator`). */
export type Parties = Record<string, Party>;

export type TransactionRow = {
  id: string;
  reference: string;
  currency: string;
  amount: FormattedMoney;
  status: string;
  /** The balance ID or `@indicator` on each side; several splits show as the first and a count. */
  source: string | null;
  destination: string | null;
  sourceCount: number;
  destinationCount: number;
  /** The effective date, or the creation time when the transaction has none. */
  effectiveDate: string;
  createdAt: string;
};

/** One page of rows; whether another page follows is known from one extra row, not from a count. */
export type TransactionsPage = { rows: TransactionRow[]; hasNext: boolean; page: number; pageSize: number };

export type TransactionsQuery = {
  page: number;
  /** The table's filters as their URL parameters (`f.status.eq=INFLIGHT`, lib/filters/url.ts). */
  filters?: string | undefined;
};

/** `/transactions?…` for a page, optionally with a transaction's summary open. */
export function transactionsHref(query: TransactionsQuery, openId?: string | null): string {
  const params = new URLSearchParams(query.filters ?? "");
  if (query.page > 1) params.set("page", String(query.page));
  if (openId) params.set("transaction", openId);
  const text = params.toString();
  return text ? `/transactions?${text}` : "/transactions";
}

export const transactionHref = (id: string) => `/transactions/${encodeURIComponent(id)}`;
export const balanceHref = (id: string) => `/balances/${encodeURIComponent(id)}`;

/** React Query keys: plain strings and numbers only (no bigint, which cannot be hashed). */
export const transactionKeys = {
  all: ["transactions"] as const,
  list: (query: TransactionsQuery) => ["transactions", "list", query.page, query.filters ?? ""] as const,
  count: (filters?: string) => ["transactions", "count", filters ?? ""] as const,
  parties: (identifiers: readonly string[]) => ["transactions", "parties", ...identifiers] as const,
  summary: (id: string) => ["transactions", "summary", id] as const,
};

/** The identifiers a page names on either side, sorted and unique: the key of its one parties lookup. */
export function partyIdentifiers(rows: readonly Pick<TransactionRow, "source" | "destination">[]): string[] {
  const all = rows.flatMap((row) => [row.source, row.destination]).filter((id): id is string => !!id);
  return [...new Set(all)].sort();
}

/** "bln_0b1c2d3e-4f50-…" → "bln_0b1c2d3e…": enough to tell balances apart in a row; the full ID is on hover. */
export function shortId(id: string): string {
  return id.length > 14 ? `${id.slice(0, 12)}…` : id;
}
