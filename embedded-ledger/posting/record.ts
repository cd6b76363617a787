// The posting engine: records one transaction and moves the money, all inside one database transaction, as
// Core does for `POST /transactions` with `skip_queue: true`. Used by the HTTP routes and by the demo seeder.

import { CoreError, conflict, validation } from "../http/errors";
import { toJson } from "../json";
import { type LedgerContext, newId } from "../storage/context";
import type { Queryable } from "../storage/db";
import { amountFloat, preciseFromAmount } from "./amounts";
import { applyDeltas, fundsError, resolveBalance } from "./balances";
import { TRANSACTION_COLUMNS, type TransactionRow, transactionHash } from "./transaction-json";

export type PostingInput = {
  /** A balance ID (`bln_…`) or an `@Indicator` (found or created in the General Ledger for `currency`). */
  source: string;
  destination: string;
  /** The amount in minor units; must be > 0. */
  preciseAmount: bigint;
  /** Minor units per major unit (100 for cents); a whole number, default 1. */
  precision?: number;
  currency: string;
  reference: string;
  description: string;
  allowOverdraft?: boolean;
  /** Core's overdraft_limit, in major units: how far below zero the source may go. */
  overdraftLimit?: number;
  /** Holds the amount (inflight debit/credit) until committed or voided. */
  inflight?: boolean;
  inflightExpiryDate?: Date | null;
  /** Defaults to `createdAt`. */
  effectiveDate?: Date | null;
  /** Defaults to now; the seeder passes earlier times to build a history. */
  createdAt?: Date;
  metaData?: Record<string, unknown> | null;
  /** The transaction this one belongs to (a queued original for its worker copy, a refunded one); default none. */
  parentTransaction?: string;
  /** The new row's ID when the caller already chose it (a refund names it in its errors); default a fresh one. */
  transactionId?: string;
};

export const STATUS = {
  applied: "APPLIED",
  inflight: "INFLIGHT",
  void: "VOID",
  queued: "QUEUED",
  rejected: "REJECTED",
} as const;

/** The domain invariants; the HTTP layer reports request problems first, with Core's exact messages. */
export function checkInput(input: PostingInput): number {
  const precision = input.precision ?? 1;
  if (!Number.isInteger(precision) || precision < 0) {
    throw validation("precision: precision must be an integer value.", "TXN_VALIDATION_ERROR");
  }
  if (input.preciseAmount <= 0n) {
    throw new CoreError(400, "TXN_VALIDATION_ERROR", "transaction precise amount must be positive");
  }
  for (const field of ["currency", "description", "destination", "reference", "source"] as const) {
    if (!input[field]) throw validation(`${field}: cannot be blank.`, "TXN_VALIDATION_ERROR");
  }
  if (input.source === input.destination) {
    throw validation(
      "destination: source and destination cannot be the same balance.",
      "TXN_VALIDATION_ERROR",
    );
  }
  return precision === 0 ? 1 : precision;
}

/** A row to insert: `amount` and `hash` are derived; a null `created_at`/`effective_date` means "now". */
export type NewRow = Omit<TransactionRow, "hash" | "amount" | "created_at"> & { created_at: Date | null };

// PGlite's clock has millisecond resolution, so "now" is nudged 1µs past the newest row: created_at then
// orders transactions exactly as they were recorded (lists are created_at DESC), even within one millisecond.
const STAMP = `COALESCE($15::timestamptz,
  GREATEST(clock_timestamp(), (SELECT max(created_at) + interval '1 microsecond' FROM transactions)))`;

