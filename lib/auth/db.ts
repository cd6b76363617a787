import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { type Dialect, PostgresDialect } from "kysely";
import { Pool } from "pg";
import { PGliteDialect } from "./pglite-dialect";
import type { AuthDatabase } from "./settings";

// One database per process, kept on globalThis: Next bundles proxy.ts and the app separately, and two PGlite
// instances on one data directory would corrupt it.
const g = globalThis as unknown as {
  __ledgerDeskAuthDb?: { key: string; dialect: Dialect; close: () => Promise<void> };
};

/** The Kysely dialect for the sign-in store: PGlite on disk by default, a Postgres server with DATABASE_URL. */
export function authDialect(database: AuthDatabase): Dialect {
  const key =
    database.kind === "postgres" ? `pg:${database.url}` : `pglite:${path.resolve(database.dataDir)}`;
  if (g.__ledgerDeskAuthDb?.key === key) return g.__ledgerDeskAuthDb.dialect;
  if (database.kind === "postgres") {
    const pool = new Pool({ connectionString: database.url, max: 10, connectionTimeoutMillis: 5000 });
    // A dropped idle connection must not take the server down; the next query reconnects.
    pool.on("error", (error) =>
      console.error(JSON.stringify({ event: "auth_db_error", message: error.message })),
    );
    g.__ledgerDeskAuthDb = { key, dialect: new PostgresDialect({ pool }), close: () => pool.end() };
  } else {
    const dataDir = path.resolve(database.dataDir);
    let opened: Promise<PGlite> | undefined;
    const open = () => {
      opened ??= (async () => {
        mkdirSync(dataDir, { recursive: true });
        return PGlite.create(dataDir);
      })();
      return opened;
    };
    g.__ledgerDeskAuthDb = {
      key,
      dialect: new PGliteDialect(open),
      close: async () => {
        if (opened) await (await opened).close();
      },
    };
  }
  return g.__ledgerDeskAuthDb.dialect;
}

export async function closeAuthDatabase() {
  const current = g.__ledgerDeskAuthDb;
  g.__ledgerDeskAuthDb = undefined;
  await current?.close();
}
