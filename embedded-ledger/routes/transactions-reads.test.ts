import { describe, expect, it } from "vitest";
import { HUGE } from "../testing/ledger";
import { expectTransactionNotFound, transactionSuite, uniqueRef } from "../testing/transaction-fixtures";

const { ledger, newBalance, post, readBalance, storedPreciseAmount } = transactionSuite();

type Txn = { transaction_id: string; reference: string; source: string; destination: string; status: string };

const transfer = async (source: string, destination: string, extra: Record<string, unknown> = {}) => {
  const response = await post({
    source,
    destination,
    amount: 1,
    currency: "USD",
    reference: uniqueRef("read"),
    description: "d",
    allow_overdraft: true,
    ...extra,
  });
  expect(response.status).toBe(201);
  return response.json as Txn;
};

describe("empty ledger", () => {
  it("lists [] (never null) before any transaction", async () => {
    for (const [method, route, body] of [
      ["GET", "/transactions", undefined],
      ["POST", "/transactions/filter", "{}"],
    ] as const) {
      const response = await ledger.call(method, route, body);
      expect(response.status).toBe(200);
      expect(response.text).toBe("[]");
    }
    const counted = await ledger.call("POST", "/transactions/filter", '{"include_count":true}');
    expect(counted.text).toBe('{"data":[]}');
  });
});

describe("a precise_amount of 10^40 + 1", () => {
  it("round-trips exactly through SQL and the raw JSON", async () => {
    const destination = await newBalance("BIG");
    const response = await post({
      source: "@World",
      destination,
      precise_amount: HUGE,
      currency: "BIG",
      reference: uniqueRef("big"),
      description: "huge",
      allow_overdraft: true,
    });
    expect(response.status).toBe(201);
    expect(response.text).toContain(`"precise_amount":${HUGE},`);
    expect(response.text).toContain(`"amount_string":"${HUGE}"`);
    const txn = response.json as Txn;
    // Core's read has no amount_string (transactions-core-reads.test.ts has the field-by-field comparison).
    const fetched = await ledger.call("GET", `/transactions/${txn.transaction_id}`);
    expect(fetched.text).toContain(`"precise_amount":${HUGE},`);
    expect(fetched.text).not.toContain("amount_string");
    expect(await readBalance(destination)).toMatchObject({ balance: HUGE, credit_balance: HUGE });
    expect(await readBalance(txn.source)).toMatchObject({ balance: -HUGE, debit_balance: HUGE });
    expect(await storedPreciseAmount(txn.transaction_id)).toBe(HUGE);
  });
});

describe("GET /transactions/:id and /transactions/reference/:reference", () => {
  it("returns the stored transaction, or Core's 404", async () => {
    const destination = await newBalance();
    const created = await post({
      source: "@World",
      destination,
      amount: 12.5,
      precision: 100,
      currency: "USD",
      reference: "ref with space",
      description: "d",
      allow_overdraft: true,
    });
    const txn = created.json as Txn;
    const byId = await ledger.call("GET", `/transactions/${txn.transaction_id}`);
    expect(byId.status).toBe(200);
    expect(byId.json).toMatchObject({ transaction_id: txn.transaction_id, reference: "ref with space" });
    const byRef = await ledger.call("GET", `/transactions/reference/${encodeURIComponent("ref with space")}`);
    expect(byRef.status).toBe(200);
    expect(byRef.json).toMatchObject({ transaction_id: txn.transaction_id, precision: expect.anything() });

    // Both 404 bodies, compared whole.
    await expectTransactionNotFound(ledger);
  });
});

