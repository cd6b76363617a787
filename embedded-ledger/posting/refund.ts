// `POST /refund-transaction/:id` (api/transactions.go:242-284): Core refunds every row the refundable query finds
// for the ID, one after another, each with its own checks and its own write, then answers the first refund or the
// errors of all that failed (ProcessTransactionInBatches, transaction_batch_processing.go:59-132, one worker).

import { randomUUID } from "node:crypto";
import { CoreError } from "../http/errors";
import type { CoreProfile } from "../http/profile";
import { type LedgerContext, newId } from "../storage/context";
import type { Queryable } from "../storage/db";
import { classifyMessage, processingError } from "./preview-json";
import { recordQueuedIn } from "./queued";
import { type PostingInput, recordTransactionIn, STATUS } from "./record";
import { TRANSACTION_COLUMNS, type TransactionRow } from "./transaction-json";

/**
 * GetRefundableTransactionsByParentID (database/transaction_refunds.go:32-53, the same query since 0.13.2): the
 * transaction itself when APPLIED, its APPLIED or VOID children (commits and voids of a hold, a skip_queue refund,
 * a queued original's worker copy), and APPLIED rows naming it as queued parent; newest first. Core pages this
 * while it writes; the ledger reads the set once.
 */
export async function refundableLegs(db: Queryable, id: string): Promise<TransactionRow[]> {
  const found = await db.query<TransactionRow>(
    `SELECT ${TRANSACTION_COLUMNS} FROM transactions
     WHERE (transaction_id = $1 AND status = 'APPLIED')
        OR (parent_transaction = $1 AND status IN ('APPLIED', 'VOID'))
        OR (status = 'APPLIED' AND meta_data->>'QUEUED_PARENT_TRANSACTION' = $1)
     ORDER BY created_at DESC, transaction_id DESC`,
    [id],
  );
  return found.rows;
}

/**
 * IsTransactionRefunded (database/transaction_queue.go:227-251): a child of `leg` that runs the other way. It is
 * the only double-refund guard, and it is per leg: a skip_queue refund is itself an APPLIED child of what it
 * refunds, so refunding that transaction again also refunds the refund (before failing on the original).
 */
export async function refundProblem(db: Queryable, leg: TransactionRow): Promise<string | null> {
  // validateTransactionForRefund's status gate (transaction_refunds.go:151-158); the query only finds these.
  if (leg.status !== STATUS.applied && leg.status !== STATUS.void) {
    return `transaction ${leg.transaction_id} cannot be refunded in status ${leg.status} (only APPLIED or VOID)`;
  }
  const reversed = await db.query(
    "SELECT 1 FROM transactions WHERE parent_transaction = $1 AND source = $2 AND destination = $3 LIMIT 1",
    [leg.transaction_id, leg.destination, leg.source],
  );
  return reversed.rows.length > 0 ? `transaction ${leg.transaction_id} has already been refunded` : null;
}

export type RefundOptions = {
  skipQueue: boolean;
  /** Replaces the reversal's description when not empty (HEAD only). */
  description: string;
  /** Merged over the refunded row's meta_data, these keys winning (HEAD only). */
  metaData: Record<string, unknown> | null;
};

/**
 * prepareRefundTransaction (transaction_refunds.go:199-238): source and destination swapped, the refunded row as
 * parent, overdraft allowed (so no funds check), and a refund of a VOID settlement is itself a hold. Core does
 * not read the refunded row's effective date or expiry (database/transaction_queries.go:40-44), so the refund
 * takes its own creation time.
 */
