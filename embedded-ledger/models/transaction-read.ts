// Transactions as Core's read routes answer them. Each route selects its own columns and scans them into
// model.Transaction, so fields it does not select are Go's zero values, and api/transactions.go:45-89
// (transformTransaction) then lifts `meta_data.inflight` to the top level. The ledger keeps the request flags in
// columns; Core keeps them in meta_data (transaction_queue.go:341-368, setTransactionMetadata), so the stored
// meta_data Core would read back is rebuilt from them here.

import { putParties, TRANSACTION_COLUMNS, type TransactionRow } from "../posting/transaction-json";
import { goMapOrder, ZERO_TIME } from "./balance-json";

/**
 * Which Core query produced the row:
 * - `id`: GET /transactions/:id, database/transaction_queries.go:40-44 (no effective_date);
 * - `reference`: GET /transactions/reference/:reference, :220-224 (no precision, no hash, no effective_date);
 * - `list`: GET /transactions (:276-281) and /transactions/filter (database/transaction_filters.go:74), which
 *   select the same columns, effective_date included.
 * None selects allow_overdraft, inflight or inflight_expiry_date, and none computes amount_string.
 */
export type ReadView = "id" | "reference" | "list";

// Postgres keeps microseconds; a JS Date holds milliseconds. The text keeps every digit Core would show.
const MICROS = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;

/** TRANSACTION_COLUMNS plus the times as microsecond UTC text. */
export const READ_COLUMNS = `${TRANSACTION_COLUMNS}, ${MICROS("created_at")} AS created_at_us, ${MICROS("effective_date")} AS effective_date_us`;

export type TransactionReadRow = TransactionRow & { created_at_us: string; effective_date_us: string | null };

/**
 * A Postgres TIMESTAMP as Go's time.Time marshals it (RFC3339Nano): UTC "Z", the fraction without trailing
 * zeros, and no fraction at all on a whole second.
 */
export function goTime(micros: string): string {
  const [whole, fraction = ""] = micros.split(".");
  const trimmed = fraction.replace(/0+$/, "");
  return `${whole}${trimmed ? `.${trimmed}` : ""}Z`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * meta_data as Core stores it for this row (the caller's keys plus `allow_overdraft: true` when it was set, and
 * `inflight: true` while the row is a hold or a queued hold), then transformTransaction: `inflight: true` moves
 * to the top level, and an emptied map is dropped.
 */
function coreMetadata(row: TransactionRow): { meta: Record<string, unknown> | null; inflight: boolean } {
  const meta: Record<string, unknown> = isObject(row.meta_data) ? { ...row.meta_data } : {};
  if (row.allow_overdraft) meta.allow_overdraft = true;
  let inflight = row.inflight;
  if (meta.inflight === true) {
    inflight = true;
    delete meta.inflight;
  }
  return { meta: Object.keys(meta).length > 0 ? meta : null, inflight };
}

/** The row as Core's `view` route answers it, keys in Go struct order (model/transaction.go:56-86). */
export function transactionReadJson(row: TransactionReadRow, view: ReadView): Record<string, unknown> {
  const { meta, inflight } = coreMetadata(row);
  const out: Record<string, unknown> = {
    precise_amount: row.precise_amount,
    amount: row.amount,
    precision: view === "reference" ? 0 : row.precision,
    overdraft_limit: 0,
    transaction_id: row.transaction_id,
    parent_transaction: row.parent_transaction,
  };
  putParties(out, row);
  out.hash = view === "reference" ? "" : row.hash;
  out.allow_overdraft = false;
  out.inflight = inflight;
  out.skip_queue = false;
  out.atomic = false;
  out.created_at = goTime(row.created_at_us);
  if (view === "list" && row.effective_date_us) out.effective_date = goTime(row.effective_date_us);
  out.scheduled_for = ZERO_TIME;
  out.inflight_expiry_date = ZERO_TIME;
  out.inflight_commit_date = ZERO_TIME;
  if (meta) out.meta_data = goMapOrder(meta);
  return out;
}
