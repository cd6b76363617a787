import "server-only";
import { type Kysely, sql } from "kysely";
import { type AppTables, appDb } from "@/lib/db";
import {
  type AuditEntry,
  type ChainReport,
  entryColumns,
  entryHash,
  GENESIS_HASH,
  type StoredAuditEntry,
  verifyEntries,
} from "./chain";

// The audit log in Ledger Desk's own database (lib/db): appended under a lock so that entries from any number
// of dashboard processes on one Postgres form one unbroken chain, read newest first, verified oldest first.

type Db = Kysely<AppTables>;
type Row = AppTables["ledger_desk_audit_log"] & { seq: string };

// Held for the length of one append's transaction: every writer, in every process, takes its turn.
const APPEND_LOCK = 726_352;

function toStored(row: Row): StoredAuditEntry {
  return {
    seq: Number(row.seq),
    at: Number(row.at),
    actorId: row.actor_id,
    actorEmail: row.actor_email,
    actorRole: row.actor_role,
    clientAddress: row.client_address,
    action: row.action,
    recordType: row.record_type,
    recordId: row.record_id,
    request: row.request,
    outcome: row.outcome,
    attemptSeq: row.attempt_seq === null ? null : Number(row.attempt_seq),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Appends one entry at the end of the chain and returns it as stored. Throws when it cannot be written. */
export async function appendAudit(entry: AuditEntry, db?: Db): Promise<StoredAuditEntry> {
  const database = db ?? (await appDb());
  return database.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${APPEND_LOCK})`.execute(trx);
    const last = await trx
      .selectFrom("ledger_desk_audit_log")
      .select(["seq", "hash"])
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirst();
    const { rows } = await sql<{
      seq: string;
    }>`SELECT nextval(pg_get_serial_sequence('ledger_desk_audit_log', 'seq'))::text AS seq`.execute(trx);
    const seq = Number(rows[0]?.seq);
    const prevHash = last?.hash ?? GENESIS_HASH;
    const hash = entryHash(prevHash, seq, entry);
    await trx
      .insertInto("ledger_desk_audit_log")
      .values({ ...entryColumns(seq, entry), prev_hash: prevHash, hash })
      .execute();
    return { ...entry, seq, prevHash, hash };
  });
}

export type AuditFilters = {
  actor?: string;
  action?: string;
  recordId?: string;
  /** Inclusive, ms since the epoch. */
  from?: number;
  to?: number;
};

function withFilters(db: Db, filters: AuditFilters) {
  let query = db.selectFrom("ledger_desk_audit_log").selectAll();
  if (filters.actor) {
    const actor = filters.actor;
    // An email in any case, or the exact user ID.
    query = query.where((eb) =>
      eb.or([eb(eb.fn("lower", ["actor_email"]), "=", actor.toLowerCase()), eb("actor_id", "=", actor)]),
    );
  }
  if (filters.action) query = query.where("action", "=", filters.action);
  if (filters.recordId) query = query.where("record_id", "=", filters.recordId);
  if (filters.from !== undefined) query = query.where("at", ">=", String(filters.from));
  if (filters.to !== undefined) query = query.where("at", "<=", String(filters.to));
  return query;
}

/** One page of entries, newest first, matching every filter given. */
export async function listAudit(
  { filters = {}, limit, offset }: { filters?: AuditFilters; limit: number; offset: number },
  db?: Db,
): Promise<StoredAuditEntry[]> {
  const database = db ?? (await appDb());
  const rows = await withFilters(database, filters)
    .orderBy("seq", "desc")
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((row) => toStored(row as Row));
}

const EXPORT_BATCH = 1_000;

/** The next entries after `after` and up to `through`, oldest first, matching the filters (for exports). */
export async function readAuditBatch(
  { filters, after, through }: { filters: AuditFilters; after: number; through: number },
  db: Db,
): Promise<StoredAuditEntry[]> {
  const rows = await withFilters(db, filters)
    .where("seq", ">", String(after))
    .where("seq", "<=", String(through))
    .orderBy("seq", "asc")
    .limit(EXPORT_BATCH)
    .execute();
  return rows.map((row) => toStored(row as Row));
}

/** The newest entry's number (0 when the log is empty). */
export async function latestAuditSeq(db?: Db): Promise<number> {
  const database = db ?? (await appDb());
  const row = await database
    .selectFrom("ledger_desk_audit_log")
    .select("seq")
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? Number(row.seq) : 0;
}

/** Recomputes every hash, oldest first, and reports the first entry that breaks the chain. */
export async function verifyAuditChain(db?: Db): Promise<ChainReport> {
  const database = db ?? (await appDb());
  // Up to the newest entry now: appends during the check extend the chain past what it looks at.
  const through = await latestAuditSeq(database);
  let after = 0;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const entries = await readAuditBatch({ filters: {}, after, through }, database);
    if (entries.length === 0) return { ok: true, checked };
    const report = verifyEntries(entries, prevHash, checked);
    if (!report.ok)
      return { ok: false, checked: report.checked, brokenSeq: report.brokenSeq, reason: report.reason };
    ({ checked } = report);
    prevHash = report.lastHash;
    after = entries[entries.length - 1]?.seq ?? through;
  }
}
