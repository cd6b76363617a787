import { z } from "zod";

/**
 * The Balances table's state, held in the URL so every view is linkable and Back works. The same parser runs
 * on the server (page props) and in the browser (server-action input).
 */
export const balancesQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  identityId: z
    .string()
    .regex(/^[\w-]{1,200}$/)
    .optional()
    .catch(undefined),
  ledgerId: z
    .string()
    .regex(/^[\w-]{1,200}$/)
    .optional()
    .catch(undefined),
});

export type BalancesQuery = z.infer<typeof balancesQuerySchema>;

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function first(params: RawParams, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

export function parseBalancesQuery(params: RawParams): BalancesQuery {
  return balancesQuerySchema.parse({
    page: first(params, "page"),
    identityId: first(params, "owner"),
    ledgerId: first(params, "ledger"),
  });
}

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

/** IDs as Blnk writes them; anything else never reaches Blnk. */
export const balanceIdSchema = z.string().regex(/^[\w-]{1,200}$/);

/** React Query keys: plain strings and numbers only (no bigint, which cannot be hashed). */
export const balanceKeys = {
  all: ["balances"] as const,
  list: (query: BalancesQuery) =>
    ["balances", "list", query.page, query.identityId ?? "", query.ledgerId ?? ""] as const,
  summary: (id: string) => ["balances", "summary", id] as const,
};
