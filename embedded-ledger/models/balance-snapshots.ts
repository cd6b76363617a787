// `POST /balances-snapshots` (blnk api/balance.go TakeBalanceSnapshots, balance.go:504-570,
// database/balance.go TakeBalanceSnapshots): a copy of every balance's stored amounts, at most one per balance
// per day, which `GET /balances/:id/at` then starts from (models/balance-history.ts).

import { CoreError } from "../http/errors";
import type { Queryable } from "../storage/db";
import { goAtoi } from "./balance-list";

/** The largest value of the SQL function's `batch_size INTEGER` parameter. */
const INT32_MAX = 2_147_483_647n;

/**
 * `?batch_size` as Core reads it: `strconv.Atoi(c.DefaultQuery("batch_size", "1000"))`, refused unless > 0.
 * A present-but-empty value is "" to Atoi, so a 400 too.
 */
export function parseBatchSize(query: URLSearchParams): bigint {
  const batchSize = goAtoi(query.get("batch_size") ?? "1000");
  if (batchSize === null || batchSize <= 0n) {
    throw new CoreError(400, "GEN_VALIDATION_ERROR", "invalid batch_size value");
  }
  return batchSize;
}

/**
 * Core's `blnk.take_daily_balance_snapshots_batched` as its last migration defines it (sql/1740493523.sql):
 * every balance with no snapshot yet on today's date gets one, a copy of its stored amounts, currency and
 * meta_data, `snapshot_time` and `created_at` both the statement's `now()` (not the start of the day, as the
 * earlier 1740486534.sql had), and `last_tx_id` the newest transaction touching it, whatever its status. Core
 * walks the balances in batches of `batch_size` to bound its memory; the rows are the same taken at once. The
 * day is the session's (UTC here, as in Core's Docker set-up).
 */
const TAKE_SNAPSHOTS = `
INSERT INTO balance_snapshots (balance_id, ledger_id, balance, credit_balance, debit_balance, inflight_balance,
  inflight_credit_balance, inflight_debit_balance, currency, snapshot_time, created_at, last_tx_id, meta_data)
SELECT b.balance_id, b.ledger_id, b.balance, b.credit_balance, b.debit_balance, b.inflight_balance,
       b.inflight_credit_balance, b.inflight_debit_balance, b.currency, now(), localtimestamp,
       (SELECT t.transaction_id FROM transactions t
         WHERE t.source = b.balance_id OR t.destination = b.balance_id
         ORDER BY t.created_at DESC LIMIT 1),
       b.meta_data
  FROM balances b
 WHERE NOT EXISTS (SELECT 1 FROM balance_snapshots bs
                    WHERE bs.balance_id = b.balance_id
                      AND date_trunc('day', bs.snapshot_time) = date_trunc('day', now()))`;

/**
 * Takes the snapshots and returns how many it made. A `batch_size` past the SQL function's INTEGER makes
 * Core's call fail ("out of range for type integer") after it has answered 200: no snapshot is taken.
 */
export async function takeBalanceSnapshots(db: Queryable, batchSize: bigint): Promise<number> {
  if (batchSize > INT32_MAX) {
    throw new Error(`value "${batchSize}" is out of range for type integer`);
  }
  const result = await db.query(TAKE_SNAPSHOTS);
  return result.affectedRows ?? 0;
}
