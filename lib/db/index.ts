import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { type Dialect, type Generated, Kysely, PostgresDialect, sql } from "kysely";
import { Pool } from "pg";
import { PGliteDialect } from "./pglite-dialect";
import { type AppDatabase, appDatabaseSettings } from "./settings";

// Ledger Desk's own database: users and sessions (the sign-in library's tables), sign-in failures, saved views,
// the audit log, and the idempotency records that make writes happen once across any number of dashboard instances. A Postgres
// server with DATABASE_URL (required for more than one instance), else an embedded PGlite on disk.

export { type AppDatabase, appDatabaseSettings, DEFAULT_DATA_DIR } from "./settings";

// One database per process, kept on globalThis: Next bundles proxy.ts and the app separately, and two PGlite
// instances on one data directory would corrupt it.
type Open = {
  key: string;
  dialect: Dialect;
  db: Kysely<AppTables>;
  ready?: Promise<void>;
  close: () => Promise<void>;
};
const g = globalThis as unknown as { __ledgerDeskAppDb?: Open };

function open(database: AppDatabase): Open {
  const key =
    database.kind === "postgres" ? `pg:${database.url}` : `pglite:${path.resolve(database.dataDir)}`;
  if (g.__ledgerDeskAppDb?.key === key) return g.__ledgerDeskAppDb;
  let dialect: Dialect;
  let closeDriver: () => Promise<void>;
  if (database.kind === "postgres") {
    const pool = new Pool({ connectionString: database.url, max: 10, connectionTimeoutMillis: 5000 });
    // A dropped idle connection must not take the server down; the next query reconnects.
    pool.on("error", (error) =>
      console.error(JSON.stringify({ event: "app_db_error", message: error.message })),
    );
    dialect = new PostgresDialect({ pool });
    closeDriver = () => pool.end();
  } else {
    const dataDir = path.resolve(database.dataDir);
    let opened: Promise<PGlite> | undefined;
    dialect = new PGliteDialect(() => {
      opened ??= (async () => {
        mkdirSync(dataDir, { recursive: true });
        return PGlite.create(dataDir);
      })();
      return opened;
    });
    closeDriver = async () => {
      if (opened) await (await opened).close();
    };
  }
  g.__ledgerDeskAppDb = { key, dialect, db: new Kysely<AppTables>({ dialect }), close: closeDriver };
  return g.__ledgerDeskAppDb;
}

/** The Kysely dialect for the sign-in library (it makes its own Kysely on it). */
export function appDialect(database: AppDatabase): Dialect {
  return open(database).dialect;
}

/**
 * Runs `work` while holding a lock that every process on the same Postgres server takes turns on: set-up
 * that two instances starting at once would otherwise race on (the sign-in library's tables, the first Admin).
 * On the embedded PGlite there is one process per data directory, so nothing to wait for.
 */
export async function withAppLock<T>(
  lock: number,
  work: () => Promise<T>,
  database: AppDatabase = appDatabaseSettings(process.env),
): Promise<T> {
  if (database.kind !== "postgres") return work();
  // A session-level lock on one reserved connection; the work itself may use any other.
  return open(database)
    .db.connection()
    .execute(async (connection) => {
      await sql`SELECT pg_advisory_lock(${lock})`.execute(connection);
      try {
        return await work();
      } finally {
        await sql`SELECT pg_advisory_unlock(${lock})`.execute(connection);
      }
    });
}

/**
 * Advisory lock keys: Ledger Desk's tables (726351), the audit chain (726352), sign-in set-up (726353), one
 * person's saved views of one table (726354, with a second key: lib/saved-views/store.ts).
 */
export const SIGN_IN_SETUP_LOCK = 726353;

/** Ledger Desk's own tables, created on first use in this process. */
export async function appDb(
  database: AppDatabase = appDatabaseSettings(process.env),
): Promise<Kysely<AppTables>> {
  const current = open(database);
  current.ready ??= createAppTables(current.db).catch((error) => {
    current.ready = undefined;
    throw error;
  });
  await current.ready;
  return current.db;
}

export async function closeAppDatabase() {
  const current = g.__ledgerDeskAppDb;
  g.__ledgerDeskAppDb = undefined;
  await current?.close();
}

