import "server-only";
import { z } from "zod";
import { zMetadata } from "./json";
import { type BlnkCallOptions, blnkRequest } from "./request";
import type { Metadata } from "./types";

/**
 * `POST /:id/metadata` (blnk-api.md §5.6) for a balance, identity, ledger or transaction: Core merges
 * `metadata` into the record's, top-level keys winning (a key not sent stays; "" is stored as ""), and
 * answers the merged object (0.14.0 and later as `meta_data`, before as `metadata`). On a transaction Core also
 * writes it onto its child rows and answers only the keys sent. Before 0.15.3 only the master key may call it.
 */
export async function updateMetadata(
  id: string,
  metadata: Metadata,
  call?: BlnkCallOptions,
): Promise<Metadata | null> {
  const answer = await blnkRequest("POST", `/${encodeURIComponent(id)}/metadata`, {
    ...call,
    body: { meta_data: metadata },
    schema: z.object({ meta_data: zMetadata, metadata: zMetadata }),
  });
  return answer.meta_data ?? answer.metadata;
}
