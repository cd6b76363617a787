import "server-only";
import type { Kysely } from "kysely";
import { type AppTables, appDb } from "@/lib/db";

// Exactly-once writes for records Blnk has no idempotency key for (balances, identities, ledgers). The form's
// request ID is claimed in Ledger Desk's database, with a unique key, before Blnk is called, so any number of
// dashboard instances agree on who sends the write. A write whose answer never came (a timeout, a dropped
// connection) leaves the key "in doubt": nobody sends it again until the earlier write is found in Blnk, or
// until it can no longer arrive (the settle window), and until then the person is told it is being checked.

/** What one attempt at the write came to. */
export type Attempt<T, F> =
  /** Blnk did it. `value` is remembered for retries (JSON). */
  | { kind: "done"; value: T }
  /** Blnk refused, or the write was never sent: nothing happened, so the key is released for a corrected retry. */
  | { kind: "failed"; failure: F }
  /** Sent, but no answer: it may or may not have happened. */
  | { kind: "unknown"; failure: F };

export type Once<T, F> =
  | { kind: "done"; value: T; replayed: boolean }
  | { kind: "failed"; failure: F }
  /** Not known yet whether the write happened: ask again in a moment (the same key), never write anew. */
  | { kind: "in_doubt" };

export type RunOnceOptions<T, F> = {
  /** The write's own key: one operation's request ID (prefix it with the operation). */
  key: string;
  operation: string;
  /** How long after a write was sent Blnk may still carry it out; past that, a write not found never happened. */
  settleMs: number;
  /** How long one attempt may take (the Blnk timeout): a concurrent request waits at most this for it. */
  attemptMs: number;
  /** The write itself (with any checks before it). */
  attempt: () => Promise<Attempt<T, F>>;
  /** Finds what an earlier attempt created, in Blnk (null: not there). */
  lookup: () => Promise<T | null>;
  /** Overridable for tests. */
  db?: Kysely<AppTables>;
  now?: () => number;
  pollMs?: number;
};

const TABLE = "ledger_desk_idempotency";
type Row = AppTables[typeof TABLE];

export async function runOnce<T, F>(options: RunOnceOptions<T, F>): Promise<Once<T, F>> {
  const db = options.db ?? (await appDb());
  const now = options.now ?? Date.now;
  const { key } = options;
  let waited = false;

  // Each round either returns or sees the key change hands; a handful is plenty.
  for (let round = 0; round < 20; round++) {
    const startedAt = now();
    const claimed = await db
      .insertInto(TABLE)
      .values({
        key,
        operation: options.operation,
        state: "pending",
        result: null,
        started_at: String(startedAt),
        updated_at: String(startedAt),
      })
      .onConflict((conflict) => conflict.column("key").doNothing())
      .returning("key")
      .executeTakeFirst();
    if (claimed) return attemptAndRecord(db, options, startedAt);

    const row = await read(db, key);
    if (!row) continue; // released a moment ago: claim it
    if (row.state === "done")
      return { kind: "done", value: JSON.parse(row.result ?? "null") as T, replayed: true };

    // Pending elsewhere or in doubt: the earlier write may have happened already.
    const found = await options.lookup();
    if (found !== null) {
      await db
        .updateTable(TABLE)
        .set({ state: "done", result: JSON.stringify(found), updated_at: String(now()) })
        .where("key", "=", key)
        .execute();
      return { kind: "done", value: found, replayed: true };
    }
    const earlierStart = Number(row.started_at);
    if (now() >= earlierStart + options.settleMs) {
      // Whatever was sent then can no longer arrive, and it did not happen: this request takes the key over.
      // Only one taker wins: the update matches the row as it was read.
      const takenAt = now();
      const taken = await db
        .updateTable(TABLE)
        .set({ state: "pending", started_at: String(takenAt), updated_at: String(takenAt) })
        .where("key", "=", key)
        .where("state", "=", row.state)
        .where("started_at", "=", row.started_at)
        .executeTakeFirst();
      if (Number(taken.numUpdatedRows) === 1) return attemptAndRecord(db, options, takenAt);
      continue;
    }
    if (row.state === "in_doubt" || waited) return { kind: "in_doubt" };
    // Another request (here or in another instance) is sending this write now: wait for its answer, once.
    await waitForChange(db, key, row, earlierStart + options.attemptMs + 1000, options);
    waited = true;
  }
  return { kind: "in_doubt" };
}

async function read(db: Kysely<AppTables>, key: string): Promise<Row | undefined> {
  return db.selectFrom(TABLE).selectAll().where("key", "=", key).executeTakeFirst();
}

async function waitForChange(
  db: Kysely<AppTables>,
  key: string,
  seen: Row,
  until: number,
  options: { now?: () => number; pollMs?: number },
) {
  const now = options.now ?? Date.now;
  const pollMs = options.pollMs ?? 250;
  // Counted in polls, not by the clock alone: bounded even when the clock stands still (tests) or jumps.
  for (let polls = Math.ceil((until - now()) / pollMs); polls > 0 && now() < until; polls--) {
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    const row = await read(db, key);
    if (!row || row.state !== seen.state || row.started_at !== seen.started_at) return;
  }
}

async function attemptAndRecord<T, F>(
  db: Kysely<AppTables>,
  options: RunOnceOptions<T, F>,
  startedAt: number,
): Promise<Once<T, F>> {
  const now = options.now ?? Date.now;
  let outcome: Attempt<T, F>;
  try {
    outcome = await options.attempt();
  } catch (error) {
    // A bug, not an answer from Blnk: release the key (nothing known was sent) and let it surface.
    await release(db, options.key, startedAt);
    throw error;
  }
  const ours = db
    .updateTable(TABLE)
    .where("key", "=", options.key)
    .where("started_at", "=", String(startedAt));
  switch (outcome.kind) {
    case "done":
      await ours
        .set({ state: "done", result: JSON.stringify(outcome.value), updated_at: String(now()) })
        .execute();
      return { kind: "done", value: outcome.value, replayed: false };
    case "failed":
      await release(db, options.key, startedAt);
      return { kind: "failed", failure: outcome.failure };
    case "unknown":
      await ours.set({ state: "in_doubt", updated_at: String(now()) }).execute();
      return { kind: "in_doubt" };
  }
}

async function release(db: Kysely<AppTables>, key: string, startedAt: number) {
  await db.deleteFrom(TABLE).where("key", "=", key).where("started_at", "=", String(startedAt)).execute();
}