export interface AppTables {
  ledger_desk_idempotency: {
    key: string;
    operation: string;
    state: "pending" | "done" | "in_doubt";
    result: string | null;
    /** When the write now owning the key was (or is about to be) sent to Blnk, in ms since the epoch. */
    started_at: string;
    updated_at: string;
  };
  ledger_desk_sign_in_failure: { email: string; failed_at: string };
  ledger_desk_audit_log: {
    seq: Generated<string>;
    at: string;
    actor_id: string;
    actor_email: string | null;
    actor_role: string | null;
    client_address: string | null;
    action: string;
    record_type: string | null;
    record_id: string | null;
    request: string | null;
    outcome: string;
    attempt_seq: string | null;
    prev_hash: string;
    hash: string;
  };
  ledger_desk_export: {
    id: string;
    user_id: string;
    kind: string;
    /** "done" (with its manifest) or "failed" (with why, and no manifest). */
    status: string;
    manifest: string | null;
    message: string | null;
    rows: string;
    created_at: string;
  };
  ledger_desk_saved_view: {
    id: string;
    user_id: string;
    /** The FilterTable the view filters (lib/filters/fields.ts). */
    table_name: string;
    name: string;
    description: string;
    /** The filters as their canonical query string (lib/filters/url.ts filtersSearch). */
    filters: string;
    created_at: string;
    updated_at: string;
  };
}

// Plain SQL that runs on Postgres 13+ and PGlite alike; times as epoch milliseconds (bigint) so both read the
// same. IF NOT EXISTS makes it safe for several instances starting at once.
export async function createAppTables(db: Kysely<AppTables>) {
  await db.transaction().execute(async (trx) => {
    // Two instances starting at once would race on Postgres's catalog; the lock makes them take turns.
    await sql`SELECT pg_advisory_xact_lock(726351)`.execute(trx);
    await createTablesIn(trx);
  });
}

async function createTablesIn(db: Kysely<AppTables>) {
  await sql`CREATE TABLE IF NOT EXISTS ledger_desk_idempotency (
    key text PRIMARY KEY,
    operation text NOT NULL,
    state text NOT NULL,
    result text,
    started_at bigint NOT NULL,
    updated_at bigint NOT NULL
  )`.execute(db);
  await sql`CREATE TABLE IF NOT EXISTS ledger_desk_sign_in_failure (
    email text NOT NULL,
    failed_at bigint NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS ledger_desk_sign_in_failure_email
    ON ledger_desk_sign_in_failure (email, failed_at)`.execute(db);
  await createAuditLog(db);
  await createSavedViews(db);
  // Exports (lib/export): how each ended, and the manifest of each that completed.
  await sql`CREATE TABLE IF NOT EXISTS ledger_desk_export (
    id text PRIMARY KEY,
    user_id text NOT NULL,
    kind text NOT NULL,
    status text NOT NULL,
    manifest text,
    message text,
    rows bigint NOT NULL,
    created_at bigint NOT NULL
  )`.execute(db);
}

// Saved views (lib/saved-views): one person's named filters of one table. A name is theirs once per table,
// whatever its case, so two tabs never read the same.
async function createSavedViews(db: Kysely<AppTables>) {
  await sql`CREATE TABLE IF NOT EXISTS ledger_desk_saved_view (
    id text PRIMARY KEY,
    user_id text NOT NULL,
    table_name text NOT NULL,
    name text NOT NULL,
    description text NOT NULL DEFAULT '',
    filters text NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
  )`.execute(db);
  await sql`CREATE UNIQUE INDEX IF NOT EXISTS ledger_desk_saved_view_name
    ON ledger_desk_saved_view (user_id, table_name, lower(name))`.execute(db);
}

// The audit log (lib/audit): append-only, enforced here as well as by its hash chain. Changing or removing an
// entry takes disabling the trigger first, which the chain then shows.
async function createAuditLog(db: Kysely<AppTables>) {
  await sql`CREATE TABLE IF NOT EXISTS ledger_desk_audit_log (
    seq bigserial PRIMARY KEY,
    at bigint NOT NULL,
    actor_id text NOT NULL,
    actor_email text,
    actor_role text,
    client_address text,
    action text NOT NULL,
    record_type text,
    record_id text,
    request text,
    outcome text NOT NULL,
    attempt_seq bigint,
    prev_hash text NOT NULL,
    hash text NOT NULL UNIQUE
  )`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS ledger_desk_audit_log_record ON ledger_desk_audit_log (record_id)`.execute(
    db,
  );
  await sql`CREATE OR REPLACE FUNCTION ledger_desk_audit_log_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$`.execute(db);
  await sql`DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'ledger_desk_audit_log_no_change') THEN
      CREATE TRIGGER ledger_desk_audit_log_no_change BEFORE UPDATE OR DELETE ON ledger_desk_audit_log
        FOR EACH ROW EXECUTE FUNCTION ledger_desk_audit_log_append_only();
    END IF;
  END $$`.execute(db);
}
