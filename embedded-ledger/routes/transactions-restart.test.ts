import { rmSync } from "node:fs";
import { afterAll, expect, it } from "vitest";
import { startLedger } from "../app";
import { HUGE, startTestLedger, type TestLedger, withClient } from "../testing/ledger";
import { insertBalance, insertLedger, postTransaction } from "../testing/transaction-fixtures";

const opened: TestLedger[] = [];
afterAll(async () => {
  for (const ledger of opened) await ledger.close().catch(() => undefined);
  const dataDir = opened[0]?.dataDir;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const SNAPSHOT_SQL = {
  ledgers: "SELECT ledger_id, name, created_at::text AS created_at FROM ledgers ORDER BY ledger_id",
  balances: `SELECT balance_id, ledger_id, indicator, currency, balance::text, credit_balance::text,
               debit_balance::text, inflight_balance::text, inflight_credit_balance::text,
               inflight_debit_balance::text, version FROM balances ORDER BY balance_id`,
  transactions: `SELECT transaction_id, parent_transaction, reference, precise_amount::text, status,
                   created_at::text AS created_at, meta_data::text AS meta_data
                 FROM transactions ORDER BY created_at, transaction_id`,
};

async function snapshot(ledger: TestLedger) {
  const out: Record<string, unknown[]> = {};
  for (const [name, sql] of Object.entries(SNAPSHOT_SQL)) out[name] = (await ledger.db.query(sql)).rows;
  return out;
}

it("reads back ledgers, balances and transactions unchanged after a stop and restart", async () => {
  const first = await startTestLedger();
  opened.push(first);
  const ledgerId = await insertLedger(first.db, "Persistent");
  const wallet = await insertBalance(first.db, ledgerId, "USD");
  const savings = await insertBalance(first.db, ledgerId, "USD");
  const post = (body: Record<string, unknown>) =>
    postTransaction(first, { currency: "USD", description: "persist", ...body });
  const huge = await post({
    source: "@World",
    destination: wallet,
    precise_amount: HUGE,
    reference: "persist-huge",
    allow_overdraft: true,
    meta_data: { note: "big", limit: 123456789012345678901234567890n },
  });
  expect(huge.status).toBe(201);
  expect(
    (await post({ source: wallet, destination: savings, amount: 12.34, precision: 100, reference: "p2" }))
      .status,
  ).toBe(201);
  const hold = await post({
    source: wallet,
    destination: savings,
    precise_amount: 500,
    reference: "p3",
    inflight: true,
  });
  const holdId = (hold.json as { transaction_id: string }).transaction_id;
  const commit = await first.call(
    "PUT",
    `/transactions/inflight/${holdId}`,
    '{"status":"commit","precise_amount":200}',
  );
  expect(commit.status).toBe(200);

  const before = await snapshot(first);
  const listBefore = (await first.call("GET", "/transactions")).text;
  const hugeBefore = (await first.call("GET", "/transactions/reference/persist-huge")).text;
  await first.close();

  const second = withClient(await startLedger({ dataDir: first.dataDir }), first.dataDir);
  opened.push(second);
  expect(await snapshot(second)).toEqual(before);
  expect((await second.call("GET", "/transactions")).text).toBe(listBefore);
  const hugeAfter = (await second.call("GET", "/transactions/reference/persist-huge")).text;
  expect(hugeAfter).toBe(hugeBefore);
  expect(hugeAfter).toContain(`"precise_amount":${HUGE},`);
  expect(hugeAfter).toContain('"limit":123456789012345678901234567890');
  const balances = before.balances as { balance_id: string; balance: string; inflight_balance: string }[];
  expect(balances.find((row) => row.balance_id === wallet)).toMatchObject({
    balance: (HUGE - 1234n - 200n).toString(),
    inflight_balance: "-300",
  });
  expect(balances.find((row) => row.balance_id === savings)).toMatchObject({
    balance: "1434",
    inflight_balance: "300",
  });

  // The restarted ledger keeps posting against the same balances.
  const after = await postTransaction(second, {
    source: savings,
    destination: wallet,
    precise_amount: 1434,
    currency: "USD",
    reference: "p4",
    description: "after restart",
  });
  expect(after.status).toBe(201);
  const savingsRow = await second.db.query<{ balance: bigint }>(
    "SELECT balance FROM balances WHERE balance_id = $1",
    [savings],
  );
  expect(savingsRow.rows[0]?.balance).toBe(0n);
}, 60_000);
