import "server-only";
import type { BlnkFilter, FilterQuery } from "./filter";
import type { Metadata, Page } from "./types";

// Exactly-once creates: every create form sends a request ID generated once per form, and it goes into the new
// record's metadata. A retry whose first answer never came looks the record up by that ID before creating
// anything, so a double click or a lost answer never makes two records.

/** The metadata key that makes a retried submission recognisable. The schemas reserve the `ledger_desk_` prefix. */
export const REQUEST_ID_KEY = "ledger_desk_request_id";

/**
 * The record an earlier attempt of this form created, or null: one `meta_data.ledger_desk_request_id eq`
 * filter (plus `scope`, e.g. the ledger a balance was created in) through the resource's own list call.
 */
export async function findByRequestId<T extends { metadata: Metadata | null }>(
  list: (query: FilterQuery) => Promise<Page<T>>,
  requestId: string,
  scope: readonly BlnkFilter[] = [],
): Promise<T | null> {
  const page = await list({
    filters: [...scope, { field: `meta_data.${REQUEST_ID_KEY}`, operator: "eq", value: requestId }],
    limit: 1,
    offset: 0,
    includeCount: false,
  });
  // A Core too old for POST /…/filter answers its GET list, which may ignore the filter and return any
  // record: only one that really carries this request ID counts as an earlier success.
  return page.items.find((record) => record.metadata?.[REQUEST_ID_KEY] === requestId) ?? null;
}
