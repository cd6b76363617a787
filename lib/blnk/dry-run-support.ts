import "server-only";
import { z } from "zod";
import { type BlnkConfig, getBlnkConfig } from "./config";
import { BlnkError } from "./errors";
import { blnkRequest } from "./request";

// Whether the Blnk server answers `dry_run` (Core after 0.15.2). An older Core does not know the field: Go's
// JSON binding ignores it and the request is carried out for real, so a preview is never sent to a server
// not known to have dry runs.
//
// The question is asked with a request that writes nothing on any version: a bulk void of a hold that does
// not exist, with `skip_queue` (so 0.15.x does not queue it). Core with dry runs answers its projection,
// `{"dry_run": true, …}` (api/transactions.go BulkVoidInflight → respondBulkInflightPreview); 0.14.2–0.15.2
// answer the bulk envelope with the item failed (not found); 0.13.x has no such route (404).

const NO_HOLD = "txn_00000000-0000-4000-8000-000000000000";
const REMEMBER_MS = 10 * 60_000;

const answer = z.looseObject({ dry_run: z.boolean().optional() });

const known = new Map<string, { supported: boolean; at: number }>();

/** True when the server is known to answer dry runs; false when it does not, or cannot be told. */
export async function supportsDryRun(
  config: BlnkConfig = getBlnkConfig(),
  now = Date.now(),
): Promise<boolean> {
  const remembered = known.get(config.baseUrl);
  if (remembered && now - remembered.at < REMEMBER_MS) return remembered.supported;
  let supported: boolean;
  try {
    const body = await blnkRequest("POST", "/transactions/inflight/bulk/void", {
      config,
      body: { transaction_ids: [NO_HOLD], skip_queue: true, dry_run: true },
      schema: answer,
    });
    supported = body.dry_run === true;
  } catch (error) {
    if (!(error instanceof BlnkError)) throw error;
    // A missing route is an old Core (remembered); anything else (unreachable, a key without the scope) is
    // not remembered, so the next preview asks again.
    if (!error.isMissingEndpoint) return false;
    supported = false;
  }
  known.set(config.baseUrl, { supported, at: now });
  return supported;
}

/** For tests: forget what each server answered. */
export function forgetDryRunSupport() {
  known.clear();
}
