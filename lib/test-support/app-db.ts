// Test-only: Ledger Desk's own database as an embedded PGlite of one test file's own, opened before its tests
// and removed after.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
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
