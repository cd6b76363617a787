// Core's queued path for `POST /transactions` (transaction_queue.go), used by the LEDGER_CORE_PROFILE profiles:
// the original is stored QUEUED and the worker records a copy that moves the money. The embedded ledger runs the
// worker step at once, in the same database transaction, so a read after the answer already sees the pair.
import { CoreError } from "../http/errors";
import { newId } from "../storage/context";
import type { Queryable } from "../storage/db";
import {
  checkInput,
  duplicateReference,
  insertTransaction,
  type PostingInput,
  recordTransactionIn,
  STATUS,
} from "./record";
import type { TransactionRow } from "./transaction-json";

/**
 * Stores `input` as Core's queue does and processes it: the QUEUED original (its own ID in
 * `meta_data.QUEUED_PARENT_TRANSACTION`, balances as sent), then the worker's copy (createQueueCopy: new ID,
 * parent = the original, reference `<reference>_q`, the original's `created_at`) posted APPLIED or INFLIGHT, or
 * stored REJECTED with `blnk_rejection_reason` when it cannot post (transaction_rejection.go). Returns the
 * original, which is what Core answers.
 */
export async function recordQueuedIn(tx: Queryable, input: PostingInput): Promise<TransactionRow> {
  const precision = checkInput(input);
  const used = await tx.query("SELECT 1 FROM transactions WHERE reference = $1", [input.reference]);
  if (used.rows.length > 0) throw duplicateReference(input.reference);
  const id = input.transactionId ?? newId("txn");
  const metaData = { ...(input.metaData ?? {}), QUEUED_PARENT_TRANSACTION: id };
  const inflight = input.inflight ?? false;
  const original = await insertTransaction(tx, {
    transaction_id: id,
    // A queued refund keeps the refunded transaction as its parent (transaction_refunds.go:203).
    parent_transaction: input.parentTransaction ?? "",
    source: input.source,
    destination: input.destination,
    reference: input.reference,
    precise_amount: input.preciseAmount,
    precision,
    currency: input.currency,
    description: input.description,
    status: STATUS.queued,
    allow_overdraft: input.allowOverdraft ?? false,
    inflight,
    created_at: input.createdAt ?? null,
    effective_date: input.effectiveDate ?? input.createdAt ?? null,
    inflight_expiry_date: inflight ? (input.inflightExpiryDate ?? null) : null,
    meta_data: metaData,
  });
  const copy: PostingInput = {
    ...input,
    transactionId: undefined,
    reference: `${input.reference}_q`,
    parentTransaction: id,
    createdAt: original.created_at,
    effectiveDate: original.effective_date,
    metaData,
  };
  await tx.query("SAVEPOINT queued_copy");
  try {
    await recordTransactionIn(tx, copy);
    await tx.query("RELEASE SAVEPOINT queued_copy");
  } catch (error) {
    if (!(error instanceof CoreError)) throw error;
    // The worker could not post it (funds, currency, balances): nothing moved; the copy is kept as REJECTED.
    await tx.query("ROLLBACK TO SAVEPOINT queued_copy");
    await insertTransaction(tx, {
      ...original,
      transaction_id: newId("txn"),
      parent_transaction: id,
      reference: copy.reference,
      status: STATUS.rejected,
      meta_data: { ...metaData, blnk_rejection_reason: error.message },
    });
  }
  return original;
}
