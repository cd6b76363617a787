import "server-only";
import { type BlnkFilter, containsPattern, type FilterQuery } from "./filter";
import { filterPage } from "./list";
import { type BlnkCallOptions, blnkRequest } from "./request";
import { ledgerSchema } from "./schemas";
import type { Ledger, Metadata, Page } from "./types";

export interface ListLedgersOptions extends Omit<FilterQuery, "filters"> {
  /** Case-insensitive substring of the ledger name. */
  nameContains?: string;
  filters?: readonly BlnkFilter[];
}

/** A page of ledgers, newest first by default, via `POST /ledgers/filter`. */
export function listLedgers(options: ListLedgersOptions, call?: BlnkCallOptions): Promise<Page<Ledger>> {
  const { nameContains, filters = [], ...rest } = options;
  const name = nameContains?.trim();
  const all = name
    ? [...filters, { field: "name", operator: "ilike" as const, value: containsPattern(name) }]
    : filters;
  // GET /ledgers also pages (max 100), so older Cores without the filter route still work.
  return filterPage("ledgers", { ...rest, filters: all }, ledgerSchema, { ...call, allowGetFallback: true });
}

/** One ledger; `BlnkError` kind "not_found" when it does not exist. */
export function getLedger(id: string, call?: BlnkCallOptions): Promise<Ledger> {
  return blnkRequest("GET", `/ledgers/${encodeURIComponent(id)}`, { ...call, schema: ledgerSchema });
}

/** `POST /ledgers` (201): Core takes only the name and the metadata; a blank name is 400 "name: cannot be blank.". */
export function createLedger(
  input: { name: string; metadata?: Metadata },
  call?: BlnkCallOptions,
): Promise<Ledger> {
  const body: Record<string, unknown> = { name: input.name };
  if (input.metadata !== undefined) body.meta_data = input.metadata;
  return blnkRequest("POST", "/ledgers", { ...call, body, schema: ledgerSchema });
}
