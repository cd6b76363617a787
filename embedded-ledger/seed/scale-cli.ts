// `npm run ledger:seed -- --balances 1000000`: bulk-fills the embedded ledger's data directory
// (LEDGER_DATA_DIR, default .data/ledger) with funded balances in a new ledger (seed/scale.ts).
// `npm run ledger:seed -- --transactions 1000000`: adds that many transaction rows between the customer balances
// of the newest scale ledger (or `--ledger <id>`) and internal balances (seed/transactions.ts; 1,000,000 rows
// took 195 s wall on the project's 2-core machine). Both flags in one run seed the balances first, then the
// transactions among them.
// Run it while the ledger is stopped: PGlite has one writer.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { openDb } from "../storage/db";
import { seedScale } from "./scale";
import { seedTransactions } from "./transactions";

const USAGE = [
  "Usage: npm run ledger:seed -- --balances <count>       (e.g. --balances 1000000)",
  "       npm run ledger:seed -- --transactions <count>   (e.g. --transactions 1000000) [--ledger <ledger_id>]",
].join("\n");

function fail(): never {
  console.error(USAGE);
  process.exit(1);
}

/** The value after `flag`, or undefined when the flag is absent. */
function option(argv: string[], flag: string): string | undefined {
  const index = argv.indexOf(flag);
  if (index < 0) return undefined;
  const text = argv[index + 1];
  if (!text || text.startsWith("--")) fail();
  return text;
}

function count(argv: string[], flag: string): number | undefined {
  const text = option(argv, flag);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) fail();
  return value;
}

const progress = (done: number, total: number, since?: number) =>
  console.info(
    `  ${done.toLocaleString("en-US")} / ${total.toLocaleString("en-US")}${since === undefined ? "" : ` (${seconds(since)})`}`,
  );
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function main() {
  const argv = process.argv.slice(2);
  const balances = count(argv, "--balances");
  const transactions = count(argv, "--transactions");
  let ledgerId = option(argv, "--ledger");
  if (balances === undefined && transactions === undefined) fail();
  const dataDir = path.resolve(process.env.LEDGER_DATA_DIR?.trim() || ".data/ledger");
  mkdirSync(dataDir, { recursive: true });
  const db = await openDb(dataDir);
  if (balances !== undefined) {
    const started = Date.now();
    ledgerId = (await seedScale(db, { balances, onProgress: progress })).ledgerId;
    console.info(
      `Seeded ${balances.toLocaleString("en-US")} balances in ledger ${ledgerId} (${dataDir}) in ${seconds(started)}`,
    );
  }
  if (transactions !== undefined) {
    const started = Date.now();
    const result = await seedTransactions(db, {
      transactions,
      ledgerId,
      onProgress: (done, total) => progress(done, total, started),
    });
    console.info(
      `Seeded ${result.rows.toLocaleString("en-US")} transactions (references scale-tx-${result.run}-…) among the balances of ledger ${result.ledgerId} (${dataDir}) in ${seconds(started)}`,
    );
  }
  await db.close();
}

void main();
