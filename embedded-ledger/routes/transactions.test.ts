import { isInteger, isSafeNumber, parse } from "lossless-json";
import { describe, expect, it } from "vitest";
import { errorBody } from "../testing/errors";
import { transactionSuite, uniqueRef } from "../testing/transaction-fixtures";

const { ledger, newBalance, fund, post, readBalance } = transactionSuite();

/** Numbers as number when safe, bigint otherwise, so toEqual can compare exact values. */
const body = (text: string) =>
  parse(text, null, (value) =>
    isInteger(value) && !isSafeNumber(value) ? BigInt(value) : Number(value),
  ) as Record<string, unknown>;

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A USD transfer from @World (overdraft allowed) with a fresh reference; `fields` add to it. */
const fromWorld = (destination: string, fields: Record<string, unknown>) =>
  post({
    source: "@World",
    destination,
    currency: "USD",
    reference: uniqueRef(),
    description: "d",
    allow_overdraft: true,
    ...fields,
  });

describe("POST /transactions: success", () => {
  it("applies a transfer from an auto-created @World and returns Core's Transaction JSON", async () => {
    const destination = await newBalance("NGN");
    const reference = uniqueRef();
    const response = await post({
      source: "@World",
      destination,
      precise_amount: 250075n,
      precision: 100,
      currency: "NGN",
      reference,
      description: "opening balance",
      allow_overdraft: true,
      meta_data: { channel: "seed", count: 3 },
    });
    expect(response.status).toBe(201);
    const world = await ledger.db.query<{ balance_id: string; ledger_id: string; currency: string }>(
      "SELECT balance_id, ledger_id, currency FROM balances WHERE indicator = '@World' AND currency = 'NGN'",
    );
    expect(world.rows).toHaveLength(1);
    const worldRow = world.rows[0];
    expect(worldRow).toMatchObject({ ledger_id: "general_ledger_id", currency: "NGN" });
    const json = body(response.text);
    expect(json).toEqual({
      precise_amount: 250075,
      amount: 2500.75,
      amount_string: "2500.75",
      precision: 100,
      overdraft_limit: 0,
      transaction_id: expect.stringMatching(new RegExp(`^txn_${UUID}$`)),
      parent_transaction: "",
      source: worldRow?.balance_id,
      destination,
      reference,
      currency: "NGN",
      description: "opening balance",
      status: "APPLIED",
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      allow_overdraft: true,
      inflight: false,
      skip_queue: false,
      atomic: false,
      created_at: expect.stringMatching(RFC3339_UTC),
      effective_date: json.created_at,
      scheduled_for: "0001-01-01T00:00:00Z",
      inflight_expiry_date: "0001-01-01T00:00:00Z",
      inflight_commit_date: "0001-01-01T00:00:00Z",
      meta_data: { channel: "seed", count: 3 },
    });
    // Go struct order.
    expect(Object.keys(json).slice(0, 4)).toEqual(["precise_amount", "amount", "amount_string", "precision"]);
    expect(await readBalance(destination)).toMatchObject({
      balance: 250075n,
      credit_balance: 250075n,
      debit_balance: 0n,
      version: 2,
    });
    expect(await readBalance(worldRow?.balance_id ?? "")).toMatchObject({
      balance: -250075n,
      debit_balance: 250075n,
      credit_balance: 0n,
    });
  });

  it("reuses @World per currency, and indicators are exact and case-sensitive", async () => {
    const destination = await newBalance("GHS");
    for (const source of ["@World", "@World", "@world"]) {
      const response = await post({
        source,
        destination,
        amount: 1,
        currency: "GHS",
        reference: uniqueRef(),
        description: "d",
        allow_overdraft: true,
      });
      expect(response.status).toBe(201);
    }
    const rows = await ledger.db.query<{ indicator: string; balance: bigint }>(
      "SELECT indicator, balance FROM balances WHERE currency = 'GHS' AND indicator IS NOT NULL ORDER BY indicator",
    );
    expect(rows.rows).toEqual([
      { indicator: "@World", balance: -2n },
      { indicator: "@world", balance: -1n },
    ]);
  });

  it("computes precise_amount = round(amount × precision) exactly", async () => {
    const destination = await newBalance();
    const cases: [number, number | undefined, number, string, number][] = [
      [0.29, 100, 29, "0.29", 0.29],
      [1.005, 100, 101, "1.01", 1.01],
      [12.345, 1000, 12345, "12.345", 12.345],
      [7, undefined, 7, "7", 7],
      [7, 0, 7, "7", 7],
      [0.000001, 1000000, 1, "0.000001", 0.000001],
    ];
    for (const [amount, precision, precise, text, reported] of cases) {
      const response = await fromWorld(destination, {
        amount,
        ...(precision === undefined ? {} : { precision }),
      });
      expect(response.status).toBe(201);
      expect(body(response.text)).toMatchObject({
        precise_amount: precise,
        amount_string: text,
        amount: reported,
        precision: precision || 1,
      });
    }
    expect((await readBalance(destination)).balance).toBe(29n + 101n + 12345n + 7n + 7n + 1n);
  });

  it("reports amount and amount_string from precise_amount and precision", async () => {
    const destination = await newBalance();
    const response = await fromWorld(destination, { precise_amount: 2550, precision: 100 });
    expect(body(response.text)).toMatchObject({ precise_amount: 2550, amount: 25.5, amount_string: "25.5" });
  });

  it("keeps effective_date (in UTC) and big meta_data numbers, and omits empty meta_data", async () => {
    const destination = await newBalance();
    const response = await fromWorld(destination, {
      amount: 5,
      effective_date: "2024-03-01T10:00:00+02:00",
      meta_data: { z: 1, big: 123456789012345678901234567890n, a: { nested: true } },
    });
    expect(response.status).toBe(201);
    expect(response.text).toContain('"effective_date":"2024-03-01T08:00:00Z"');
    expect(response.text).toContain(
      '"meta_data":{"a":{"nested":true},"big":123456789012345678901234567890,"z":1}',
    );
    const empty = await fromWorld(destination, { amount: 5, meta_data: {} });
    expect(body(empty.text)).not.toHaveProperty("meta_data");
  });
});

