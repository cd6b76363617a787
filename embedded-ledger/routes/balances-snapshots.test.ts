import { describe, expect, it, vi } from "vitest";
import { startLedger } from "../app";
import { coreProfile } from "../http/profile";
import { startSecureTestLedger } from "../testing/api-keys";
import { insertBalance, insertLedger, insertTransaction, plain } from "../testing/balance-fixtures";
import { errorBody } from "../testing/errors";
import { HUGE, startTestLedger, testLedgerForFile, withClient } from "../testing/ledger";

// POST /balances-snapshots and the snapshots GET /balances/:id/at starts from (blnk api/balance.go
// TakeBalanceSnapshots and GetBalanceAtTime, database/balance.go:1375-1660, sql/1740493523.sql).

const ledger = testLedgerForFile();
const ACCEPTED = '{"message":"Snapshotting in progress. should be completed shortly"}';
const INVALID = errorBody("GEN_VALIDATION_ERROR", "invalid batch_size value");

const snapshot = (query = "") => ledger.call("POST", `/balances-snapshots${query}`);

type SnapshotRow = Record<string, unknown>;

async function snapshotsOf(balanceId: string): Promise<SnapshotRow[]> {
  const result = await ledger.db.query<SnapshotRow>(
    `SELECT balance_id, ledger_id, balance::text, credit_balance::text, debit_balance::text,
            inflight_balance::text, inflight_credit_balance::text, inflight_debit_balance::text, currency,
            last_tx_id, meta_data::text AS meta_data, snapshot_time::text AS snapshot_time,
            created_at = (snapshot_time AT TIME ZONE 'UTC') AS created_with_snapshot
       FROM balance_snapshots WHERE balance_id = $1 ORDER BY snapshot_time`,
    [balanceId],
  );
  return result.rows;
}

const snapshotCount = async () =>
  (await ledger.db.query<{ n: number }>("SELECT count(*)::int AS n FROM balance_snapshots")).rows[0]?.n;

/** Sets a balance row's stored amounts directly: what a snapshot copies, whatever its transactions say. */
async function tamper(balanceId: string, credit: bigint, debit: bigint, inflight = 0n) {
  await ledger.db.query(
    `UPDATE balances SET credit_balance = $2::numeric, debit_balance = $3::numeric,
       balance = $2::numeric - $3::numeric, inflight_credit_balance = $4::numeric,
       inflight_balance = $4::numeric WHERE balance_id = $1`,
    [balanceId, credit.toString(), debit.toString(), inflight.toString()],
  );
}

describe("POST /balances-snapshots validation", () => {
  it("refuses a batch_size strconv.Atoi refuses or one ≤ 0 with Core's 400, and takes nothing", async () => {
    const ledgerId = await insertLedger(ledger.db);
    await insertBalance(ledger.db, { ledgerId });
    for (const bad of [
      "0",
      "abc",
      "-1",
      "",
      "1.5",
      "+5",
      "9223372036854775808",
      "1e3",
      "0x10",
      "abc&batch_size=5",
    ]) {
      const response = await snapshot(`?batch_size=${bad}`);
      expect(response.status, bad).toBe(400);
      expect(plain(response.text), bad).toEqual(INVALID);
    }
    expect((await snapshot("?batch_size=0")).text).toBe(
      '{"error":"invalid batch_size value",' +
        '"error_detail":{"code":"GEN_VALIDATION_ERROR","message":"invalid batch_size value"}}',
    );
    expect(await snapshotCount()).toBe(0);
  });

  it("accepts the default, a signed or zero-padded size and int64's largest, with Core's message", async () => {
    for (const good of [
      "",
      "?batch_size=1",
      "?batch_size=%2B5",
      "?batch_size=007",
      "?batch_size=5&batch_size=x",
    ]) {
      const response = await snapshot(good);
      expect(response.status, good).toBe(200);
      expect(response.text, good).toBe(ACCEPTED);
    }
  });

  it("answers 200 but takes nothing past the SQL function's INTEGER, as Core's failing goroutine", async () => {
    const ledgerId = await insertLedger(ledger.db);
    const balanceId = await insertBalance(ledger.db, { ledgerId });
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      for (const size of ["2147483648", "9223372036854775807"]) {
        expect((await snapshot(`?batch_size=${size}`)).text).toBe(ACCEPTED);
      }
      expect(await snapshotsOf(balanceId)).toEqual([]);
      expect(logged).toHaveBeenCalledTimes(2);
      expect(String(logged.mock.calls[0]?.[0])).toContain("out of range for type integer");
    } finally {
      logged.mockRestore();
    }
    expect((await snapshot("?batch_size=2147483647")).text).toBe(ACCEPTED);
    expect(await snapshotsOf(balanceId)).toHaveLength(1);
  });
});

