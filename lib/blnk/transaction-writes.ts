import "server-only";
import { z } from "zod";
import { zAmount, zInt, zOptionalText, zText } from "./json";
import { type BlnkCallOptions, blnkRequest } from "./request";
import { transactionSchema } from "./transaction-schema";
import type { Metadata, Transaction } from "./types";

// The writes that move money: record a transaction, commit or void a hold, refund, and the bulk hold routes.
// Every one is sent with `skip_queue: true`, so Blnk answers with the outcome (APPLIED, INFLIGHT, VOID, or the
// refusal: insufficient funds, a duplicate reference) instead of a QUEUED row a worker decides later. None is
// ever resent here (lib/blnk/request.ts): exactly-once is the caller's job, with the reference as the key.

export interface RecordTransactionInput {
  /** Minor units, sent as a bare JSON integer: exact at any size. */
  preciseAmount: bigint;
  /** Blnk's multiplier (100 for 2 decimals), sent as an integer. */
  precision: bigint;
  currency: string;
  source: string;
  destination: string;
  description: string;
  reference: string;
  allowOverdraft: boolean;
  inflight: boolean;
  /** RFC 3339; only with `inflight`. */
  inflightExpiryDate?: string;
  /** RFC 3339, in the past. */
  effectiveDate?: string;
  metadata: Metadata;
}

function recordBody(input: RecordTransactionInput): Record<string, unknown> {
  const body: Record<string, unknown> = {
    precise_amount: input.preciseAmount,
    precision: input.precision,
    currency: input.currency,
    source: input.source,
    destination: input.destination,
    description: input.description,
    reference: input.reference,
    allow_overdraft: input.allowOverdraft,
    inflight: input.inflight,
    skip_queue: true,
    meta_data: input.metadata,
  };
  if (input.inflight && input.inflightExpiryDate) body.inflight_expiry_date = input.inflightExpiryDate;
  if (input.effectiveDate) body.effective_date = input.effectiveDate;
  return body;
}

/** `POST /transactions` with `skip_queue`: the stored transaction, APPLIED or INFLIGHT. */
export function recordTransaction(
  input: RecordTransactionInput,
  call?: BlnkCallOptions,
): Promise<Transaction> {
  return blnkRequest("POST", "/transactions", {
    ...call,
    body: recordBody(input),
    schema: transactionSchema,
  });
}

const projectionSchema = z
  .object({
    balance_id: zText,
    role: zText,
    currency: zText,
    virtual: z.boolean().nullish(),
    current_balance: zAmount,
    current_available: zAmount,
    current_inflight_debit_balance: zAmount,
    current_inflight_credit_balance: zAmount,
    resulting_balance: zAmount,
    resulting_inflight_debit_balance: zAmount,
    resulting_inflight_credit_balance: zAmount,
  })
  .transform((wire) => ({
    balanceId: wire.balance_id,
    role: wire.role,
    virtual: wire.virtual ?? false,
    // Blnk's inflight_balance is inflight credit minus inflight debit.
    before: {
      balance: wire.current_balance,
      inflight: wire.current_inflight_credit_balance - wire.current_inflight_debit_balance,
      /** What the source may spend: its balance less what holds keep back (and queued debits, when counted). */
      available: wire.current_available,
    },
    after: {
      balance: wire.resulting_balance,
      inflight: wire.resulting_inflight_credit_balance - wire.resulting_inflight_debit_balance,
    },
  }));

export type BalanceProjection = z.output<typeof projectionSchema>;

const previewSchema = z
  .object({
    dry_run: z.literal(true),
    would_apply: z.boolean(),
    rejection: z.object({ code: zText, reason: zOptionalText, message: zOptionalText }).nullish(),
    status: zOptionalText,
    balances: z.array(projectionSchema).nullish(),
    notes: z.array(z.string()).nullish(),
  })
  .transform((wire) => ({
    wouldApply: wire.would_apply,
    rejection: wire.rejection
      ? { code: wire.rejection.code, message: wire.rejection.message ?? wire.rejection.reason ?? "" }
      : null,
    status: wire.status,
    balances: wire.balances ?? [],
    notes: wire.notes ?? [],
  }));

