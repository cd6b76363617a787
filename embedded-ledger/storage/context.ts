import { randomUUID } from "node:crypto";
import { type CoreProfile, CURRENT_PROFILE } from "../http/profile";
import type { Db, Queryable } from "./db";

export type LedgerContext = {
  db: Db;
  /**
   * Runs `work` in one database transaction. PGlite has a single connection and runs transactions one at a
   * time, so balance updates inside never interleave: no lost update under concurrent requests.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Which Core release the answers imitate (LEDGER_CORE_PROFILE). */
  profile: CoreProfile;
};

export function createContext(db: Db, profile: CoreProfile = CURRENT_PROFILE): LedgerContext {
  return {
    db,
    profile,
    transaction: (work) => db.transaction((tx) => work(tx)),
  };
}

/** Core's IDs: `<prefix>_<uuid v4>` (blnk-api.md §4.1). */
export function newId(prefix: "ldg" | "bln" | "idt" | "txn" | "api_key"): string {
  return `${prefix}_${randomUUID()}`;
}

/** RFC3339 in UTC, as Core writes times read back from Postgres. */
export function formatTime(value: Date | string | null | undefined): string {
  if (!value) return "0001-01-01T00:00:00Z";
  const date = value instanceof Date ? value : new Date(value);
  // Go's time.Time marshals as RFC3339Nano: the fraction without trailing zeros, none on a whole second.
  return date.toISOString().replace(/\.?0+Z$/, "Z");
}