describe("what a snapshot holds", () => {
  it("copies each balance's stored amounts exactly, with its newest transaction and meta_data", async () => {
    const ledgerId = await insertLedger(ledger.db);
    const meta = '{"tier": "gold"}';
    const wallet = await insertBalance(ledger.db, { ledgerId, currency: "KES", metaData: meta });
    const other = await insertBalance(ledger.db, { ledgerId, currency: "KES" });
    await tamper(wallet, HUGE, 5n, HUGE * 2n);
    await insertTransaction(ledger.db, {
      source: other,
      destination: wallet,
      amount: 1n,
      createdAt: "2026-01-01T00:00:00Z",
    });
    // The newest transaction touching the balance, whatever its status.
    const newest = await insertTransaction(ledger.db, {
      source: wallet,
      destination: other,
      amount: 2n,
      status: "QUEUED",
      createdAt: "2026-01-02T00:00:00Z",
    });
    const before = Date.now();
    expect((await snapshot("?batch_size=1")).text).toBe(ACCEPTED);
    const [row, ...more] = await snapshotsOf(wallet);
    expect(more).toEqual([]);
    expect(row).toMatchObject({
      balance_id: wallet,
      ledger_id: ledgerId,
      balance: (HUGE - 5n).toString(),
      credit_balance: HUGE.toString(),
      debit_balance: "5",
      inflight_balance: (HUGE * 2n).toString(),
      inflight_credit_balance: (HUGE * 2n).toString(),
      inflight_debit_balance: "0",
      currency: "KES",
      last_tx_id: newest,
      meta_data: meta,
      created_with_snapshot: true,
    });
    // The moment it was taken, not the start of the day (Core's last definition of the function).
    const taken = Date.parse(String(row?.snapshot_time).replace(" ", "T").replace(/\+00$/, "Z"));
    expect(taken).toBeGreaterThanOrEqual(before - 1_000);
    expect(taken).toBeLessThanOrEqual(Date.now() + 1_000);
    // batch_size=1 bounds a batch, not the run: the other balance has its snapshot too, with no amounts.
    expect(await snapshotsOf(other)).toMatchObject([{ balance: "0", last_tx_id: newest }]);
  });

  it("takes at most one a day per balance: a second run the same day adds only the missing ones", async () => {
    const ledgerId = await insertLedger(ledger.db);
    const first = await insertBalance(ledger.db, { ledgerId, credit: 10n });
    await snapshot();
    await tamper(first, 999n, 0n);
    const second = await insertBalance(ledger.db, { ledgerId, credit: 20n });
    await snapshot();
    expect(await snapshotsOf(first)).toMatchObject([{ credit_balance: "10" }]);
    expect(await snapshotsOf(second)).toMatchObject([{ credit_balance: "20" }]);
    // Yesterday's snapshot does not count for today.
    await ledger.db.query(
      "UPDATE balance_snapshots SET snapshot_time = snapshot_time - interval '1 day' WHERE balance_id = $1",
      [first],
    );
    await snapshot();
    expect(await snapshotsOf(first)).toMatchObject([{ credit_balance: "10" }, { credit_balance: "999" }]);
  });
});

const iso = (ms: number) => new Date(ms).toISOString();

type AtJson = { balance: Record<string, unknown>; from_source: boolean; timestamp: string };

