// `POST /transactions/inflight/bulk/{commit,void}` (api/transactions.go:807-973): each item settled on its own and
// reported in input order, a failure never stopping the rest, in Core's envelope
// `{succeeded, failed, results: [{transaction_id, status, code?, message?}]}` (api/model/transaction.go:176-193).

import { CoreError } from "../http/errors";
import type { LedgerContext } from "../storage/context";
import type { Queryable } from "../storage/db";
import type { BulkItem } from "./bulk-input";
import {
  type CommitAmount,
  commitInflightIn,
  type InflightAction,
  settlementAmount,
  voidInflightIn,
} from "./inflight";
import { STATUS } from "./record";
import { TRANSACTION_COLUMNS, type TransactionRow } from "./transaction-json";

export type BulkResult = { transaction_id: string; status: string; code?: string; message?: string };

/** classifyInflightError (transaction_inflight.go:922-946): a stable per-item code from the error's text. */
export function classifyInflightError(message: string): string {
  if (["transaction not found", "no rows in result set", "not found"].some((part) => message.includes(part)))
    return "NOT_FOUND";
  if (message.includes("has already been voided")) return "ALREADY_VOIDED";
  if (message.includes("Transaction already committed")) return "ALREADY_COMMITTED";
  if (message.includes("not in inflight status")) return "NOT_INFLIGHT";
  if (message.includes("cannot commit more than")) return "INVALID_AMOUNT";
  return message.includes("failed to acquire lock") ? "LOCKED" : "INTERNAL_ERROR";
}

/**
 * The error as Go's err.Error() reads: the datasource's not-found is an APIError, whose text is "NOT_FOUND:
 * <message>" (internal/apierror/apierror.go:50-52, database/transaction_queries.go:54-56).
 */
export const goErrorText = (error: CoreError) =>
  error.code === "TXN_NOT_FOUND" ? `NOT_FOUND: ${error.message}` : error.message;

const failed = (transactionId: string, message: string): BulkResult => ({
  transaction_id: transactionId,
  status: "failed",
  code: classifyInflightError(message),
  message,
});

/** toAPIResults (api/transactions.go:815-833) / queueBulkInflight's counts (:888-905): queued counts as success. */
export function envelope(results: BulkResult[]) {
  const failedCount = results.filter((result) => result.status === "failed").length;
  return { succeeded: results.length - failedCount, failed: failedCount, results };
}

const amountOf = (item: BulkItem): CommitAmount => ({
  preciseAmount: item.preciseAmount,
  amount: item.amount,
});

/**
 * skip_queue (and every 0.14.x call): BulkInflightUpdate (transaction_inflight.go:963-1015) commits or voids each
 * item as the single route does, each in its own database transaction. Core runs up to 8 at once, so a repeated
 * ID may also fail LOCKED there; here items run in order and a repeat finds the hold already settled.
 */
export async function settleEach(ctx: LedgerContext, action: InflightAction, items: BulkItem[]) {
  const results: BulkResult[] = [];
  for (const item of items) {
    const id = item.transactionId;
    try {
      await ctx.transaction((tx) =>
        action === "commit" ? commitInflightIn(tx, id, amountOf(item)) : voidInflightIn(tx, id),
      );
      results.push({ transaction_id: id, status: "succeeded" });
    } catch (error) {
      if (!(error instanceof CoreError)) throw error;
      results.push(failed(id, goErrorText(error)));
    }
  }
  return envelope(results);
}

/** The INFLIGHT rows an action on `id` settles (collectInflightLegs, database/transaction_grouping.go:335-377). */
async function inflightLegIds(db: Queryable, id: string, withSelf: boolean): Promise<string[]> {
  const found = await db.query<{ transaction_id: string }>(
    `SELECT transaction_id FROM transactions
     WHERE (${withSelf ? "transaction_id = $1 OR " : ""}parent_transaction = $1
            OR meta_data->>'QUEUED_PARENT_TRANSACTION' = $1) AND status = 'INFLIGHT'
     ORDER BY created_at DESC, transaction_id DESC`,
    [id],
  );
  return found.rows.map((row) => row.transaction_id);
}

async function committedOf(db: Queryable, id: string): Promise<bigint> {
  const sum = await db.query<{ committed: bigint }>(
    `SELECT COALESCE(SUM(precise_amount), 0)::numeric AS committed FROM transactions
     WHERE parent_transaction = $1 AND status = 'APPLIED'`,
    [id],
  );
  return sum.rows[0]?.committed ?? 0n;
}

