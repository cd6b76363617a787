// `npm run bench:audit`: what the audit log adds to a write. A write through Ledger Desk differs from the same
// write without the log by exactly two appends (its attempt before Blnk is called, its outcome after:
// lib/audit/trail.ts), so their time is the cost. Measured on both stores Ledger Desk runs on: the embedded
// PGlite on disk and a real PostgreSQL server (DATABASE_URL), each append taking the chain's lock, reading the
// last hash and inserting, as in production. Budget: at most 10 ms per write (issue 15).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AuditEntry } from "@/lib/audit/chain";
import { appendAudit } from "@/lib/audit/store";
import { type AppDatabase, appDb, closeAppDatabase } from "@/lib/db";
import { startPostgres } from "../../e2e/support/postgres";

const WRITES = 300;
const WARM_UP = 30;
const BUDGET_MS = 10;
const ROOT = path.resolve(__dirname, "../..");

const entry = (outcome: string, attemptSeq: number | null): AuditEntry => ({
  at: Date.now(),
  actorId: "usr_bench",
  actorEmail: "ops@example.com",
  actorRole: "operator",
  clientAddress: "10.0.0.1",
  action: "balance.create",
  recordType: "balance",
  recordId: attemptSeq === null ? null : "bln_0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d",
  request:
    '{"currency":"USD","ledgerId":"ldg_5f3c2a1e-8b7d-4c6e-9a0f-1b2c3d4e5f60","metadata":{"created_by":"ops@example.com","created_via":"ledger-desk","ledger_desk_request_id":"6f0c1f9e-8d52-4a47-9c1c-2f6b2d9f3a10"},"trackFundLineage":false}',
  outcome,
  attemptSeq,
});

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** Median and p95 of the two appends of one write, after a warm-up. */
async function measure(database: AppDatabase): Promise<{ median: number; p95: number }> {
  const db = await appDb(database);
  const times: number[] = [];
  for (let i = 0; i < WARM_UP + WRITES; i++) {
    const started = performance.now();
    const attempt = await appendAudit(entry("attempted", null), db);
    await appendAudit(entry("ok", attempt.seq), db);
    if (i >= WARM_UP) times.push(performance.now() - started);
  }
  await closeAppDatabase();
  const sorted = times.sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "bench-audit-"));
  const postgres = startPostgres(55_481);
  try {
    const stores: [string, AppDatabase][] = [
      ["embedded PGlite on disk", { kind: "pglite", dataDir }],
      ["PostgreSQL (DATABASE_URL)", { kind: "postgres", url: postgres.url }],
    ];
    const lines = [
      "| Store | Audit log cost per write, median | p95 | Budget | Result |",
      "|---|---:|---:|---:|---|",
    ];
    for (const [name, database] of stores) {
      const { median, p95 } = await measure(database);
      const held = median <= BUDGET_MS;
      lines.push(
        `| ${name} | ${median.toFixed(2)} ms | ${p95.toFixed(2)} ms | ≤ ${BUDGET_MS} ms | ${held ? "✅ held" : "❌ missed"} |`,
      );
      console.log(`${name}: median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`);
    }
    const markdown = `${lines.join("\n")}\n\n${WRITES} writes (two appends each) after ${WARM_UP} warm-up writes, one at a time.\n`;
    writeFileSync(path.join(ROOT, "bench", "audit.md"), markdown);
    console.log(`\n${markdown}`);
  } finally {
    postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
