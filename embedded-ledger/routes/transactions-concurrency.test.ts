import { expect, it } from "vitest";
import { type BalanceAmounts, transactionSuite } from "../testing/transaction-fixtures";

const { ledger, newBalance, fund, post, readBalance } = transactionSuite();

const BALANCES = 5;
const TRANSFERS = 200;
const FUNDING = 1_000n;

/** A small deterministic generator, so a failure can be replayed. */
function generator(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % below;
  };
}

type Transfer = { from: number; to: number; amount: bigint; inflight: boolean };
type Expected = {
  credit: bigint;
  debit: bigint;
  inflightCredit: bigint;
  inflightDebit: bigint;
  updates: number;
};

it("loses no update when 200 transfers arrive at once", async () => {
  const ids: string[] = [];
  for (let index = 0; index < BALANCES; index++) {
    const id = await newBalance();
    await fund(id, FUNDING, "USD");
    ids.push(id);
  }
  // Funding credited each balance once (version 1 → 2).
  const expected: Expected[] = ids.map(() => ({
    credit: FUNDING,
    debit: 0n,
    inflightCredit: 0n,
    inflightDebit: 0n,
    updates: 2,
  }));

  const random = generator(20_260_101);
  const transfers: Transfer[] = Array.from({ length: TRANSFERS }, (_, index) => {
    const from = random(BALANCES);
    const to = (from + 1 + random(BALANCES - 1)) % BALANCES;
    return { from, to, amount: BigInt(1 + random(400)), inflight: index % 10 === 0 };
  });

  const responses = await Promise.all(
    transfers.map((transfer, index) =>
      post({
        source: ids[transfer.from],
        destination: ids[transfer.to],
        precise_amount: transfer.amount,
        currency: "USD",
        reference: `concurrent-${index}`,
        description: "concurrency",
        inflight: transfer.inflight,
      }),
    ),
  );

  let applied = 0;
  responses.forEach((response, index) => {
    const transfer = transfers[index];
    if (!transfer) throw new Error("missing transfer");
    if (response.status === 400) {
      expect(response.json).toMatchObject({ error_detail: { code: "TXN_INSUFFICIENT_FUNDS" } });
      return;
    }
    expect(response.status).toBe(201);
    applied++;
    const source = expected[transfer.from];
    const destination = expected[transfer.to];
    if (!source || !destination) throw new Error("missing balance");
    if (transfer.inflight) {
      source.inflightDebit += transfer.amount;
      destination.inflightCredit += transfer.amount;
    } else {
      source.debit += transfer.amount;
      destination.credit += transfer.amount;
    }
    source.updates++;
    destination.updates++;
  });
  // The amounts are large enough against the funding that some transfers must be refused.
  expect(applied).toBeGreaterThan(0);
  expect(applied).toBeLessThan(TRANSFERS);

  const rows: BalanceAmounts[] = [];
  for (const [index, id] of ids.entries()) {
    const row = await readBalance(id);
    const want = expected[index];
    if (!want) throw new Error("missing expectation");
    expect(row).toEqual({
      balance: want.credit - want.debit,
      credit_balance: want.credit,
      debit_balance: want.debit,
      inflight_balance: want.inflightCredit - want.inflightDebit,
      inflight_credit_balance: want.inflightCredit,
      inflight_debit_balance: want.inflightDebit,
      version: want.updates,
    });
    // No overdraft was allowed: available funds never went below zero.
    expect(row.balance - row.inflight_debit_balance).toBeGreaterThanOrEqual(0n);
    rows.push(row);
  }
  const total = rows.reduce((sum, row) => sum + row.balance, 0n);
  expect(total).toBe(FUNDING * BigInt(BALANCES));
  const inflightTotal = rows.reduce((sum, row) => sum + row.inflight_balance, 0n);
  expect(inflightTotal).toBe(0n);

  const invariant = await ledger.db.query<{ broken: number }>(
    `SELECT count(*)::int8 AS broken FROM balances
     WHERE balance <> credit_balance - debit_balance
        OR inflight_balance <> inflight_credit_balance - inflight_debit_balance`,
  );
  expect(invariant.rows[0]?.broken).toBe(0);
  const recorded = await ledger.db.query<{ count: number }>(
    "SELECT count(*)::int8 AS count FROM transactions WHERE reference LIKE 'concurrent-%'",
  );
  expect(recorded.rows[0]?.count).toBe(applied);
}, 60_000);