export function refundInput(leg: TransactionRow, options: RefundOptions, profile: CoreProfile): PostingInput {
  const inherited = leg.meta_data !== null && typeof leg.meta_data === "object" ? leg.meta_data : {};
  const merged =
    options.metaData && Object.keys(options.metaData).length > 0
      ? { ...inherited, ...options.metaData }
      : inherited;
  return {
    transactionId: newId("txn"),
    source: leg.destination,
    destination: leg.source,
    preciseAmount: leg.precise_amount,
    precision: leg.precision || 1,
    currency: leg.currency,
    // `<id>_refund` since 0.15.0; a random `ref_<uuid>` before (model.GenerateUUIDWithSuffix("ref")).
    reference: profile.refundReferenceFromParent ? `${leg.transaction_id}_refund` : `ref_${randomUUID()}`,
    description: options.description || leg.description,
    allowOverdraft: true,
    overdraftLimit: 0,
    inflight: leg.status === STATUS.void,
    metaData: merged as Record<string, unknown>,
    parentTransaction: leg.transaction_id,
  };
}

/** One leg, as RefundTransactionWithOptions (transaction_refunds.go:259-298) runs it; its own database transaction. */
async function refundLeg(
  ctx: LedgerContext,
  legId: string,
  options: RefundOptions,
): Promise<{ row: TransactionRow } | { error: string }> {
  const queued = ctx.profile.queuedPairs && !options.skipQueue;
  try {
    return await ctx.transaction(async (tx) => {
      const found = await tx.query<TransactionRow>(
        `SELECT ${TRANSACTION_COLUMNS} FROM transactions WHERE transaction_id = $1`,
        [legId],
      );
      const leg = found.rows[0];
      if (!leg) return { error: `transaction ${legId} not found in DB or queue` };
      const problem = await refundProblem(tx, leg);
      if (problem) return { error: problem };
      const input = refundInput(leg, options, ctx.profile);
      try {
        return { row: queued ? await recordQueuedIn(tx, input) : await recordTransactionIn(tx, input) };
      } catch (error) {
        if (!(error instanceof CoreError)) throw error;
        throw new LegFailure(`failed to queue refund transaction ${input.transactionId}: ${error.message}`);
      }
    });
  } catch (error) {
    // The leg's own writes are rolled back; earlier legs stay refunded, as in Core.
    if (error instanceof LegFailure) return { error: error.message };
    throw error;
  }
}

class LegFailure extends Error {}

/**
 * The failure as the handler answers it: respondError with GEN_BAD_REQUEST as default and GEN_NOT_FOUND upgraded
 * to TXN_NOT_FOUND (api/transactions.go:274-277); before 0.15 a blanket 400 `{"error": message}`.
 */
export function refundFailure(
  message: string,
  profile: CoreProfile,
  fixed?: { code: string; status: number },
) {
  if (profile.legacyErrors) return new CoreError(400, fixed?.code ?? "GEN_BAD_REQUEST", message);
  const classified = fixed ?? classifyMessage(message) ?? { code: "GEN_BAD_REQUEST", status: 400 };
  const code = classified.code === "GEN_NOT_FOUND" ? "TXN_NOT_FOUND" : classified.code;
  return new CoreError(code === "TXN_NOT_FOUND" ? 404 : classified.status, code, message);
}

/**
 * Refunds `id`. Returns the refunds made in order (the route answers the first); throws Core's error when nothing
 * was refundable (404 "no transaction to refund") or any leg failed, even if others were refunded.
 */
export async function refundTransaction(
  ctx: LedgerContext,
  id: string,
  options: RefundOptions,
): Promise<TransactionRow[]> {
  const legs = await refundableLegs(ctx.db, id);
  if (legs.length === 0) {
    throw refundFailure("no transaction to refund", ctx.profile, { code: "TXN_NOT_FOUND", status: 404 });
  }
  const refunds: TransactionRow[] = [];
  const errors: string[] = [];
  for (const leg of legs) {
    const outcome = await refundLeg(ctx, leg.transaction_id, options);
    if ("row" in outcome) refunds.push(outcome.row);
    else errors.push(outcome.error);
  }
  if (errors.length > 0) throw refundFailure(processingError(errors), ctx.profile);
  return refunds;
}
