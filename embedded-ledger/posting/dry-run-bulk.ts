// The bulk inflight routes with `dry_run: true` (respondBulkInflightPreview, api/transactions.go:735-791): every
// item projected on its own against the balances as they stand (Core runs the real items on a worker pool, in no
// order), an item that cannot be projected reported as its rejection, and nothing written.

import { CoreError } from "../http/errors";
import type { Queryable } from "../storage/db";
import { goErrorText } from "./bulk-inflight";
import { previewInflight } from "./dry-run-inflight";
import type { InflightAction } from "./inflight";
import { classifyMessage, emptyPreview, type Preview, previewJson } from "./preview-json";

const INDEPENDENT_NOTE =
  "items are dispatched across a worker pool, so each is projected independently against current balances and real execution order is not guaranteed";

/** The note for an ID given more than once (:755-768), the repeated IDs in first-repeat order. */
function repeatNote(ids: string[]): string | null {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const id of ids) {
    if (seen.has(id) && !repeated.includes(id)) repeated.push(id);
    seen.add(id);
  }
  if (repeated.length === 0) return null;
  return `transaction id appears more than once in this batch (${repeated.join(", ")}); the occurrences settle the same hold, so only one of them can succeed and which one is not determined`;
}

/**
 * An item whose ID resolves to nothing (:770-782): a rejection carrying the error's Go text, its code classified
 * (so a missing ID reads GEN_NOT_FOUND, not the single route's upgraded TXN_NOT_FOUND) and no reason, with the
 * fields Go leaves at zero: precise_amount "" and balances null.
 */
function unresolved(action: InflightAction, message: string): Preview {
  const code = classifyMessage(message)?.code ?? "TXN_VALIDATION_ERROR";
  return emptyPreview({
    wouldApply: false,
    operation: action,
    rejection: { code, reason: "", message },
    preciseAmount: null,
    balances: null,
  });
}

/** `requested[i]` is item i's resolved amount (0 for a void, which Core passes as nil). */
export async function previewBulkInflight(
  db: Queryable,
  action: InflightAction,
  items: { transactionId: string; requested: bigint }[],
) {
  const results: Preview[] = [];
  for (const { transactionId, requested } of items) {
    try {
      results.push(await previewInflight(db, transactionId, action, requested));
    } catch (error) {
      if (!(error instanceof CoreError)) throw error;
      results.push(unresolved(action, goErrorText(error)));
    }
  }
  const notes = [INDEPENDENT_NOTE];
  const repeat = repeatNote(items.map((item) => item.transactionId));
  if (repeat) notes.push(repeat);
  return {
    dry_run: true,
    would_apply: results.every((result) => result.wouldApply),
    cumulative: false,
    atomic: false,
    results: results.map(previewJson),
    notes,
  };
}
