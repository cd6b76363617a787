import "server-only";
import { cache } from "react";
import { type BlnkResult, blnkResult, getLedger, type Ledger } from "@/lib/blnk";

/**
 * One ledger. Cached per request: the route's layout (which turns "not found" into a 404 before anything
 * streams), its metadata and its page share one call.
 */
export const loadLedger = cache((id: string): Promise<BlnkResult<Ledger>> => blnkResult(() => getLedger(id)));
