import { z } from "zod";
import { RECORD_ID } from "@/lib/blnk/ids";
import { filterParamsOf, MAX_FILTERS_TEXT } from "@/lib/filters/url";
import { firstParam, type RawSearchParams } from "@/lib/search-params";
import type { BalancesQuery } from "./types";

/**
 * The Balances table's state, held in the URL so every view is linkable and Back works. The same parser runs
 * on the server (page props) and in the browser (server-action input).
 */
export const balancesQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  identityId: z.string().regex(RECORD_ID).optional().catch(undefined),
  ledgerId: z.string().regex(RECORD_ID).optional().catch(undefined),
  filters: z.string().max(MAX_FILTERS_TEXT).optional().catch(undefined),
});

// The query's type, keys and links live in ./keys (no zod there: the browser's first load stays small).
export { type BalancesQuery, balanceKeys, balancesHref } from "./types";

// The schema's output must be exactly the type the browser uses: a change to one alone fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const schemaMatchesType: Same<z.output<typeof balancesQuerySchema>, BalancesQuery> = true;
void schemaMatchesType;

export function parseBalancesQuery(params: RawSearchParams): BalancesQuery {
  return balancesQuerySchema.parse({
    page: firstParam(params, "page"),
    identityId: firstParam(params, "owner"),
    ledgerId: firstParam(params, "ledger"),
    filters: filterParamsOf(params) || undefined,
  });
}

/** IDs as Blnk writes them; anything else never reaches Blnk. */
export const balanceIdSchema = z.string().regex(RECORD_ID);
