import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, openDb } from "../storage/db";
import { seedScale } from "./scale";

let db: Db;
beforeAll(async () => {
  db = await openDb(undefined);
});
afterAll(() => db.close());

describe("seedScale", () => {
  it("writes N funded balances whose totals balance against @World", async () => {
    const { ledgerId } = await seedScale(db, { balances: 1_500, chunkSize: 400 });
    const count = await db.query<{ n: number }>("SELECT count(*) AS n FROM balances WHERE ledger_id = $1", [
      ledgerId,
    ]);
    expect(count.rows[0]?.n).toBe(1_500);

    const broken = await db.query(
      "SELECT balance_id FROM balances WHERE balance <> credit_balance - debit_balance OR inflight_balance <> inflight_credit_balance - inflight_debit_balance",
    );
    expect(broken.rows).toEqual([]);

    // Every deposit is one APPLIED transaction from that currency's @World, and the ledger sums to zero.
    const sums = await db.query<{ currency: string; total: bigint; moved: bigint }>(
      `SELECT b.currency, sum(b.balance) AS total,
              (SELECT sum(t.precise_amount) FROM transactions t JOIN balances w ON w.balance_id = t.source
               WHERE w.indicator = '@World' AND t.currency = b.currency AND t.status = 'APPLIED') AS moved
       FROM balances b GROUP BY b.currency ORDER BY b.currency`,
    );
    expect(sums.rows.length).toBe(7);
    for (const row of sums.rows) {
      expect(row.total).toBe(0n);
      expect(row.moved).toBeGreaterThan(0n);
    }

    const eth = await db.query<{ max: bigint }>(
      "SELECT max(balance) AS max FROM balances WHERE ledger_id = $1 AND currency = 'ETH'",
      [ledgerId],
    );
    expect(eth.rows[0]?.max).toBeGreaterThan(2n ** 64n);
  });

  it("keeps row arithmetic in range for the row numbers of a million-balance seed", async () => {
    const { ledgerId } = await seedScale(db, { balances: 20, firstIndex: 999_980 });
    const count = await db.query<{ n: number }>("SELECT count(*) AS n FROM balances WHERE ledger_id = $1", [
      ledgerId,
    ]);
    expect(count.rows[0]?.n).toBe(20);
  });
});
