// `npm run bench:recompute`: how long Core's from-source recomputation (Health's "Matches its transactions")
// takes per transaction, to set RECOMPUTE_MAX_TRANSACTIONS from a measurement rather than a guess.
//
// Core answers `GET /balances/:id/at?from_source=true` by reading every APPLIED transaction of the balance in
// one query and adding them up row by row (database/balance.go fetchTransactions + calculateBalanceFromTransactions,
// inside a 30 s transaction). No Go toolchain or Core image is on these machines, so this runs that exact query,
// with Core's indexes, on a real PostgreSQL server, and streams every row into a client that parses and adds
// each amount exactly (the work Go's loop does). Go's database/sql decodes rows at least as fast as node-pg, so
// the figures are an upper bound for Core on the same hardware.
import { writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import {
  RECOMPUTE_MAX_TRANSACTIONS,
  RECOMPUTE_TIMEOUT_MS,
} from "@/app/(dashboard)/balances/[id]/_lib/limits";
import { startPostgres } from "../../e2e/support/postgres";

const SIZES = [10_000, 50_000, 200_000, 1_000_000];
const RUNS = 3;
const BALANCE = "bln_measured";
const ROOT = path.resolve(__dirname, "../..");

// Core's columns that the query reads, and the indexes it has on them (sql/1768315575.sql, 1721227454.sql).
const SCHEMA = `
CREATE SCHEMA blnk;
CREATE TABLE blnk.transactions (
  transaction_id text PRIMARY KEY, source text, destination text, precise_amount numeric(64, 0),
  status text, created_at timestamptz NOT NULL, effective_date timestamptz, reference text);
CREATE INDEX idx_transactions_source ON blnk.transactions (source);
CREATE INDEX idx_transactions_destination ON blnk.transactions (destination);
CREATE INDEX idx_transactions_status ON blnk.transactions (status);
CREATE INDEX blnk_transactions_created_at_source_idx ON blnk.transactions (created_at, source);
CREATE INDEX blnk_transactions_created_at_destination_idx ON blnk.transactions (created_at, destination);`;

// fetchTransactions, word for word.
const SCAN = `
SELECT precise_amount, source, destination, created_at, COALESCE(effective_date, created_at) as effective_date
FROM blnk.transactions
WHERE (source = $1 OR destination = $1)
AND COALESCE(effective_date, created_at) > $2
AND COALESCE(effective_date, created_at) <= $3
AND status = 'APPLIED'
ORDER BY COALESCE(effective_date, created_at) ASC`;

/** Adds `count` more APPLIED rows to the balance (half credits, half debits), with amounts past 2^64. */
async function grow(client: pg.Client, from: number, count: number) {
  await client.query(
    `INSERT INTO blnk.transactions
     SELECT 'txn_' || n, CASE WHEN n % 2 = 0 THEN 'bln_other' ELSE $1 END,
            CASE WHEN n % 2 = 0 THEN $1 ELSE 'bln_other' END, 18446744073709551616 + n, 'APPLIED',
            timestamptz '2026-01-01' + n * interval '1 second', NULL, 'ref_' || n
     FROM generate_series($2::int, $3::int) AS n`,
    [BALANCE, from, from + count - 1],
  );
  // Other balances' rows the indexes have to skip: as many again.
  await client.query(
    `INSERT INTO blnk.transactions
     SELECT 'txn_x' || n, 'bln_a', 'bln_b', 1, 'APPLIED', timestamptz '2026-01-01' + n * interval '1 second', NULL, 'x' || n
     FROM generate_series($1::int, $2::int) AS n`,
    [from, from + count - 1],
  );
  await client.query("ANALYZE blnk.transactions");
}

/** One recomputation as Core runs it: the query, every row read, each amount added exactly. */
async function recompute(client: pg.Client): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  await client.query("BEGIN READ ONLY");
  const result = await client.query({
    text: SCAN,
    values: [BALANCE, new Date(0), new Date()],
    rowMode: "array",
  });
  let credit = 0n;
  let debit = 0n;
  for (const [amount, , destination] of result.rows as [string, string, string][]) {
    if (destination === BALANCE) credit += BigInt(amount);
    else debit += BigInt(amount);
  }
  await client.query("COMMIT");
  if (credit === debit && result.rows.length > 1) throw new Error("the sums are wrong");
  return { ms: performance.now() - started, rows: result.rows.length };
}

async function main() {
  const postgres = startPostgres(55_480);
  const client = new pg.Client({ connectionString: postgres.url });
  const figures: { transactions: number; medianMs: number; perThousandMs: number }[] = [];
  try {
    await client.connect();
    await client.query(SCHEMA);
    let made = 0;
    for (const size of SIZES) {
      await grow(client, made + 1, size - made);
      made = size;
      await recompute(client); // warm-up
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const { ms, rows } = await recompute(client);
        if (rows !== size) throw new Error(`expected ${size} rows, read ${rows}`);
        times.push(ms);
      }
      const medianMs = times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
      figures.push({
        transactions: size,
        medianMs: Math.round(medianMs),
        perThousandMs: +(medianMs / (size / 1000)).toFixed(2),
      });
      console.log(`${size.toLocaleString("en-US")} transactions: ${Math.round(medianMs)} ms`);
    }
  } finally {
    await client.end().catch(() => undefined);
    postgres.stop();
  }
  const worst = Math.max(...figures.map((figure) => figure.perThousandMs));
  const atLimit = Math.round((RECOMPUTE_MAX_TRANSACTIONS / 1000) * worst);
  const lines = [
    "| Transactions on the balance | Recompute (median of 3) | Per 1,000 |",
    "|---:|---:|---:|",
    ...figures.map(
      (f) =>
        `| ${f.transactions.toLocaleString("en-US")} | ${f.medianMs.toLocaleString("en-US")} ms | ${f.perThousandMs} ms |`,
    ),
    "",
    `At RECOMPUTE_MAX_TRANSACTIONS = ${RECOMPUTE_MAX_TRANSACTIONS.toLocaleString("en-US")}: about ${atLimit.toLocaleString("en-US")} ms ` +
      `(the check's own limit is ${RECOMPUTE_TIMEOUT_MS.toLocaleString("en-US")} ms, Core's 30,000 ms).`,
  ];
  const markdown = `${lines.join("\n")}\n`;
  writeFileSync(path.join(ROOT, "bench", "recompute.md"), markdown);
  console.log(`\n${markdown}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
