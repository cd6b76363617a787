import "server-only";
import { z } from "zod";
import type { FilterQuery } from "./filter";
import { MAX_PAGE_SIZE } from "./filter";
import { filterPage } from "./list";
import { type BlnkCallOptions, blnkRequest } from "./request";
import { identitySchema } from "./schemas";
import type { Identity, Page } from "./types";

export type FilterIdentitiesOptions = FilterQuery;

/** A page of identities via `POST /identities/filter` (GET /identities ignores limit/offset, so no fallback). */
export function filterIdentities(
  options: FilterIdentitiesOptions,
  call?: BlnkCallOptions,
): Promise<Page<Identity>> {
  return filterPage("identities", options, identitySchema, call);
}

/** One identity; `BlnkError` kind "not_found" when it does not exist. */
export function getIdentity(id: string, call?: BlnkCallOptions): Promise<Identity> {
  return blnkRequest("GET", `/identities/${encodeURIComponent(id)}`, { ...call, schema: identitySchema });
}

/**
 * Looks up many identities at once (e.g. the owners of a page of balances) with one `identity_id in [...]`
 * filter per 100 ids instead of one request per row. Ids that do not exist are simply absent from the map.
 */
export async function getIdentitiesByIds(
  ids: Iterable<string | null | undefined>,
  call?: BlnkCallOptions,
): Promise<Map<string, Identity>> {
  const unique = [...new Set([...ids].filter((id): id is string => typeof id === "string" && id !== ""))];
  const chunks: string[][] = [];
  for (let start = 0; start < unique.length; start += MAX_PAGE_SIZE) {
    chunks.push(unique.slice(start, start + MAX_PAGE_SIZE));
  }
  const pages = await Promise.all(
    chunks.map((chunk) =>
      filterIdentities(
        {
          filters: [{ field: "identity_id", operator: "in", values: chunk }],
          limit: chunk.length,
          offset: 0,
          includeCount: false,
        },
        call,
      ),
    ),
  );
  return new Map(pages.flatMap((page) => page.items.map((identity) => [identity.id, identity] as const)));
}

/** `POST /identities`: the profile (Core's JSON keys) and metadata; Core answers 201 with the identity. */
export function createIdentity(
  input: { profile: Record<string, string>; metadata?: Record<string, unknown> },
  call?: BlnkCallOptions,
): Promise<Identity> {
  const body: Record<string, unknown> = { ...input.profile };
  if (input.metadata !== undefined) body.meta_data = input.metadata;
  return blnkRequest("POST", "/identities", { ...call, body, schema: identitySchema });
}

/**
 * `PUT /identities/:id` with the changed fields only (Core's JSON keys). Core writes only non-empty strings
 * (so a field cannot be emptied) and never gets `meta_data` from here: it would replace the whole object.
 */
export async function updateIdentity(
  id: string,
  profile: Record<string, string>,
  call?: BlnkCallOptions,
): Promise<void> {
  await blnkRequest("PUT", `/identities/${encodeURIComponent(id)}`, {
    ...call,
    body: profile,
    schema: z.object({ message: z.string() }).loose(),
  });
}
