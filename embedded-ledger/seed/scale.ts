// Bulk data for benchmarks: N customer balances, each funded by one APPLIED deposit from @World, written
// with set-based SQL in chunks (minutes for a million, where one HTTP call per row would take hours). The
// rows obey the same invariants as the API's: balance = credit − debit, and @World is debited by the sum.
import type { Db } from "../storage/db";

export type ScaleSeedOptions = {
  balances: number;
  /** Rows per chunk (one transaction each). */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Row numbering starts here (tests use it to reach the row numbers of a large seed cheaply). */
  firstIndex?: number;
};

const CURRENCIES = ["USD", "EUR", "GBP", "NGN", "JPY", "BTC", "ETH"];

export async function seedScale(db: Db, options: ScaleSeedOptions) {
  const chunkSize = options.chunkSize ?? 50_000;
  const first = options.firstIndex ?? 0;
  const ledgerId = `ldg_${crypto.randomUUID()}`;
  const run = crypto.randomUUID().slice(0, 8);
  await db.query("INSERT INTO ledgers (ledger_id, name, meta_data) VALUES ($1, $2, $3::jsonb)", [
    ledgerId,
    `Scale ${options.balances.toLocaleString("en-US")}`,
    JSON.stringify({ seeded: "scale", run }),
  ]);
  const currencies = `ARRAY[${CURRENCIES.map((c) => `'${c}'`).join(",")}]`;
  for (let start = 0; start < options.balances; start += chunkSize) {
    const end = Math.min(start + chunkSize, options.balances);
    await db.transaction(async (tx) => {
      // Amounts vary per row and reach 10^24 for ETH-like values, so exactness is exercised at scale too.
      await tx.query(
        `WITH rows AS (
           SELECT i,
                  'bln_' || gen_random_uuid() AS balance_id,
                  (${currencies})[1 + (i % ${CURRENCIES.length})] AS currency,
                  ((i::bigint * 7919) % 1000000 + 1)::numeric * (CASE WHEN i % ${CURRENCIES.length} = 6 THEN 1000000000000000000 ELSE 100 END)::numeric AS amount,
                  now() - make_interval(secs => $3::int - i) AS created_at
           FROM generate_series($1::int, $2::int - 1) AS i
         ), new_balances AS (
           INSERT INTO balances (balance_id, ledger_id, currency, balance, credit_balance, created_at, meta_data)
           SELECT balance_id, $4, currency, amount, amount, created_at, NULL FROM rows
           RETURNING balance_id, currency, credit_balance, created_at
         )
         INSERT INTO transactions (transaction_id, source, destination, reference, amount, precise_amount,
                                   precision, currency, description, status, created_at, effective_date)
         SELECT 'txn_' || gen_random_uuid(), '@World:' || currency, balance_id,
                'scale-' || $5 || '-' || balance_id, 0, credit_balance, 1, currency, 'Scale seed deposit', 'APPLIED',
                created_at, created_at
         FROM new_balances`,
        [start + first, end + first, options.balances + first, ledgerId, run],
      );
    });
    options.onProgress?.(end, options.balances);
  }
  await settleWorld(db, ledgerId);
  return { ledgerId };
}

/**
 * Creates (or reuses) one @World balance per currency in the General Ledger and debits it by the deposits,
 * then points the deposits' source at it.
 */
async function settleWorld(db: Db, ledgerId: string) {
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO balances (balance_id, ledger_id, indicator, currency)
       SELECT DISTINCT ON (currency) 'bln_' || gen_random_uuid(), 'general_ledger_id', '@World', currency
       FROM balances WHERE ledger_id = $1
       ON CONFLICT ON CONSTRAINT unique_indicator_currency DO NOTHING`,
      [ledgerId],
    );
    await tx.query(
      `WITH sums AS (
         SELECT currency, sum(credit_balance) AS total FROM balances WHERE ledger_id = $1 GROUP BY currency
       )
       UPDATE balances w SET debit_balance = w.debit_balance + sums.total,
                             balance = w.credit_balance - (w.debit_balance + sums.total),
                             version = w.version + 1
       FROM sums WHERE w.indicator = '@World' AND w.currency = sums.currency`,
      [ledgerId],
    );
    await tx.query(
      `UPDATE transactions t SET source = w.balance_id
       FROM balances w
       WHERE t.source = '@World:' || w.currency AND w.indicator = '@World'`,
    );
  });
}
