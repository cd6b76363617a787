// Bulk transaction history for benchmarks: M transaction rows between the customer balances of a scale-seeded
// ledger (seed/scale.ts) and internal `@indicator` balances, written with set-based SQL (one INSERT … SELECT FROM
// generate_series per chunk of slots, the balances updated once from every chunk's totals), never one API call
// per row, all in one database transaction.
//
// Measured on the project's 2-core machine: `npm run ledger:seed -- --transactions 1000000` into the data
// directory of `--balances 1000000` (1M balances, 1M deposits) took 195 s wall (191 s in the seed; a second run
// of the script alone, 175 s): about 9 s of set-up, 72-80 s for the 16 chunks, 90-100 s to update the balances,
// rebuild the 11 indexes and ANALYZE.
// (The same chunks with the indexes kept and the balances updated per chunk took 388 s.)
//
// The rows are the shapes the API and Core's queue produce:
// - APPLIED transfers (customer ↔ customer, @World top-ups, @Fees, @Payouts, @Interest);
// - card holds on @Cards: INFLIGHT originals, most committed (an APPLIED child) or voided (a VOID child, both
//   with parent_transaction = the hold and reference `<ref>_commit_<uuid>` / `<ref>_void_<uuid>`, as
//   posting/inflight.ts writes them), some still open (with or without an expiry date);
// - queued pairs: a QUEUED original with meta_data.QUEUED_PARENT_TRANSACTION = its own ID and its `<ref>_q`
//   child (same created_at, parent_transaction = the original), APPLIED or, one in ten, REJECTED;
// - a spread of currencies (weighted, USD most), created_at between the customer's creation and the seed's
//   start (a settlement minutes to days after its hold), effective_date = created_at except one original in
//   twenty backdated up to two days (children keep their parent's), `meta_data.channel` on a third.
//
// Balances stay consistent with the rows: for every balance touched, credit/debit grow by the APPLIED rows
// (commit and `_q` children included), inflight credit/debit by the holds still open, `balance` and
// `inflight_balance` are recomputed from them and `version` grows by one per posting (APPLIED, INFLIGHT and VOID
// rows), exactly what posting the same rows through the API leaves. No customer balance can go negative: a
// customer is the source of at most U rows (U = its currency's slots ÷ customers, rounded up) and each takes at
// most half its available amount ÷ U. @World and @Interest pay with allow_overdraft, as in the API.
import type { Db, Queryable } from "../storage/db";
import { APPLY_DELTAS_SQL, BLOCK_SLOTS, CHUNK_SQL, KINDS, PERIOD } from "./transactions-sql";

export type TransactionSeedOptions = {
  /** Transaction rows to write (children included). */
  transactions: number;
  /** The scale ledger whose customer balances take part; default the newest one seed/scale.ts made. */
  ledgerId?: string;
  /** Slots per INSERT statement (a slot is one row, or a parent and its child). */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  /**
   * Drop the transactions and balances indexes for the load and rebuild them after (default: when the run adds
   * at least a quarter of the rows the table holds, and 50,000 or more; rebuilding costs about a minute on a
   * table of two million rows, so a small run into a big table inserts into them instead).
   */
  rebuildIndexes?: boolean;
};

/** Currency, share of the slots (out of PERIOD), minor units per major unit, a typical top-up in major units. */
const CURRENCIES = [
  { currency: "USD", weight: 35, scale: "0.01", precision: 100, typical: 250 },
  { currency: "EUR", weight: 20, scale: "0.01", precision: 100, typical: 180 },
  { currency: "GBP", weight: 12, scale: "0.01", precision: 100, typical: 120 },
  { currency: "NGN", weight: 12, scale: "0.01", precision: 100, typical: 85_000 },
  { currency: "JPY", weight: 8, scale: "1", precision: 1, typical: 30_000 },
  { currency: "BTC", weight: 7, scale: "0.00000001", precision: 100_000_000, typical: 0.02 },
  { currency: "ETH", weight: 7, scale: "0.000000000000000001", precision: 1e18, typical: 0.5 },
];
/** The internal balances the flows use, per currency, in the General Ledger. */
const INTERNAL = ["@World", "@Fees", "@Payouts", "@Interest", "@Cards"] as const;
const BLOCK_ROWS = 26;
/** Multipliers spreading a currency's slots over its customers (one is coprime with any customer count). */
const PRIMES = [1_000_003, 999_983, 1_000_033, 1_000_037];

