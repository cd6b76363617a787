import "server-only";
import { cache } from "react";
import { type BlnkResult, blnkResult, getIdentity, type Identity } from "@/lib/blnk";

/**
 * One identity. Cached per request: the route's layout (which turns "not found" into a 404 before anything
 * streams), its metadata and its page share one call.
 */
export const loadIdentity = cache(
  (id: string): Promise<BlnkResult<Identity>> => blnkResult(() => getIdentity(id)),
);