/** Core's answer to a dry run (model/transaction_preview.go), with amounts as bigint. */
export type TransactionPreview = z.output<typeof previewSchema>;

/**
 * `POST /transactions` with `dry_run: true` (Core after 0.15.2): what the transaction would do, writing
 * nothing. Only for a server known to have dry runs: an older Core ignores the field and records it.
 */
export function previewRecordTransaction(
  input: RecordTransactionInput,
  call?: BlnkCallOptions,
): Promise<TransactionPreview> {
  return blnkRequest("POST", "/transactions", {
    ...call,
    body: { ...recordBody(input), dry_run: true },
    schema: previewSchema,
  });
}

export type InflightUpdate = { status: "commit"; preciseAmount?: bigint } | { status: "void" };

function inflightBody(update: InflightUpdate): Record<string, unknown> {
  const body: Record<string, unknown> = { status: update.status, skip_queue: true };
  if (update.status === "commit" && update.preciseAmount !== undefined)
    body.precise_amount = update.preciseAmount;
  return body;
}

/** `PUT /transactions/inflight/:id`: commits (all that is left, or part) or voids a hold; the new child row. */
export function updateInflight(
  id: string,
  update: InflightUpdate,
  call?: BlnkCallOptions,
): Promise<Transaction> {
  return blnkRequest("PUT", `/transactions/inflight/${encodeURIComponent(id)}`, {
    ...call,
    body: inflightBody(update),
    schema: transactionSchema,
  });
}

/** The same update as a dry run (Core after 0.15.2): the hold's balances before and after. */
export function previewInflight(id: string, update: InflightUpdate, call?: BlnkCallOptions) {
  return blnkRequest("PUT", `/transactions/inflight/${encodeURIComponent(id)}`, {
    ...call,
    body: { ...inflightBody(update), dry_run: true },
    schema: previewSchema,
  });
}

export interface RefundInput {
  /** Core after 0.15.2 stores these on the refund; older Cores ignore them (the caller knows which). */
  description?: string;
  metadata?: Metadata;
}

/** `POST /refund-transaction/:id`: the refund, source and destination swapped, parent = the original. */
export function refundTransaction(
  id: string,
  input: RefundInput,
  call?: BlnkCallOptions,
): Promise<Transaction> {
  const body: Record<string, unknown> = { skip_queue: true };
  if (input.description !== undefined) body.description = input.description;
  if (input.metadata !== undefined) body.meta_data = input.metadata;
  return blnkRequest("POST", `/refund-transaction/${encodeURIComponent(id)}`, {
    ...call,
    body,
    schema: transactionSchema,
  });
}

const bulkResultSchema = z.object({
  // Counts: lossless JSON reads every number as a LosslessNumber, which z.number() refuses.
  succeeded: zInt,
  failed: zInt,
  results: z.array(
    z
      .object({
        transaction_id: zText,
        status: zText,
        code: zOptionalText,
        message: zOptionalText,
      })
      .transform((wire) => ({
        transactionId: wire.transaction_id,
        status: wire.status,
        code: wire.code,
        message: wire.message,
      })),
  ),
});

export type BulkInflightResult = z.output<typeof bulkResultSchema>;

/** Core ≥ 0.14.2: `POST /transactions/inflight/bulk/commit|void`, up to 100 holds, one result per hold. */
export function bulkInflight(
  status: "commit" | "void",
  ids: readonly string[],
  call?: BlnkCallOptions,
): Promise<BulkInflightResult> {
  const body =
    status === "commit"
      ? { transactions: ids.map((transaction_id) => ({ transaction_id })), skip_queue: true }
      : { transaction_ids: ids, skip_queue: true };
  return blnkRequest("POST", `/transactions/inflight/bulk/${status}`, {
    ...call,
    body,
    schema: bulkResultSchema,
  });
}
