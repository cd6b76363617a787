// Committing and voiding inflight transactions, synchronously (Core's `skip_queue: true` path). Each action
// records a child row (parent_transaction = the inflight ID); what is already committed is the sum of the
// APPLIED children, so partial commits can never exceed the held amount.
import { randomUUID } from "node:crypto";
import { CoreError, conflict, notFound } from "../http/errors";
import { type LedgerContext, newId } from "../storage/context";
import type { Queryable } from "../storage/db";
import { amountFloat, preciseFromAmount } from "./amounts";
import { applyDeltas } from "./balances";
import { insertTransaction, STATUS } from "./record";
import { TRANSACTION_COLUMNS, type TransactionRow } from "./transaction-json";

export type InflightAction = "commit" | "void";

export type HeldState = { parent: TransactionRow; remaining: bigint };

export async function loadHeld(
  tx: Queryable,
  transactionId: string,
  action: InflightAction,
): Promise<HeldState> {
  const found = await tx.query<TransactionRow>(
    `SELECT ${TRANSACTION_COLUMNS} FROM transactions WHERE transaction_id = $1`,
    [transactionId],
  );
  const parent = found.rows[0];
  if (!parent) throw notFound("TXN_NOT_FOUND", `Transaction with ID '${transactionId}' not found`);
  if (parent.status !== STATUS.inflight) {
    throw new CoreError(400, "TXN_NOT_INFLIGHT", "transaction is not in inflight status");
  }
  const children = await tx.query<{ committed: bigint; voided: boolean }>(
    `SELECT COALESCE(SUM(precise_amount) FILTER (WHERE status = 'APPLIED'), 0)::numeric AS committed,
            COALESCE(bool_or(status = 'VOID'), false) AS voided
     FROM transactions WHERE parent_transaction = $1`,
    [transactionId],
  );
  const state = children.rows[0] ?? { committed: 0n, voided: false };
  if (state.voided) throw conflict("transaction has already been voided", "TXN_ALREADY_VOIDED");
  const remaining = parent.precise_amount - state.committed;
  if (remaining <= 0n)
    throw conflict(`cannot ${action}. Transaction already committed`, "TXN_ALREADY_COMMITTED");
  return { parent, remaining };
}

function money(parent: TransactionRow, precise: bigint): string {
  return `${parent.currency}${amountFloat(precise, parent.precision).toFixed(2)}`;
}

export function settlementAmount({ parent, remaining }: HeldState, requested: bigint): bigint {
  if (requested < 0n) throw new CoreError(400, "TXN_INVALID_AMOUNT", "commit amount cannot be negative");
  // Zero is Core's sentinel for "the whole remaining amount".
  if (requested === 0n) return remaining;
  if (requested > parent.precise_amount) {
    const message = `cannot commit more than the original transaction amount. Original: ${money(parent, parent.precise_amount)}, Requested: ${money(parent, requested)}`;
    throw new CoreError(400, "TXN_COMMIT_AMOUNT_EXCEEDED", message);
  }
  if (requested > remaining) {
    const message = `cannot commit more than the remaining amount. Available: ${money(parent, remaining)}, Requested: ${money(parent, requested)}`;
    throw new CoreError(400, "TXN_COMMIT_AMOUNT_EXCEEDED", message);
  }
  return requested;
}

function childRow(parent: TransactionRow, status: string, precise: bigint) {
  return {
    ...parent,
    transaction_id: newId("txn"),
    parent_transaction: parent.transaction_id,
    // Core gives settlement rows a fresh random reference; keeping the parent's as a prefix keeps them findable.
    reference: `${parent.reference}_${status === STATUS.void ? "void" : "commit"}_${randomUUID()}`,
    precise_amount: precise,
    status,
    inflight: false,
    created_at: null,
    effective_date: parent.effective_date ?? parent.created_at,
  };
}

/** How much to commit: `preciseAmount` (minor units) wins over `amount` (major units, × the parent's precision). */
export type CommitAmount = { preciseAmount?: bigint | null; amount?: number };

/**
 * Commits part or (when no positive amount is given) all of what an inflight transaction still holds: moves it
 * from the inflight columns to the applied ones on both balances and records an APPLIED child row.
 */
export function commitInflight(ctx: LedgerContext, transactionId: string, amount: CommitAmount = {}) {
  return ctx.transaction((tx) => commitInflightIn(tx, transactionId, amount));
}

/** commitInflight inside a transaction the caller holds (roll it back on a CoreError). */
export async function commitInflightIn(
  tx: Queryable,
  transactionId: string,
  { preciseAmount, amount = 0 }: CommitAmount = {},
): Promise<TransactionRow> {
  const held = await loadHeld(tx, transactionId, "commit");
  const requested = preciseAmount ?? preciseFromAmount(amount, held.parent.precision || 1);
  const settled = settlementAmount(held, requested);
  const { parent } = held;
  await applyDeltas(tx, parent.source, { inflightDebit: -settled, debit: settled });
  await applyDeltas(tx, parent.destination, { inflightCredit: -settled, credit: settled });
  return insertTransaction(tx, childRow(parent, STATUS.applied, settled));
}

/** Voids an inflight transaction: releases everything still held and records a VOID child row. */
export function voidInflight(ctx: LedgerContext, transactionId: string) {
  return ctx.transaction((tx) => voidInflightIn(tx, transactionId));
}

/** voidInflight inside a transaction the caller holds (roll it back on a CoreError). */
export async function voidInflightIn(tx: Queryable, transactionId: string): Promise<TransactionRow> {
  const { parent, remaining } = await loadHeld(tx, transactionId, "void");
  await applyDeltas(tx, parent.source, { inflightDebit: -remaining });
  await applyDeltas(tx, parent.destination, { inflightCredit: -remaining });
  return insertTransaction(tx, childRow(parent, STATUS.void, remaining));
}