/** Slots needed for exactly `rows` rows: whole blocks, then one-row transfers. */
export function slotPlan(rows: number): { slots: number; patterned: number } {
  const blocks = Math.floor(rows / BLOCK_ROWS);
  const patterned = blocks * BLOCK_SLOTS;
  return { slots: patterned + (rows - blocks * BLOCK_ROWS), patterned };
}

/** The currency of each position of the PERIOD-slot pattern, spread out (largest remainder first). */
function currencyPattern(present: Set<string>) {
  const used = CURRENCIES.filter((entry) => present.has(entry.currency));
  const total = used.reduce((sum, entry) => sum + entry.weight, 0);
  const given = new Map<string, number>();
  const pattern: { pos: number; currency: string; rank: number }[] = [];
  for (let pos = 0; pos < PERIOD; pos++) {
    // The currency furthest behind its share so far gets this position.
    let best = used[0];
    let lag = Number.NEGATIVE_INFINITY;
    for (const entry of used) {
      const behind = ((pos + 1) * entry.weight) / total - (given.get(entry.currency) ?? 0);
      if (behind > lag) {
        lag = behind;
        best = entry;
      }
    }
    if (!best) break;
    const rank = given.get(best.currency) ?? 0;
    given.set(best.currency, rank + 1);
    pattern.push({ pos, currency: best.currency, rank });
  }
  return { pattern, perPeriod: given };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

type SeedCurrency = { currency: string; n: number };

/** The run's lookup tables (temporary, this connection only), and the internal balances. */
async function prepare(db: Queryable, ledgerId: string, slots: number) {
  await db.exec(`
    DROP TABLE IF EXISTS pg_temp.seed_customers, pg_temp.seed_currency, pg_temp.seed_currency_pos,
      pg_temp.seed_deltas;
    CREATE TEMP TABLE seed_customers (currency text, k int, balance_id text, budget numeric, created_at timestamptz);
    CREATE TEMP TABLE seed_deltas (balance_id text, credit numeric, debit numeric, inflight_credit numeric,
      inflight_debit numeric, posts int);
    CREATE TEMP TABLE seed_currency (currency text PRIMARY KEY, n int, p bigint, w int, scale numeric,
      precision float8, typical numeric, world text, fees text, payouts text, interest text, cards text);
    CREATE TEMP TABLE seed_currency_pos (pos int PRIMARY KEY, currency text, rank int);`);
  // Customers: the ledger's balances without an indicator.
  const counts = await db.query<SeedCurrency>(
    `SELECT currency, count(*)::int AS n FROM balances WHERE ledger_id = $1 AND indicator IS NULL
     GROUP BY currency HAVING count(*) >= 2`,
    [ledgerId],
  );
  const used = counts.rows.filter((row) => CURRENCIES.some((entry) => entry.currency === row.currency));
  if (used.length === 0) {
    throw new Error(`ledger ${ledgerId} has no currency with two customer balances to move money between`);
  }
  const { pattern, perPeriod } = currencyPattern(new Set(used.map((row) => row.currency)));
  const divisors = used.map(({ currency, n }) => {
    // How many slots of the run are this currency's: the bound on any one customer's uses as a source.
    const full = Math.floor(slots / PERIOD) * (perPeriod.get(currency) ?? 0);
    const partial = pattern.filter((row) => row.currency === currency && row.pos < slots % PERIOD).length;
    return 2 * Math.max(1, Math.ceil((full + partial) / n));
  });
  // Numbered per currency by creation; the budget is half of what the customer can spend, shared over its uses
  // (floor: whole minor units). The key is built after the load, with one sort.
  await db.query(
    `INSERT INTO seed_customers (currency, k, balance_id, budget, created_at)
     SELECT b.currency, (row_number() OVER (PARTITION BY b.currency ORDER BY b.created_at, b.balance_id) - 1)::int,
            b.balance_id, floor(greatest(b.balance - b.inflight_debit_balance, 0) / d.divisor), b.created_at
     FROM balances b JOIN unnest($2::text[], $3::int[]) AS d (currency, divisor) ON d.currency = b.currency
     WHERE b.ledger_id = $1 AND b.indicator IS NULL`,
    [ledgerId, used.map((row) => row.currency), divisors],
  );
  await db.exec("ALTER TABLE pg_temp.seed_customers ADD PRIMARY KEY (currency, k)");
  const earliest = await db.query<{ at: Date }>("SELECT min(created_at) AS at FROM seed_customers");
  // Internal balances a transfer needs, created before the customers so no row predates its balances.
  await db.query(
    `INSERT INTO balances (balance_id, ledger_id, indicator, currency, created_at)
     SELECT 'bln_' || gen_random_uuid(), 'general_ledger_id', indicator, currency, $3::timestamptz - interval '1 day'
     FROM unnest($1::text[]) AS indicator CROSS JOIN unnest($2::text[]) AS currency
     ON CONFLICT ON CONSTRAINT unique_indicator_currency DO NOTHING`,
    [INTERNAL, used.map((row) => row.currency), earliest.rows[0]?.at ?? new Date()],
  );
  for (const { currency, n } of used) {
    const entry = CURRENCIES.find((candidate) => candidate.currency === currency);
    if (!entry) continue;
    const p = PRIMES.find((prime) => gcd(prime, n) === 1) ?? 1;
    await db.query(
      `INSERT INTO seed_currency
       SELECT $1, $2, $3, $4, $5::numeric, $6, $7::numeric,
              max(balance_id) FILTER (WHERE indicator = '@World'), max(balance_id) FILTER (WHERE indicator = '@Fees'),
              max(balance_id) FILTER (WHERE indicator = '@Payouts'),
              max(balance_id) FILTER (WHERE indicator = '@Interest'), max(balance_id) FILTER (WHERE indicator = '@Cards')
       FROM balances WHERE currency = $1 AND indicator = ANY($8::text[])`,
      [
        currency,
        n,
        p,
        perPeriod.get(currency) ?? 0,
        entry.scale,
        entry.precision,
        String(entry.typical * entry.precision),
        INTERNAL,
      ],
    );
  }
  await db.query("INSERT INTO seed_currency_pos SELECT * FROM unnest($1::int[], $2::text[], $3::int[])", [
    pattern.map((row) => row.pos),
    pattern.map((row) => row.currency),
    pattern.map((row) => row.rank),
  ]);
  // Temporary tables are never auto-analyzed; without statistics the planner hashes all customers per chunk.
  await db.exec("ANALYZE pg_temp.seed_customers, pg_temp.seed_currency, pg_temp.seed_currency_pos");
}

type IndexDefinition = { table: string; name: string; constraint: string | null; definition: string };

/**
 * Drops the indexes (primary keys and unique constraints included) of `tables`, returning how to rebuild them.
 * A bulk load then writes only heap pages, and each index is rebuilt with one sort instead of a million random
 * inserts. Inside the seed's transaction, so any failure restores them; a constraint another table's foreign key
 * depends on is kept.
 */
async function dropIndexes(tx: Queryable, tables: string[]): Promise<IndexDefinition[]> {
  const found = await tx.query<IndexDefinition>(
    `SELECT i.tablename AS "table", i.indexname AS name, c.conname AS "constraint",
            CASE WHEN c.oid IS NULL THEN i.indexdef ELSE pg_get_constraintdef(c.oid) END AS definition
     FROM pg_indexes i
     LEFT JOIN pg_constraint c ON c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass
                               AND c.contype IN ('p', 'u')
     WHERE i.schemaname = current_schema() AND i.tablename = ANY($1::text[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = c.conindid)
     ORDER BY i.tablename, i.indexname`,
    [tables],
  );
  for (const index of found.rows) {
    await tx.exec(
      index.constraint
        ? `ALTER TABLE ${quoteIdent(index.table)} DROP CONSTRAINT ${quoteIdent(index.constraint)}`
        : `DROP INDEX ${quoteIdent(index.name)}`,
    );
  }
  return found.rows;
}

async function restoreIndexes(tx: Queryable, indexes: IndexDefinition[]) {
  for (const index of indexes) {
    await tx.exec(
      index.constraint
        ? `ALTER TABLE ${quoteIdent(index.table)} ADD CONSTRAINT ${quoteIdent(index.constraint)} ${index.definition}`
        : index.definition,
    );
  }
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The newest ledger seed/scale.ts made. */
async function newestScaleLedger(db: Db): Promise<string> {
  const found = await db.query<{ ledger_id: string }>(
    "SELECT ledger_id FROM ledgers WHERE meta_data->>'seeded' = 'scale' ORDER BY created_at DESC, ledger_id DESC LIMIT 1",
  );
  const id = found.rows[0]?.ledger_id;
  if (!id) throw new Error("no scale-seeded ledger: seed balances first (--balances <count>)");
  return id;
}

/**
 * Seeds the rows in one database transaction (all or nothing: an interrupted run leaves the ledger as it was),
 * the balances updated once at the end, and for a large run the two tables' indexes dropped for the load and
 * rebuilt after it.
 */
export async function seedTransactions(db: Db, options: TransactionSeedOptions) {
  const chunkSize = options.chunkSize ?? 50_000;
  const ledgerId = options.ledgerId ?? (await newestScaleLedger(db));
  const run = crypto.randomUUID().slice(0, 8);
  const { slots, patterned } = slotPlan(options.transactions);
  const startedAt = new Date().toISOString();
  const held = await db.query<{ rows: number }>(
    "SELECT greatest(reltuples, 0)::float8 AS rows FROM pg_class WHERE oid = 'transactions'::regclass",
  );
  const rebuild =
    options.rebuildIndexes ??
    (options.transactions >= 50_000 && options.transactions * 4 >= (held.rows[0]?.rows ?? 0));
  if (rebuild) {
    // A million customers fill PGlite's 8 MB of temporary buffers many times over; this only works before the
    // session's first temporary table, so a session that had one keeps its setting.
    await db.exec("SET temp_buffers = '256MB'").catch(() => undefined);
  }
  const rows = await db.transaction(async (tx) => {
    // Room for the chunk's aggregates and for the index sorts (PGlite's defaults are 4 MB and 64 MB).
    await tx.exec("SET LOCAL work_mem = '64MB'; SET LOCAL maintenance_work_mem = '256MB'");
    await prepare(tx, ledgerId, slots);
    const indexes = rebuild ? await dropIndexes(tx, ["transactions", "balances"]) : [];
    let done = 0;
    for (let start = 0; start < slots; start += chunkSize) {
      const end = Math.min(start + chunkSize, slots);
      await tx.query(CHUNK_SQL, [start, end, run, startedAt, patterned]);
      done = rowsBefore(end, patterned);
      options.onProgress?.(done, options.transactions);
    }
    await tx.exec("ANALYZE pg_temp.seed_deltas");
    await tx.exec(APPLY_DELTAS_SQL);
    await restoreIndexes(tx, indexes);
    await tx.exec(
      "DROP TABLE pg_temp.seed_customers, pg_temp.seed_currency, pg_temp.seed_currency_pos, pg_temp.seed_deltas",
    );
    return done;
  });
  await db.exec("ANALYZE balances, transactions");
  return { ledgerId, run, rows };
}

/** Rows written by the slots before `slot`. */
function rowsBefore(slot: number, patterned: number): number {
  const inPattern = Math.min(slot, patterned);
  // Whole blocks are BLOCK_ROWS rows; a chunk ends on a block edge unless chunkSize is not a multiple of 20.
  const blocks = Math.floor(inPattern / BLOCK_SLOTS);
  let rows = blocks * BLOCK_ROWS;
  for (let s = blocks * BLOCK_SLOTS; s < inPattern; s++) {
    const kind = KINDS[((s % BLOCK_SLOTS) * 7 + Math.floor(s / BLOCK_SLOTS)) % BLOCK_SLOTS];
    rows += kind === "plain" || kind === "open" ? 1 : 2;
  }
  return rows + Math.max(0, slot - patterned);
}
