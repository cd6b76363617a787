import { filterParamsOf, MAX_FILTERS_TEXT } from "@/lib/filters/url";
import { firstParam, type RawSearchParams } from "@/lib/search-params";
import { z } from "@/lib/zod";

/**
 * The Identities list's state in the URL (`?q=ada&page=2`), so a search can be shared and Back works. The same
 * parser runs on the server (page props) and in the browser.
 */
export const MAX_SEARCH_LENGTH = 200;

export const identitiesQuerySchema = z.object({
  q: z
    .string()
    .transform((text) => text.trim().slice(0, MAX_SEARCH_LENGTH))
    .catch(""),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  /** The table's filters as their URL parameters (lib/filters/url.ts). */
  filters: z.string().max(MAX_FILTERS_TEXT).optional().catch(undefined),
});

export type IdentitiesQuery = z.infer<typeof identitiesQuerySchema>;

export function parseIdentitiesQuery(params: RawSearchParams): IdentitiesQuery {
  const filters = filterParamsOf(params) || undefined;
  return identitiesQuerySchema.parse({
    q: firstParam(params, "q"),
    page: firstParam(params, "page"),
    filters,
  });
}

/** `/identities?…` for a search and page; page 1 and an empty search are left out. */
export function identitiesHref(query: { q?: string; page?: number; filters?: string | undefined }): string {
  const params = new URLSearchParams(query.filters ?? "");
  const q = query.q?.trim();
  if (q) params.set("q", q);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const text = params.toString();
  return text ? `/identities?${text}` : "/identities";
}
