// Test-only: Ledger Desk's own database as an embedded PGlite of one test file's own, opened before its tests
// and removed after.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll } from "vitest";
import { appDb, closeAppDatabase } from "@/lib/db";

export function appDbForFile(prefix: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), prefix));
  const database = { kind: "pglite", dataDir } as const;
  beforeAll(() => appDb(database).then(() => undefined), 60_000);
  afterAll(async () => {
    await closeAppDatabase();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { database, open: () => appDb(database) };
}

/** Runs `run` while every insert into the audit log fails as on a full disk; the log works again after. */
export async function whileAuditRefused(
  database: Awaited<ReturnType<typeof appDb>>,
  run: () => Promise<void>,
) {
  await sql`CREATE OR REPLACE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION 'no space left on device'; END $$`.execute(database);
  await sql`CREATE TRIGGER test_refuse_audit BEFORE INSERT ON ledger_desk_audit_log
    FOR EACH ROW EXECUTE FUNCTION test_refuse_audit()`.execute(database);
  try {
    await run();
  } finally {
    await sql`DROP TRIGGER test_refuse_audit ON ledger_desk_audit_log`.execute(database);
  }
}
