// A balance at a point in time (`GET /balances/:id/at`, blnk database/balance.go `GetBalanceAtTime`) and the
// queued amounts of `?with_queued=true` (blnk database/transaction_queue.go `GetQueuedAmounts`).

import { CoreError } from "../http/errors";
import type { Queryable } from "../storage/db";

const INVALID_TIMESTAMP = "invalid timestamp format. Please use ISO 8601 format (e.g., 2024-01-01T15:04:05Z)";

// Go's time.Parse(time.RFC3339, …): the fallback parser takes a one-digit hour and a `.` or `,` fraction.
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{1,2}):(\d{2}):(\d{2})(?:[.,](\d+))?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

export type AtTime = {
  /**
   * The instant as UTC text Postgres accepts, or null when it precedes year 1 (no transaction can). It keeps
   * the nanoseconds Go keeps, and Postgres rounds them to its microseconds, as it does for the `time.Time`
   * lib/pq sends Core's query (`2006-01-02 15:04:05.999999999Z07:00`).
   */
  utc: string | null;
  /** Go's `time.Time.IsZero()`: exactly 0001-01-01T00:00:00Z, which Core refuses. */
  isZero: boolean;
  /** What Core echoes: `timestamp.Format(time.RFC3339)`, whole seconds in the offset it was given. */
  echo: string;
};

/** Go's zero time as `utc` writes it. */
const ZERO_TIME = "0001-01-01T00:00:00.000000000Z";

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** Parses `?timestamp=` like Core; throws 400 BAL_INVALID_TIMESTAMP. */
export function parseAtTime(text: string): AtTime {
  const match = RFC3339.exec(text);
  const invalid = new CoreError(400, "BAL_INVALID_TIMESTAMP", INVALID_TIMESTAMP);
  if (!match) throw invalid;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const fraction = match[7] ?? "";
  const offsetSign = match[9] === "-" ? -1 : 1;
  const offsetHours = Number(match[10] ?? 0);
  const offsetMinutes = Number(match[11] ?? 0);
  const inRange =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59;
  if (!inRange) throw invalid;

  const offset = match[8] ? "Z" : `${match[9]}${pad(offsetHours)}:${pad(offsetMinutes)}`;
  const clock = `${pad(hour)}:${pad(minute)}:${pad(second)}`;
  // Format's Z07:00 writes "Z" for any zero offset, "+00:00" included.
  const echoOffset = offsetHours === 0 && offsetMinutes === 0 ? "Z" : offset;
  const echo = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${clock}${echoOffset}`;

  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  instant.setUTCHours(hour, minute - offsetSign * (offsetHours * 60 + offsetMinutes), second, 0);
  if (instant.getUTCFullYear() < 1) return { utc: null, isZero: false, echo };
  // Go's parser keeps nine digits of the fraction and drops the rest.
  const nanos = fraction.slice(0, 9).padEnd(9, "0");
  const date = `${pad(instant.getUTCFullYear(), 4)}-${pad(instant.getUTCMonth() + 1)}-${pad(instant.getUTCDate())}`;
  const time = `${pad(instant.getUTCHours())}:${pad(instant.getUTCMinutes())}:${pad(instant.getUTCSeconds())}`;
  const utc = `${date}T${time}.${nanos}Z`;
  return { utc, isZero: utc === ZERO_TIME, echo };
}

/** Now, as Core's default (`time.Now().UTC()`). */
export function nowAtTime(): AtTime {
  const now = new Date();
  return { utc: now.toISOString(), isZero: false, echo: `${now.toISOString().slice(0, 19)}Z` };
}

/** Core's start without a snapshot: Go's zero time, so a transaction effective at exactly that instant is out. */
const GENESIS = "0001-01-01T00:00:00Z";

/**
 * Credit and debit totals at `at`, in one query, as Core's GetBalanceAtTime adds them up: unless `fromSource`,
 * from the latest snapshot taken at or before `at` (getMostRecentSnapshot), then every APPLIED transaction
 * effective after the snapshot and at or before `at` (fetchTransactions: effective_date, else created_at).
 * Without a snapshot, or with `fromSource`, from genesis. A snapshot holds the stored amounts, so it is what
 * the balance row said then, even where that differs from its transactions.
 */
export async function totalsAt(db: Queryable, balanceId: string, at: AtTime, fromSource: boolean) {
  if (at.utc === null) return { credit: 0n, debit: 0n };
  const result = await db.query<{ credit: bigint; debit: bigint }>(
    `WITH snapshot AS (
       SELECT credit_balance, debit_balance, snapshot_time FROM balance_snapshots
        WHERE NOT $3::boolean AND balance_id = $1 AND snapshot_time <= $2::timestamptz
        ORDER BY snapshot_time DESC LIMIT 1
     )
     SELECT COALESCE((SELECT credit_balance FROM snapshot), 0)
              + COALESCE(SUM(precise_amount) FILTER (WHERE destination = $1), 0) AS credit,
            COALESCE((SELECT debit_balance FROM snapshot), 0)
              + COALESCE(SUM(precise_amount) FILTER (WHERE source = $1), 0) AS debit
       FROM transactions
      WHERE (source = $1 OR destination = $1)
        AND status = 'APPLIED'
        AND COALESCE(effective_date, created_at)
              > COALESCE((SELECT snapshot_time FROM snapshot), $4::timestamptz)
        AND COALESCE(effective_date, created_at) <= $2::timestamptz`,
    [balanceId, at.utc, fromSource, GENESIS],
  );
  const row = result.rows[0];
  return { credit: row?.credit ?? 0n, debit: row?.debit ?? 0n };
}

/**
 * Amounts of QUEUED transactions the worker has not processed yet. The embedded ledger posts synchronously,
 * so this is normally 0; the query is Core's, so rows recorded the queued way still count correctly.
 */
export async function queuedAmounts(db: Queryable, balanceId: string) {
  const unprocessed = `NOT EXISTS (SELECT 1 FROM transactions child
      WHERE child.parent_transaction = t.transaction_id
        AND child.status IN ('APPLIED', 'REJECTED', 'VOID', 'INFLIGHT'))`;
  const result = await db.query<{ debit: bigint; credit: bigint }>(
    `SELECT
       (SELECT COALESCE(SUM(t.precise_amount), 0) FROM transactions t
         WHERE t.source = $1 AND t.status = 'QUEUED' AND ${unprocessed}) AS debit,
       (SELECT COALESCE(SUM(t.precise_amount), 0) FROM transactions t
         WHERE t.destination = $1 AND t.source <> $1 AND t.status = 'QUEUED' AND ${unprocessed}) AS credit`,
    [balanceId],
  );
  const row = result.rows[0];
  return { debit: row?.debit ?? 0n, credit: row?.credit ?? 0n };
}
