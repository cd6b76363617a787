// `npm run ledger:seed -- --balances 1000000`: bulk-fills the embedded ledger's data directory
// (LEDGER_DATA_DIR, default .data/ledger). Run it while the ledger is stopped: PGlite has one writer.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { openDb } from "../storage/db";
import { seedScale } from "./scale";

function parseCount(argv: string[]): number {
  const index = argv.indexOf("--balances");
  const text = index >= 0 ? argv[index + 1] : undefined;
  const count = Number(text);
  if (!text || !Number.isSafeInteger(count) || count < 1) {
    console.error("Usage: npm run ledger:seed -- --balances <count>   (e.g. --balances 1000000)");
    process.exit(1);
  }
  return count;
}

async function main() {
  const count = parseCount(process.argv.slice(2));
  const dataDir = path.resolve(process.env.LEDGER_DATA_DIR?.trim() || ".data/ledger");
  mkdirSync(dataDir, { recursive: true });
  const db = await openDb(dataDir);
  const started = Date.now();
  const { ledgerId } = await seedScale(db, {
    balances: count,
    onProgress: (done, total) =>
      console.info(`  ${done.toLocaleString("en-US")} / ${total.toLocaleString("en-US")}`),
  });
  await db.close();
  console.info(
    `Seeded ${count.toLocaleString("en-US")} balances in ledger ${ledgerId} (${dataDir}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

void main();