describe("GET /balances/:id/at from a snapshot", () => {
  it("starts from the latest snapshot at or before the time unless from_source", async () => {
    const ledgerId = await insertLedger(ledger.db);
    const wallet = await insertBalance(ledger.db, { ledgerId, currency: "KES" });
    const other = await insertBalance(ledger.db, { ledgerId, currency: "KES" });
    const now = Date.now();
    const hourAgo = iso(now - 3_600_000);
    await insertTransaction(ledger.db, {
      source: other,
      destination: wallet,
      amount: 100n,
      createdAt: hourAgo,
    });
    // The stored row disagrees with the transactions (100 credit): the snapshot copies the row.
    await tamper(wallet, HUGE, 7n);
    await snapshot();
    const [taken] = await snapshotsOf(wallet);
    const snapshotTime = String(taken?.snapshot_time);
    const later = (ms: number) => iso(now + ms);
    // After the snapshot: counted from it. Exactly at the snapshot time: already in it, so not added again.
    await insertTransaction(ledger.db, {
      source: other,
      destination: wallet,
      amount: 50n,
      createdAt: later(60_000),
    });
    await insertTransaction(ledger.db, {
      source: wallet,
      destination: other,
      amount: 3n,
      createdAt: later(120_000),
    });
    await insertTransaction(ledger.db, {
      source: other,
      destination: wallet,
      amount: 4n,
      createdAt: snapshotTime,
    });
    // Booked after the snapshot but effective before it: Core's snapshot path leaves it out.
    await insertTransaction(ledger.db, {
      source: other,
      destination: wallet,
      amount: 9n,
      createdAt: later(60_000),
      effectiveDate: iso(now - 1_800_000),
    });
    // After the time asked for: out either way.
    await insertTransaction(ledger.db, {
      source: other,
      destination: wallet,
      amount: 1000n,
      createdAt: later(7_200_000),
    });

    const target = later(3_600_000);
    const at = async (query: string) => {
      const response = await ledger.call("GET", `/balances/${wallet}/at?timestamp=${target}${query}`);
      expect(response.status).toBe(200);
      return response.text;
    };
    const echo = `${target.slice(0, 19)}Z`;
    expect(await at("")).toBe(
      `{"balance":{"balance":${HUGE + 50n - 10n},"balance_id":"${wallet}","credit_balance":${HUGE + 50n},` +
        `"currency":"KES","debit_balance":10},"from_source":false,"timestamp":"${echo}"}`,
    );
    expect(await at("&from_source=true")).toBe(
      `{"balance":{"balance":${100n + 50n + 4n + 9n - 3n},"balance_id":"${wallet}","credit_balance":163,` +
        `"currency":"KES","debit_balance":3},"from_source":true,"timestamp":"${echo}"}`,
    );
    // Before the snapshot there is none to start from: from genesis, as from_source.
    const before = plain(
      (await ledger.call("GET", `/balances/${wallet}/at?timestamp=${iso(now - 60_000)}`)).text,
    );
    // (The effective-dated 9 counts here: from genesis, every transaction up to the time is in.)
    expect((before as AtJson).balance).toMatchObject({ credit_balance: 109, debit_balance: 0, balance: 109 });
    expect((before as AtJson).from_source).toBe(false);
  });
});

describe("who may take snapshots", () => {
  it("is the master key only: Core maps /balances-snapshots to no scope resource", async () => {
    const secure = await startSecureTestLedger();
    try {
      const unknown = errorBody("AUTH_UNKNOWN_RESOURCE", "Unknown resource type");
      for (const scopes of [["*:*"], ["balances:write"], ["balances:*"]]) {
        const { call } = await secure.keyCaller(scopes);
        const response = await call("POST", "/balances-snapshots");
        expect(response.status, scopes.join()).toBe(403);
        expect(plain(response.text), scopes.join()).toEqual(unknown);
      }
      const master = await secure.asMaster("POST", "/balances-snapshots?batch_size=10");
      expect(master.status).toBe(200);
      expect(master.text).toBe(ACCEPTED);
    } finally {
      await secure.destroy();
    }
  });
});

describe("a data directory made before snapshots", () => {
  it("gains the table when it opens; an older profile answers 0.14's flat error", async () => {
    const old = await startTestLedger();
    const ledgerId = await insertLedger(old.db);
    const balanceId = await insertBalance(old.db, { ledgerId, credit: HUGE });
    await old.db.exec("DROP TABLE balance_snapshots");
    await old.close();
    const reopened = withClient(
      await startLedger({ dataDir: old.dataDir, profile: coreProfile("0.14") }),
      old.dataDir,
    );
    try {
      const refused = await reopened.call("POST", "/balances-snapshots?batch_size=abc");
      expect(refused.status).toBe(400);
      expect(refused.text).toBe('{"error":"invalid batch_size value"}');
      expect((await reopened.call("POST", "/balances-snapshots")).text).toBe(ACCEPTED);
      await reopened.db.query("UPDATE balances SET credit_balance = 0, balance = 0 WHERE balance_id = $1", [
        balanceId,
      ]);
      const at = await reopened.call(
        "GET",
        `/balances/${balanceId}/at?timestamp=${iso(Date.now() + 60_000)}`,
      );
      expect(at.text).toContain(`"credit_balance":${HUGE},`);
    } finally {
      await reopened.destroy();
    }
  });
});
