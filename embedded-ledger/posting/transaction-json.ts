// Transaction rows → Core's JSON (model.Transaction, blnk-api.md §4.5), keys in Go struct order.
import { createHash } from "node:crypto";
import { goMapOrder, ZERO_TIME } from "../models/balance-json";
import { formatTime } from "../storage/context";
import { amountString, plainDecimal } from "./amounts";

export const TRANSACTION_COLUMNS =
  "transaction_id, parent_transaction, source, destination, reference, amount, precise_amount, precision, " +
  "currency, description, status, hash, allow_overdraft, inflight, created_at, effective_date, " +
  "inflight_expiry_date, meta_data";

export type TransactionRow = {
  transaction_id: string;
  parent_transaction: string;
  source: string;
  destination: string;
  reference: string;
  amount: number;
  precise_amount: bigint;
  precision: number;
  currency: string;
  description: string;
  status: string;
  hash: string;
  allow_overdraft: boolean;
  inflight: boolean;
  created_at: Date;
  effective_date: Date | null;
  inflight_expiry_date: Date | null;
  meta_data: unknown;
};

/** Request-only fields Core echoes in the create response but does not keep (no columns for them). */
export type TransactionEcho = { overdraftLimit?: number; skipQueue?: boolean; atomic?: boolean };

/** Core's HashTxn: sha256 over amount, reference, currency, source and destination. */
export function transactionHash(
  row: Pick<TransactionRow, "amount" | "reference" | "currency" | "source" | "destination">,
) {
  const data = `${plainDecimal(row.amount)}${row.reference}${row.currency}${row.source}${row.destination}`;
  return createHash("sha256").update(data).digest("hex");
}

function hasKeys(value: unknown): value is Record<string, unknown> {
  return (
    value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length > 0
  );
}

/**
 * `source` to `status`, in Go struct order, on both the create answer and the reads; `source`, `destination` and
 * `description` are omitempty in Go.
 */
export function putParties(out: Record<string, unknown>, row: TransactionRow): void {
  if (row.source) out.source = row.source;
  if (row.destination) out.destination = row.destination;
  out.reference = row.reference;
  out.currency = row.currency;
  if (row.description) out.description = row.description;
  out.status = row.status;
}

export function transactionJson(row: TransactionRow, echo: TransactionEcho = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {
    precise_amount: row.precise_amount,
    amount: row.amount,
    amount_string: amountString(row.precise_amount, row.precision),
    precision: row.precision,
    overdraft_limit: echo.overdraftLimit ?? 0,
    transaction_id: row.transaction_id,
    parent_transaction: row.parent_transaction,
  };
  putParties(out, row);
  out.hash = row.hash;
  out.allow_overdraft = row.allow_overdraft;
  out.inflight = row.inflight;
  out.skip_queue = echo.skipQueue ?? false;
  out.atomic = echo.atomic ?? false;
  out.created_at = formatTime(row.created_at);
  if (row.effective_date) out.effective_date = formatTime(row.effective_date);
  out.scheduled_for = ZERO_TIME;
  out.inflight_expiry_date = formatTime(row.inflight_expiry_date);
  out.inflight_commit_date = ZERO_TIME;
  if (hasKeys(row.meta_data)) out.meta_data = goMapOrder(row.meta_data);
  return out;
}
