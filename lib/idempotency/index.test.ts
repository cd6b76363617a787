import { PGlite } from "@electric-sql/pglite";
import { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppTables, createAppTables } from "@/lib/db";
import { PGliteDialect } from "@/lib/db/pglite-dialect";
import { type Attempt, type RunOnceOptions, runOnce } from "./index";

// runOnce on a real (embedded) Postgres: the claim is a unique key, so these hold for any number of callers.

let pg: PGlite;
let db: Kysely<AppTables>;
beforeAll(async () => {
  pg = await PGlite.create();
  db = new Kysely<AppTables>({ dialect: new PGliteDialect(async () => pg) });
  await createAppTables(db);
}, 30_000);
afterAll(async () => {
  await db?.destroy();
  await pg?.close();
});

const base = { operation: "test", settleMs: 10_000, attemptMs: 1_000, pollMs: 20 };

let keys = 0;
/** A fake Blnk: a list of created records, a write that may hang or fail, a lookup by key. */
function world() {
  const created: string[] = [];
  const key = `test:${++keys}`;
  const lookup = async () => created[0] ?? null;
  const create = async (): Promise<Attempt<string, string>> => {
    created.push(`rec_${created.length + 1}`);
    return { kind: "done", value: created.at(-1) ?? "" };
  };
  /** runOnce with this world's key and lookup, writing with `attempt` (create by default). */
  const run = (
    attempt: () => Promise<Attempt<string, string>> = create,
    options: Partial<RunOnceOptions<string, string>> = {},
  ) => runOnce({ ...base, db, key, lookup, attempt, ...options });
  return { created, key, create, run };
}
/** A write Blnk never answered. */
const timeout = async (): Promise<Attempt<string, string>> => ({ kind: "unknown", failure: "timeout" });

describe("runOnce", () => {
  it("writes once; a retry gets the first result without writing", async () => {
    const w = world();
    const first = await w.run();
    const again = await w.run();
    expect(first).toEqual({ kind: "done", value: "rec_1", replayed: false });
    expect(again).toEqual({ kind: "done", value: "rec_1", replayed: true });
    expect(w.created).toEqual(["rec_1"]);
  });

  it("lets twenty callers at once write once, the others waiting for its answer", async () => {
    const w = world();
    const slow = async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      return w.create();
    };
    const results = await Promise.all(Array.from({ length: 20 }, () => w.run(slow)));
    expect(w.created).toEqual(["rec_1"]);
    expect(results.every((r) => r.kind === "done" && r.value === "rec_1")).toBe(true);
    expect(results.filter((r) => r.kind === "done" && !r.replayed)).toHaveLength(1);
  });

  it("releases the key after a refusal, so a corrected retry may write", async () => {
    const w = world();
    const refused = await w.run(async () => ({ kind: "failed", failure: "bad currency" }));
    expect(refused).toEqual({ kind: "failed", failure: "bad currency" });
    expect(await w.run()).toMatchObject({
      kind: "done",
      replayed: false,
    });
  });

  it("keeps an unanswered write in doubt: retries write nothing until it shows up", async () => {
    const w = world();
    let clock = 1_000_000;
    const now = () => clock;
    const lost = await w.run(timeout, { now });
    expect(lost).toEqual({ kind: "in_doubt" });

    clock += 2_000; // within the settle window, not found: still in doubt, and nothing is written
    expect(await w.run(w.create, { now })).toEqual({
      kind: "in_doubt",
    });
    expect(w.created).toEqual([]);

    // The lost write lands in Blnk after all: the next check finds it and remembers it.
    w.created.push("rec_late");
    clock += 1_000;
    expect(await w.run(w.create, { now })).toEqual({
      kind: "done",
      value: "rec_late",
      replayed: true,
    });
    expect(await w.run(w.create, { now, lookup: async () => null })).toEqual({
      kind: "done",
      value: "rec_late",
      replayed: true,
    });
    expect(w.created).toEqual(["rec_late"]);
  });

  it("writes again only once the settle window has passed with nothing found, and only one caller does", async () => {
    const w = world();
    let clock = 5_000_000;
    const now = () => clock;
    await w.run(timeout, { now });
    clock += base.settleMs;
    const results = await Promise.all(Array.from({ length: 5 }, () => w.run(w.create, { now })));
    expect(w.created).toEqual(["rec_1"]);
    expect(results.filter((r) => r.kind === "done" && !r.replayed)).toHaveLength(1);
  });

  it("takes over a key whose writer died mid-call, after the settle window", async () => {
    const w = world();
    const clock = 9_000_000;
    await db
      .insertInto("ledger_desk_idempotency")
      .values({
        key: w.key,
        operation: "test",
        state: "pending",
        result: null,
        started_at: String(clock),
        updated_at: String(clock),
      })
      .execute();
    const early = await w.run(w.create, { now: () => clock + 1_500 });
    expect(early).toEqual({ kind: "in_doubt" });
    const late = await w.run(w.create, { now: () => clock + base.settleMs });
    expect(late).toEqual({ kind: "done", value: "rec_1", replayed: false });
  });
});