/** The checks before a legs-only ID is queued (:766-793): some leg must still hold something. */
async function legsProblem(db: Queryable, id: string, action: InflightAction, missing: string) {
  const legs = await inflightLegIds(db, id, false);
  if (legs.length === 0) return missing;
  for (const leg of legs) {
    const found = await db.query<{ precise_amount: bigint }>(
      "SELECT precise_amount FROM transactions WHERE transaction_id = $1",
      [leg],
    );
    if ((found.rows[0]?.precise_amount ?? 0n) - (await committedOf(db, leg)) !== 0n) return null;
  }
  return `cannot ${action}. Transaction already committed`;
}

/**
 * preValidateInflightAction (transaction_inflight.go:760-847): the read-only checks before a commit or void is
 * queued, with Core's texts. A queued hold (QUEUED with the inflight flag) counts as a hold (IsInflightTransaction,
 * :79-84); an already settled one fails "cannot commit." whatever the action (checkTransactionCommitStatus).
 */
export async function queueProblem(db: Queryable, id: string, action: InflightAction, requested: bigint) {
  const found = await db.query<TransactionRow>(
    `SELECT ${TRANSACTION_COLUMNS} FROM transactions WHERE transaction_id = $1`,
    [id],
  );
  const row = found.rows[0];
  if (!row) return legsProblem(db, id, action, `NOT_FOUND: Transaction with ID '${id}' not found`);
  const hold = row.status === STATUS.inflight || (row.status === STATUS.queued && row.inflight);
  if (!hold) return legsProblem(db, id, action, "transaction is not in inflight status");
  const voided = await db.query(
    "SELECT 1 FROM transactions WHERE parent_transaction = $1 AND status = 'VOID'",
    [id],
  );
  if (voided.rows.length > 0) return "transaction has already been voided";
  const remaining = row.precise_amount - (await committedOf(db, id));
  if (remaining === 0n) return "cannot commit. Transaction already committed";
  if (action === "void") return null;
  try {
    settlementAmount({ parent: row, remaining }, requested);
    return null;
  } catch (error) {
    if (error instanceof CoreError) return error.message;
    throw error;
  }
}

const ALREADY_QUEUED = "a commit or void is already queued for this transaction"; // queue.go:66

/**
 * Core's queue worker for one accepted item (RunInflightActionByParent, transaction_inflight.go:704-749): every
 * INFLIGHT leg under the ID settled with the queued amount; a leg already settled is skipped, as Core acks it.
 */
async function runQueuedAction(ctx: LedgerContext, id: string, action: InflightAction, amount: bigint) {
  for (const leg of await inflightLegIds(ctx.db, id, true)) {
    try {
      await ctx.transaction((tx) =>
        action === "commit" ? commitInflightIn(tx, leg, { preciseAmount: amount }) : voidInflightIn(tx, leg),
      );
    } catch (error) {
      if (!(error instanceof CoreError)) throw error;
    }
  }
}

/**
 * Without skip_queue on 0.15.x: queueBulkInflight (api/transactions.go:888-905) checks and queues each item —
 * `queued`/QUEUED, or `queued`/ALREADY_QUEUED when its ID is already waiting (asynq's task ID is the transaction
 * ID, queue.go:84-107) — then the ledger runs the worker for what it accepted, still inside the request.
 */
export async function queueEach(
  ctx: LedgerContext,
  action: InflightAction,
  items: { transactionId: string; requested: bigint }[],
) {
  const results: BulkResult[] = [];
  const accepted = new Map<string, bigint>();
  for (const { transactionId: id, requested } of items) {
    if (accepted.has(id)) {
      results.push({ transaction_id: id, status: "queued", code: "ALREADY_QUEUED", message: ALREADY_QUEUED });
      continue;
    }
    const problem = await ctx.transaction((tx) => queueProblem(tx, id, action, requested));
    if (problem) {
      results.push(failed(id, problem));
      continue;
    }
    accepted.set(id, requested);
    results.push({ transaction_id: id, status: "queued", code: "QUEUED" });
  }
  for (const [id, amount] of accepted) await runQueuedAction(ctx, id, action, amount);
  return envelope(results);
}
