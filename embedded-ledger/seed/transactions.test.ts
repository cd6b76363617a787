import { describe, expect, it } from "vitest";
import { testLedgerForFile } from "../testing/ledger";
import { seedScale } from "./scale";
import { seedTransactions, slotPlan } from "./transactions";

const ledger = testLedgerForFile();

type Row = {
  transaction_id: string;
  parent_transaction: string;
  reference: string;
  status: string;
  created_at: string;
  meta_data: Record<string, unknown> | null;
};

describe("seedTransactions", () => {
  it("refuses to run without a scale-seeded ledger", async () => {
    await expect(seedTransactions(ledger.db, { transactions: 10 })).rejects.toThrow(/no scale-seeded ledger/);
  });

  it("writes exactly N rows of every kind, linked, with the balances consistent and the filter paging them", {
    timeout: 120_000,
  }, async () => {
    const { ledgerId } = await seedScale(ledger.db, { balances: 350, chunkSize: 200 });
    // Balances as they were, to check each one moved by exactly what the new rows say.
    await ledger.db.exec(
      "CREATE TABLE seed_before AS SELECT balance_id, credit_balance, debit_balance, inflight_credit_balance, inflight_debit_balance, version FROM balances",
    );
    const indexes = () =>
      ledger.db.query(
        "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE tablename IN ('transactions', 'balances') ORDER BY indexname",
      );
    const indexesBefore = (await indexes()).rows;
    const { run, rows } = await seedTransactions(ledger.db, {
      transactions: 2_000,
      chunkSize: 300,
      rebuildIndexes: true,
    });
    expect(rows).toBe(2_000);
    // The indexes it drops for the load are all back, as they were.
    expect((await indexes()).rows).toEqual(indexesBefore);
    expect(indexesBefore.length).toBeGreaterThanOrEqual(11);
    const prefix = `scale-tx-${run}-`;
    const mine = async <T>(sql: string) =>
      (await ledger.db.query<T>(sql.replaceAll(":mine", "reference LIKE $1"), [`${prefix}%`])).rows;

    // Counts: 76 blocks of 20 slots (26 rows each), then 24 one-row transfers (slotPlan).
    expect(slotPlan(2_000)).toEqual({ slots: 1_544, patterned: 1_520 });
    const byStatus = Object.fromEntries(
      (
        await mine<{ status: string; n: number }>(
          "SELECT status, count(*)::int AS n FROM transactions WHERE :mine GROUP BY status",
        )
      ).map((row) => [row.status, row.n]),
    );
    expect(byStatus).toMatchObject({ QUEUED: 228, INFLIGHT: 304, VOID: 76 });
    expect(byStatus.REJECTED).toBeGreaterThan(0);
    expect((byStatus.APPLIED ?? 0) + (byStatus.REJECTED ?? 0)).toBe(2_000 - 228 - 304 - 76);

    // Links: every child names a parent of the run; holds end in one commit or void (or stay open), queued
    // originals in one `_q` copy with the same created_at, both naming the original in meta_data.
    const all = await mine<Row>(
      "SELECT transaction_id, parent_transaction, reference, status, created_at, meta_data FROM transactions WHERE :mine",
    );
    const byId = new Map(all.map((row) => [row.transaction_id, row]));
    const children = all.filter((row) => row.parent_transaction !== "");
    expect(children).toHaveLength(76 * 2 + 76 + 228);
    expect(new Set(children.map((row) => row.parent_transaction)).size).toBe(children.length);
    for (const child of children) {
      const parent = byId.get(child.parent_transaction);
      expect(parent, child.reference).toBeDefined();
      if (!parent) continue;
      if (parent.status === "QUEUED") {
        expect(child.reference).toBe(`${parent.reference}_q`);
        expect(["APPLIED", "REJECTED"]).toContain(child.status);
        expect(child.created_at).toEqual(parent.created_at);
        expect(child.meta_data?.QUEUED_PARENT_TRANSACTION).toBe(parent.transaction_id);
        expect(parent.meta_data?.QUEUED_PARENT_TRANSACTION).toBe(parent.transaction_id);
      } else {
        expect(parent.status).toBe("INFLIGHT");
        const action = child.status === "VOID" ? "void" : "commit";
        expect(["APPLIED", "VOID"]).toContain(child.status);
        expect(child.reference.startsWith(`${parent.reference}_${action}_`)).toBe(true);
        expect(new Date(child.created_at).getTime()).toBeGreaterThan(new Date(parent.created_at).getTime());
      }
    }
    const openHolds = all.filter(
      (row) =>
        row.status === "INFLIGHT" &&
        !children.some((child) => child.parent_transaction === row.transaction_id),
    );
    expect(openHolds).toHaveLength(76);

    // Spread: currencies, internal balances on one side of some rows, times within the customers' lifetime.
    const spread = await mine<{ currencies: number; internal: number; backdated: number; early: number }>(
      `SELECT count(DISTINCT t.currency)::int AS currencies,
              count(*) FILTER (WHERE s.indicator IS NOT NULL OR d.indicator IS NOT NULL)::int AS internal,
              count(*) FILTER (WHERE t.effective_date < t.created_at)::int AS backdated,
              count(*) FILTER (WHERE t.created_at < (SELECT min(created_at) FROM balances WHERE ledger_id = '${ledgerId}'))::int AS early
       FROM transactions t JOIN balances s ON s.balance_id = t.source JOIN balances d ON d.balance_id = t.destination
       WHERE t.:mine`,
    );
    expect(spread[0]).toMatchObject({ currencies: 7, early: 0 });
    expect(spread[0]?.internal).toBeGreaterThan(300);
    expect(spread[0]?.backdated).toBeGreaterThan(0);

    // Balances: each moved by exactly the run's APPLIED rows and open holds, one version per posting.
    const drift = await ledger.db.query(
      `WITH run AS (SELECT t.*, t.status = 'INFLIGHT' AND NOT EXISTS
                      (SELECT 1 FROM transactions c WHERE c.parent_transaction = t.transaction_id) AS held
                    FROM transactions t WHERE reference LIKE $1),
            side AS (
              SELECT source AS id, 0::numeric AS cr, CASE WHEN status = 'APPLIED' THEN precise_amount ELSE 0 END AS dr,
                     0::numeric AS icr, CASE WHEN held THEN precise_amount ELSE 0 END AS idr,
                     (status IN ('APPLIED', 'INFLIGHT', 'VOID'))::int AS posts FROM run
              UNION ALL
              SELECT destination, CASE WHEN status = 'APPLIED' THEN precise_amount ELSE 0 END, 0,
                     CASE WHEN held THEN precise_amount ELSE 0 END, 0,
                     (status IN ('APPLIED', 'INFLIGHT', 'VOID'))::int FROM run),
            moved AS (SELECT id, sum(cr) cr, sum(dr) dr, sum(icr) icr, sum(idr) idr, sum(posts) posts FROM side GROUP BY id)
       SELECT b.balance_id FROM balances b JOIN seed_before o USING (balance_id) LEFT JOIN moved m ON m.id = b.balance_id
       WHERE b.credit_balance <> o.credit_balance + coalesce(m.cr, 0)
          OR b.debit_balance <> o.debit_balance + coalesce(m.dr, 0)
          OR b.inflight_credit_balance <> o.inflight_credit_balance + coalesce(m.icr, 0)
          OR b.inflight_debit_balance <> o.inflight_debit_balance + coalesce(m.idr, 0)
          OR b.version <> o.version + coalesce(m.posts, 0)
          OR b.balance <> b.credit_balance - b.debit_balance
          OR b.inflight_balance <> b.inflight_credit_balance - b.inflight_debit_balance`,
      [`${prefix}%`],
    );
    expect(drift.rows).toEqual([]);
    const negative = await ledger.db.query(
      "SELECT balance_id FROM balances WHERE indicator IS NULL AND balance - inflight_debit_balance < 0",
    );
    expect(negative.rows).toEqual([]);

    // The filter route pages through them newest first: every row once, in created_at order.
    const newestFirst = await mine<{ transaction_id: string }>(
      "SELECT transaction_id FROM transactions WHERE :mine ORDER BY created_at DESC, transaction_id DESC",
    );
    const paged: string[] = [];
    let lastAt = Number.POSITIVE_INFINITY;
    for (let offset = 0; offset < 2_000; offset += 100) {
      const response = await ledger.call(
        "POST",
        "/transactions/filter",
        JSON.stringify({
          filters: [{ field: "reference", operator: "like", value: `${prefix}%` }],
          sort_by: "created_at",
          sort_order: "desc",
          include_count: true,
          limit: 100,
          offset,
        }),
      );
      expect(response.status).toBe(200);
      const page = response.json as {
        data: { transaction_id: string; created_at: string }[];
        total_count: unknown;
      };
      expect(String(page.total_count)).toBe("2000");
      for (const row of page.data) {
        const at = Date.parse(row.created_at);
        expect(at).toBeLessThanOrEqual(lastAt);
        lastAt = at;
        paged.push(row.transaction_id);
      }
    }
    expect(paged).toEqual(newestFirst.map((row) => row.transaction_id));

    // And finds a hold's settlement by parent_transaction.
    const settled = children.filter((row) => row.status === "VOID").slice(0, 3);
    const found = await ledger.call(
      "POST",
      "/transactions/filter",
      JSON.stringify({
        filters: [
          {
            field: "parent_transaction",
            operator: "in",
            values: settled.map((row) => row.parent_transaction),
          },
        ],
      }),
    );
    expect((found.json as Row[]).map((row) => row.transaction_id).sort()).toEqual(
      settled.map((row) => row.transaction_id).sort(),
    );
  });

  it("adds a small run into the indexes as they stand, and keeps every balance equal to its rows", async () => {
    const { rows } = await seedTransactions(ledger.db, { transactions: 260 });
    expect(rows).toBe(260);
    // Over everything seeded so far: credit and debit are the APPLIED rows, inflight the open holds.
    const wrong = await ledger.db.query(
      `WITH open AS (SELECT * FROM transactions t WHERE status = 'INFLIGHT'
                     AND NOT EXISTS (SELECT 1 FROM transactions c WHERE c.parent_transaction = t.transaction_id)),
            side AS (SELECT destination AS id, precise_amount AS cr, 0::numeric AS dr FROM transactions WHERE status = 'APPLIED'
                     UNION ALL SELECT source, 0, precise_amount FROM transactions WHERE status = 'APPLIED'),
            held AS (SELECT destination AS id, precise_amount AS icr, 0::numeric AS idr FROM open
                     UNION ALL SELECT source, 0, precise_amount FROM open)
       SELECT b.balance_id FROM balances b
       WHERE b.credit_balance <> coalesce((SELECT sum(cr) FROM side WHERE id = b.balance_id), 0)
          OR b.debit_balance <> coalesce((SELECT sum(dr) FROM side WHERE id = b.balance_id), 0)
          OR b.inflight_credit_balance <> coalesce((SELECT sum(icr) FROM held WHERE id = b.balance_id), 0)
          OR b.inflight_debit_balance <> coalesce((SELECT sum(idr) FROM held WHERE id = b.balance_id), 0)
          OR b.balance <> b.credit_balance - b.debit_balance`,
    );
    expect(wrong.rows).toEqual([]);
  });
});