describe("POST /transactions: funds", () => {
  it("refuses a transfer the source cannot cover, and changes nothing", async () => {
    const [source, destination] = [await newBalance(), await newBalance()];
    await fund(source, 100n, "USD");
    const reference = uniqueRef();
    const request = {
      source,
      destination,
      precise_amount: 150,
      currency: "USD",
      reference,
      description: "d",
    };
    const refused = await post(request);
    expect(refused.status).toBe(400);
    expect(refused.json).toEqual(errorBody("TXN_INSUFFICIENT_FUNDS", "insufficient funds in source balance"));
    expect(await readBalance(source)).toMatchObject({ balance: 100n, version: 2 });
    expect(await readBalance(destination)).toMatchObject({ balance: 0n, version: 1 });
    expect((await ledger.call("GET", `/transactions/reference/${reference}`)).status).toBe(404);

    const overdraft = await post({ ...request, allow_overdraft: true });
    expect(overdraft.status).toBe(201);
    expect(await readBalance(source)).toMatchObject({ balance: -50n, debit_balance: 150n });
    expect(await readBalance(destination)).toMatchObject({ balance: 150n });
  });

  it("allows spending exactly the balance, and an overdraft_limit down to −limit", async () => {
    const [source, destination] = [await newBalance(), await newBalance()];
    await fund(source, 100n, "USD");
    const move = (precise: number, extra: Record<string, unknown> = {}) =>
      post({
        source,
        destination,
        precise_amount: precise,
        precision: 100,
        currency: "USD",
        reference: uniqueRef(),
        description: "d",
        ...extra,
      });
    expect((await move(100)).status).toBe(201);
    expect((await move(1)).status).toBe(400);
    expect((await move(150, { overdraft_limit: 1.5 })).status).toBe(201);
    const beyond = await move(1, { overdraft_limit: 1.5 });
    expect(beyond.status).toBe(400);
    expect(beyond.json).toMatchObject({ error: "transaction exceeds overdraft limit" });
    expect((await readBalance(source)).balance).toBe(-150n);
  });

  it("counts inflight debits against available funds", async () => {
    const [source, destination] = [await newBalance(), await newBalance()];
    await fund(source, 100n, "USD");
    const hold = (precise: number) =>
      post({
        source,
        destination,
        precise_amount: precise,
        currency: "USD",
        reference: uniqueRef(),
        description: "d",
        inflight: true,
      });
    expect((await hold(80)).status).toBe(201);
    const refused = await hold(30);
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ error_detail: { code: "TXN_INSUFFICIENT_FUNDS" } });
    expect((await hold(20)).status).toBe(201);
    expect(await readBalance(source)).toMatchObject({
      balance: 100n,
      inflight_debit_balance: 100n,
    });
  });

  it("answers a duplicate reference with 409 and moves nothing", async () => {
    const destination = await newBalance();
    const reference = uniqueRef();
    const request = {
      source: "@World",
      destination,
      amount: 10,
      currency: "USD",
      reference,
      description: "d",
      allow_overdraft: true,
    };
    expect((await post(request)).status).toBe(201);
    const again = await post(request);
    expect(again.status).toBe(409);
    expect(again.json).toEqual(
      errorBody("TXN_DUPLICATE_REFERENCE", `reference ${reference} has already been used`),
    );
    expect((await readBalance(destination)).balance).toBe(10n);
  });
});