/** Inserts a transaction row and returns it as stored. */
export async function insertTransaction(tx: Queryable, row: NewRow): Promise<TransactionRow> {
  const amount = amountFloat(row.precise_amount, row.precision);
  const hash = transactionHash({ ...row, amount });
  const meta = hasKeys(row.meta_data) ? toJson(row.meta_data) : null;
  const iso = (date: Date | null) => (date ? date.toISOString() : null);
  try {
    const result = await tx.query<TransactionRow>(
      `WITH stamp AS (SELECT ${STAMP} AS at)
       INSERT INTO transactions (transaction_id, parent_transaction, source, destination, reference, amount,
         precise_amount, precision, currency, description, status, hash, allow_overdraft, inflight, created_at,
         effective_date, inflight_expiry_date, meta_data)
       SELECT $1, $2, $3, $4, $5, $6, $7::numeric, $8, $9, $10, $11, $12, $13, $14, stamp.at,
         COALESCE($16::timestamptz, stamp.at), $17::timestamptz, $18::jsonb
       FROM stamp
       RETURNING ${TRANSACTION_COLUMNS}`,
      [
        row.transaction_id,
        row.parent_transaction,
        row.source,
        row.destination,
        row.reference,
        amount,
        row.precise_amount.toString(),
        row.precision,
        row.currency,
        row.description,
        row.status,
        hash,
        row.allow_overdraft,
        row.inflight,
        iso(row.created_at),
        iso(row.effective_date),
        iso(row.inflight_expiry_date),
        meta,
      ],
    );
    const stored = result.rows[0];
    if (!stored) throw new Error("transaction insert returned no row");
    return stored;
  } catch (error) {
    // The reference check runs first inside the same exclusive transaction; this is the constraint's backstop.
    if ((error as { code?: string }).code === "23505") throw duplicateReference(row.reference);
    throw error;
  }
}

function hasKeys(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && Object.keys(value).length > 0;
}

export const duplicateReference = (reference: string) =>
  conflict(`reference ${reference} has already been used`, "TXN_DUPLICATE_REFERENCE");

/**
 * Records a transaction synchronously: validates, resolves both balances (auto-creating `@Indicator` ones),
 * checks funds, moves the amount (inflight or applied) and inserts the row, atomically. Throws CoreError
 * with Core's status/code for every refusal; nothing is written then.
 */
export function recordTransaction(ctx: LedgerContext, input: PostingInput): Promise<TransactionRow> {
  return ctx.transaction((tx) => recordTransactionIn(tx, input));
}

/**
 * recordTransaction inside a database transaction the caller already holds (a seeder batching many postings
 * in one transaction). On a CoreError the caller's transaction must be rolled back: earlier statements of this
 * posting may have run.
 */
export async function recordTransactionIn(tx: Queryable, input: PostingInput): Promise<TransactionRow> {
  const precision = checkInput(input);
  const used = await tx.query("SELECT 1 FROM transactions WHERE reference = $1", [input.reference]);
  if (used.rows.length > 0) throw duplicateReference(input.reference);

  const source = await resolveBalance(tx, input.source, input.currency);
  const destination = await resolveBalance(tx, input.destination, input.currency);
  if (source.balance_id === destination.balance_id) {
    throw validation(
      "destination: source and destination cannot be the same balance.",
      "TXN_VALIDATION_ERROR",
    );
  }
  for (const [side, balance] of [
    ["source", source],
    ["destination", destination],
  ] as const) {
    if (balance.currency !== input.currency) {
      const message = `currency mismatch: transaction is ${input.currency} but ${side} balance ${balance.balance_id} is ${balance.currency}`;
      throw new CoreError(400, "TXN_VALIDATION_ERROR", message);
    }
  }

  const amount = input.preciseAmount;
  const inflight = input.inflight ?? false;
  const overdraftLimit = input.overdraftLimit ?? 0;
  // Core skips the check only for an unlimited overdraft; a limit lets the balance go down to −limit.
  const unchecked = (input.allowOverdraft ?? false) && overdraftLimit === 0;
  const floor = overdraftLimit > 0 ? -preciseFromAmount(overdraftLimit, precision) : 0n;
  const debit = inflight ? { inflightDebit: amount } : { debit: amount };
  const credit = inflight ? { inflightCredit: amount } : { credit: amount };
  const debited = await applyDeltas(
    tx,
    source.balance_id,
    debit,
    unchecked ? undefined : { spend: amount, floor },
  );
  if (!debited) throw fundsError(overdraftLimit);
  await applyDeltas(tx, destination.balance_id, credit);

  return insertTransaction(tx, {
    transaction_id: input.transactionId ?? newId("txn"),
    parent_transaction: input.parentTransaction ?? "",
    source: source.balance_id,
    destination: destination.balance_id,
    reference: input.reference,
    precise_amount: amount,
    precision,
    currency: input.currency,
    description: input.description,
    status: inflight ? STATUS.inflight : STATUS.applied,
    allow_overdraft: input.allowOverdraft ?? false,
    inflight,
    created_at: input.createdAt ?? null,
    effective_date: input.effectiveDate ?? input.createdAt ?? null,
    inflight_expiry_date: inflight ? (input.inflightExpiryDate ?? null) : null,
    meta_data: input.metaData ?? null,
  });
}
