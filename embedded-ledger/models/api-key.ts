// Core's API keys (model/api_key.go, database/api_key.go). A key is 32 random bytes in URL-safe base64 with
// padding; only its bcrypt hash (cost 10, `$2a$` like Go's) and its first 16 characters are stored, so the plain
// key is in the create response alone and lists show the hash in `key`, as Core's do.
import { createHash, randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { creationTime } from "../storage/clock";
import { formatTime, newId } from "../storage/context";
import type { Db, Queryable } from "../storage/db";

export type ApiKeyRow = {
  api_key_id: string;
  key: string;
  name: string;
  owner_id: string;
  scopes: string[];
  expires_at: Date;
  created_at: Date;
  last_used_at: Date | null;
  is_revoked: boolean;
  revoked_at: Date | null;
};

const COLUMNS =
  "api_key_id, key, name, owner_id, scopes, expires_at, created_at, last_used_at, is_revoked, revoked_at";

/** bcrypt.DefaultCost in Go's x/crypto: what Core hashes with. */
export const DEFAULT_HASH_COST = 10;
/** getKeyPrefix (database/api_key.go:38-43). */
const PREFIX_LENGTH = 16;

/** model.GenerateKey (model/api_key.go:23-29): base64.URLEncoding keeps the "=" padding. */
function generateKey(): string {
  return randomBytes(32).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
}

/** Go's bcrypt writes `$2a$`; for keys this short `$2a$` and `$2b$` hash identically. */
async function hashKey(key: string, cost: number): Promise<string> {
  const salt = (await bcrypt.genSalt(cost)).replace(/^\$2b\$/, "$2a$");
  return bcrypt.hash(key, salt);
}

/** Core's model.APIKey in its field order; `revoked_at` is omitted until the key is revoked (omitempty). */
export function toApiKeyJson(row: ApiKeyRow, plainKey?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {
    api_key_id: row.api_key_id,
    key: plainKey ?? row.key,
    name: row.name,
    owner_id: row.owner_id,
    scopes: row.scopes,
    expires_at: formatTime(row.expires_at),
    created_at: formatTime(row.created_at),
    // Never used: Go's zero time, as Core stores for a new key.
    last_used_at: formatTime(row.last_used_at),
    is_revoked: row.is_revoked,
  };
  if (row.revoked_at) out.revoked_at = formatTime(row.revoked_at);
  return out;
}

/** APIKey.IsValid (model/api_key.go:50-53): not revoked and not yet expired. */
export function isKeyUsable(row: ApiKeyRow, now = new Date()): boolean {
  return !row.is_revoked && now.getTime() < row.expires_at.getTime();
}

export type NewApiKey = { name: string; ownerId: string; scopes: string[]; expiresAt: string };

/** bcrypt rounds for new keys (DEFAULT_HASH_COST unless the ledger was started with another). */
export type HashCost = { hashCost?: number };

/** CreateAPIKey (database/api_key.go:65-110): the stored row and the plain key, which is never stored. */
export async function createApiKey(
  db: Queryable,
  input: NewApiKey,
  options: HashCost = {},
): Promise<{ row: ApiKeyRow; key: string }> {
  const key = generateKey();
  const result = await db.query<ApiKeyRow>(
    `INSERT INTO api_keys (api_key_id, key, key_prefix, name, owner_id, scopes, expires_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz, $8) RETURNING ${COLUMNS}`,
    [
      newId("api_key"),
      await hashKey(key, options.hashCost ?? DEFAULT_HASH_COST),
      key.slice(0, PREFIX_LENGTH),
      input.name,
      input.ownerId,
      input.scopes,
      input.expiresAt,
      creationTime().toISOString(),
    ],
  );
  const row = result.rows[0];
  if (!row) throw new Error("api key insert returned no row");
  return { row, key };
}

/**
 * Keys already verified, per database: SHA-256 of the key → its ID. Core compares bcrypt on every request; this
 * skips the repeat (about 0.1 s of CPU each) without changing any answer: the row is still read every time.
 */
const verified = new WeakMap<Db | Queryable, Map<string, string>>();
const MAX_VERIFIED = 10_000;

function verifiedFor(db: Queryable): Map<string, string> {
  let memo = verified.get(db);
  if (!memo) {
    memo = new Map();
    verified.set(db, memo);
  }
  return memo;
}

/** GetAPIKey (database/api_key.go:124-189): candidates by prefix, then bcrypt. Null when none matches. */
export async function findApiKey(db: Queryable, key: string): Promise<ApiKeyRow | null> {
  const digest = createHash("sha256").update(key).digest("hex");
  const memo = verifiedFor(db);
  const knownId = memo.get(digest);
  if (knownId) {
    const known = await db.query<ApiKeyRow>(`SELECT ${COLUMNS} FROM api_keys WHERE api_key_id = $1`, [
      knownId,
    ]);
    if (known.rows[0]) return known.rows[0];
    memo.delete(digest);
  }
  const candidates = await db.query<ApiKeyRow>(`SELECT ${COLUMNS} FROM api_keys WHERE key_prefix = $1`, [
    key.slice(0, PREFIX_LENGTH),
  ]);
  for (const row of candidates.rows) {
    if (await bcrypt.compare(key, row.key)) {
      if (memo.size >= MAX_VERIFIED) memo.clear();
      memo.set(digest, row.api_key_id);
      return row;
    }
  }
  return null;
}

/** ListAPIKeys (database/api_key.go:295-333): the owner's keys, newest first; Go's nil slice (null) for none. */
export async function listApiKeys(db: Queryable, ownerId: string): Promise<Record<string, unknown>[] | null> {
  const result = await db.query<ApiKeyRow>(
    `SELECT ${COLUMNS} FROM api_keys WHERE owner_id = $1 ORDER BY created_at DESC, api_key_id DESC`,
    [ownerId],
  );
  return result.rows.length === 0 ? null : result.rows.map((row) => toApiKeyJson(row));
}

/**
 * RevokeAPIKey (database/api_key.go:204-258): false when the owner has no key with that ID. Revoking again
 * succeeds and moves revoked_at, as in Core.
 */
export async function revokeApiKey(db: Queryable, id: string, ownerId: string): Promise<boolean> {
  const result = await db.query(
    `UPDATE api_keys SET is_revoked = true, revoked_at = $3
     WHERE api_key_id = $1 AND owner_id = $2 RETURNING api_key_id`,
    [id, ownerId, new Date().toISOString()],
  );
  return result.rows.length > 0;
}

/** UpdateLastUsed (database/api_key.go:272-281). */
export async function touchApiKey(db: Queryable, id: string): Promise<void> {
  await db.query("UPDATE api_keys SET last_used_at = $2 WHERE api_key_id = $1", [
    id,
    new Date().toISOString(),
  ]);
}