describe("GET /transactions", () => {
  it("lists newest first, 20 by default, coercing bad limit/offset", async () => {
    const destination = await newBalance();
    const made: string[] = [];
    for (let index = 0; index < 22; index++)
      made.push((await transfer("@World", destination)).transaction_id);
    const ids = async (query: string) =>
      ((await ledger.call("GET", `/transactions${query}`)).json as Txn[]).map((txn) => txn.transaction_id);
    const newest = [...made].reverse();
    expect(await ids("")).toEqual(newest.slice(0, 20));
    expect(await ids("?limit=abc&offset=-5")).toEqual(newest.slice(0, 20));
    expect(await ids("?limit=3&offset=2")).toEqual(newest.slice(2, 5));
    expect((await ids("?limit=500")).length).toBeGreaterThanOrEqual(22);
  });

  it("applies field_op query filters", async () => {
    const destination = await newBalance();
    const txn = await transfer("@World", destination);
    const byRef = await ledger.call("GET", `/transactions?reference_eq=${txn.reference}`);
    expect((byRef.json as Txn[]).map((row) => row.transaction_id)).toEqual([txn.transaction_id]);
    const byBalance = await ledger.call("GET", `/transactions?balance_id_eq=${destination}`);
    expect((byBalance.json as Txn[]).map((row) => row.transaction_id)).toEqual([txn.transaction_id]);
    const none = await ledger.call("GET", "/transactions?currency_eq=ZZZNONE");
    expect(none.text).toBe("[]");
    const badLogic = await ledger.call("GET", "/transactions?currency_eq=USD&logical_operator=xor");
    expect(badLogic.status).toBe(400);
  });
});

describe("POST /transactions/filter", () => {
  it("matches balance_id on either side, and the indicator of either side", async () => {
    const [a, b, c] = [await newBalance("KES"), await newBalance("KES"), await newBalance("KES")];
    const funding = await transfer("@Treasury", a, { currency: "KES" });
    const outgoing = await transfer(a, b, { currency: "KES" });
    const unrelated = await transfer(b, c, { currency: "KES" });
    const filter = async (filters: unknown[], extra: Record<string, unknown> = {}) => {
      const response = await ledger.call(
        "POST",
        "/transactions/filter",
        JSON.stringify({ filters, ...extra }),
      );
      expect(response.status).toBe(200);
      return response.json;
    };
    const ids = (rows: unknown) => (rows as Txn[]).map((row) => row.transaction_id);

    const touchingA = await filter([{ field: "balance_id", operator: "eq", value: a }]);
    expect(ids(touchingA)).toEqual([outgoing.transaction_id, funding.transaction_id]);
    for (const row of touchingA as Txn[]) expect([row.source, row.destination]).toContain(a);

    expect(ids(await filter([{ field: "balance_id", operator: "in", values: [a, c] }]))).toEqual([
      unrelated.transaction_id,
      outgoing.transaction_id,
      funding.transaction_id,
    ]);
    const notA = [
      { field: "balance_id", operator: "ne", value: a },
      { field: "currency", operator: "eq", value: "KES" },
    ];
    expect(ids(await filter(notA))).toEqual([unrelated.transaction_id]);
    expect(ids(await filter([{ field: "indicator", operator: "eq", value: "@Treasury" }]))).toEqual([
      funding.transaction_id,
    ]);
    const counted = await filter([{ field: "balance_id", operator: "eq", value: a }], {
      include_count: true,
      limit: 1,
    });
    expect(ids((counted as { data: unknown }).data)).toEqual([outgoing.transaction_id]);
    expect(String((counted as { total_count: unknown }).total_count)).toBe("2");
  });

  it("refuses operators balance_id does not support, and unknown fields", async () => {
    const gt = await ledger.call(
      "POST",
      "/transactions/filter",
      JSON.stringify({ filters: [{ field: "balance_id", operator: "gt", value: "x" }] }),
    );
    expect(gt.status).toBe(400);
    expect((gt.json as { error: string }).error).toContain(
      "operator 'gt' is not supported for field 'balance_id'",
    );
    const unknown = await ledger.call(
      "POST",
      "/transactions/filter",
      JSON.stringify({ filters: [{ field: "nope", operator: "eq", value: "x" }] }),
    );
    expect(unknown.status).toBe(400);
  });
});
