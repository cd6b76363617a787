import { createHash } from "node:crypto";
import { isLosslessNumber } from "lossless-json";

// The audit log's hash chain: each entry's hash is SHA-256 over the previous entry's hash and a canonical
// encoding of the entry itself, so changing, removing or reordering any stored entry breaks every hash from
// that entry on, and "Verify chain" names the first one.

/** Everything an entry records; `seq` and the hashes are added by the store. Times in ms since the epoch. */
export type AuditEntry = {
  at: number;
  actorId: string;
  actorEmail: string | null;
  actorRole: string | null;
  clientAddress: string | null;
  /** What was done: "balance.create", "user.role_change", "auth.sign_in_failed", … */
  action: string;
  recordType: string | null;
  recordId: string | null;
  /** What was sent (to Blnk, or to the user store), as canonical JSON with secrets and PII removed. */
  request: string | null;
  /** "attempted" before a write is sent; then "ok" or the error code, on an entry naming the attempt. */
  outcome: string;
  attemptSeq: number | null;
};

export type StoredAuditEntry = AuditEntry & { seq: number; prevHash: string; hash: string };

/** The hash the first entry chains from. */
export const GENESIS_HASH = "0".repeat(64);

/**
 * JSON with object keys sorted at every level, no whitespace, and bigint as bare digits: one text for one
 * value, whatever order its keys were built in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "bigint") return value.toString();
  if (isLosslessNumber(value)) return value.value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error("canonicalJson: not a finite number");
    return JSON.stringify(value);
  }
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  throw new Error(`canonicalJson: cannot encode a ${typeof value}`);
}

/** The entry as the table's columns hold it (bigint columns as decimal text), without the hashes. */
export function entryColumns(seq: number, entry: AuditEntry) {
  return {
    seq: String(seq),
    at: String(entry.at),
    actor_id: entry.actorId,
    actor_email: entry.actorEmail,
    actor_role: entry.actorRole,
    client_address: entry.clientAddress,
    action: entry.action,
    record_type: entry.recordType,
    record_id: entry.recordId,
    request: entry.request,
    outcome: entry.outcome,
    attempt_seq: entry.attemptSeq === null ? null : String(entry.attemptSeq),
  };
}

/** The entry's hash: SHA-256 (hex) of the previous hash, a newline, and the canonical JSON of its columns. */
export function entryHash(prevHash: string, seq: number, entry: AuditEntry): string {
  return createHash("sha256")
    .update(`${prevHash}\n${canonicalJson(entryColumns(seq, entry))}`)
    .digest("hex");
}

export type ChainReport =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenSeq: number; reason: string };

/**
 * Checks entries given in `seq` order, continuing from `prevHash` (GENESIS_HASH for the first): the first
 * whose stored previous hash or own hash does not match what its predecessors and content give.
 */
export function verifyEntries(
  entries: Iterable<StoredAuditEntry>,
  prevHash = GENESIS_HASH,
  checkedBefore = 0,
): ChainReport & { lastHash: string } {
  let previous = prevHash;
  let checked = checkedBefore;
  for (const entry of entries) {
    const reason =
      entry.prevHash !== previous
        ? "its previous-entry hash does not match: an entry before it was removed, added or changed"
        : entry.hash !== entryHash(previous, entry.seq, entry)
          ? "its content does not match its hash: the entry was changed"
          : null;
    if (reason) return { ok: false, checked, brokenSeq: entry.seq, reason, lastHash: previous };
    previous = entry.hash;
    checked += 1;
  }
  return { ok: true, checked, lastHash: previous };
}
