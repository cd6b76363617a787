import "server-only";
import type { z } from "zod";
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

/** One page via `POST /<resource>/filter`, tolerant of bare-array, `null` and `{data,total_count}` bodies. */
export async function filterPage<T>(
  resource: FilterResource,
  query: FilterQuery,
  row: z.ZodType<T>,
  options: FilterPageOptions = {},
): Promise<Page<T>> {
  const { allowGetFallback = false, ...call } = options;
  const body = buildFilterRequest(query);
  try {
    return await blnkRequest("POST", `/${resource}/filter`, {
      ...call,
      body,
      schema: pageSchema(row),
      // A search: sending it twice changes nothing.
      idempotent: true,
    });
  } catch (error) {
    if (!allowGetFallback || !(error instanceof BlnkError) || !error.isMissingEndpoint) throw error;
  }

  // GET lists never return a count, and cannot sort. A Core this old may also ignore the query filters
  // (they arrived with the filter routes), which is the best an old server can do.
  const params: [string, string | number][] = [
    ["limit", body.limit],
    ["offset", body.offset],
    ...toQueryFilters(body.filters),
  ];
  if (body.logical_operator) params.push(["logical_operator", body.logical_operator]);
  const page = await blnkRequest("GET", `/${resource}`, {
    ...call,
    query: params satisfies QueryParams,
    schema: pageSchema(row),
  });
  return { items: page.items, totalCount: null };
}
