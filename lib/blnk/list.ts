import "server-only";
import type { z } from "zod";
import { getBlnkConfig } from "./config";
import { BlnkError } from "./errors";
import { buildFilterRequest, type FilterQuery, toQueryFilters } from "./filter";
import { type BlnkCallOptions, blnkRequest, type QueryParams } from "./request";
import { pageSchema } from "./schemas";
import type { Page } from "./types";

export type FilterResource = "ledgers" | "balances" | "identities" | "transactions";

interface FilterPageOptions extends BlnkCallOptions {
  /**
   * Retry as `GET /<resource>?limit&offset&field_op=value` when the server has no filter route (gin's
   * plain-text 404, Core < 0.13.2). Only for resources whose GET list honours limit/offset.
   */
  allowGetFallback?: boolean;
}

/**
 * Per process and Blnk URL: resources whose lists go through the GET route, learned from the first refusal of
 * `POST /<resource>/filter`. Core counts every POST as a write (api/middleware/scope.go), so a key with only
 * read scopes gets 403 there but may read the GET lists; a Core older than 0.13.2 has no filter route at all.
 * Asking once and remembering keeps every later list to one call.
 */
const getListRoutes = new Map<string, GetListReason>();

/** Why a resource reads through GET: a key without write scope (Core ≥ 0.13.2), or a Core older than that. */
type GetListReason = "read-only-key" | "old-core";

/** Forget what was learned (tests; a changed key or URL in a long-lived process takes a restart). */
export function forgetListRoutes(): void {
  getListRoutes.clear();
}

/** One page via `POST /<resource>/filter`, tolerant of bare-array, `null` and `{data,total_count}` bodies. */
export async function filterPage<T>(
  resource: FilterResource,
  query: FilterQuery,
  row: z.ZodType<T>,
  options: FilterPageOptions = {},
): Promise<Page<T>> {
  const { allowGetFallback = false, ...call } = options;
  const body = buildFilterRequest(query);
  const routeKey = `${call.config?.baseUrl ?? getBlnkConfig().baseUrl} ${resource}`;
  const known = getListRoutes.get(routeKey);
  if (known) return getListPage(resource, query, body, row, call, known);
  try {
    return await blnkRequest("POST", `/${resource}/filter`, {
      ...call,
      body,
      schema: pageSchema(row),
      // A search: sending it twice changes nothing.
      idempotent: true,
    });
  } catch (error) {
    if (!(error instanceof BlnkError)) throw error;
    const readOnlyKey = error.kind === "forbidden" && error.missingScope === `${resource}:write`;
    const oldCore = allowGetFallback && error.isMissingEndpoint;
    if (!readOnlyKey && !oldCore) throw error;
    const reason = readOnlyKey ? "read-only-key" : "old-core";
    getListRoutes.set(routeKey, reason);
    return getListPage(resource, query, body, row, call, reason);
  }
}

// On Core ≥ 0.13.2 a GET list takes the filter path (limit and offset honoured, newest first) only when a
// query filter is present: without one, GET /identities returns every row and GET /ledgers caps limit at 20
// (api/identity.go, api/ledger.go). This filter matches every row. Older Cores have no query filters at all.
const MATCH_ALL: [string, string] = ["created_at_isnotnull", "true"];

/**
 * The same page from `GET /<resource>` with query filters. GET lists never count and are always newest
 * first, so a page asked in another order says so (`orderUnavailable`) instead of passing for sorted.
 */
async function getListPage<T>(
  resource: FilterResource,
  query: FilterQuery,
  body: ReturnType<typeof buildFilterRequest>,
  row: z.ZodType<T>,
  call: BlnkCallOptions,
  reason: GetListReason,
): Promise<Page<T>> {
  const filters = toQueryFilters(body.filters);
  const params: [string, string | number][] = [["limit", body.limit], ["offset", body.offset], ...filters];
  if (filters.length === 0 && reason === "read-only-key") params.push(MATCH_ALL);
  if (body.logical_operator) params.push(["logical_operator", body.logical_operator]);
  const page = await blnkRequest("GET", `/${resource}`, {
    ...call,
    query: params satisfies QueryParams,
    schema: pageSchema(row),
  });
  const newestFirst = (!query.sortBy || query.sortBy === "created_at") && query.sortOrder !== "asc";
  return newestFirst
    ? { items: page.items, totalCount: null }
    : { items: page.items, totalCount: null, orderUnavailable: true };
}
