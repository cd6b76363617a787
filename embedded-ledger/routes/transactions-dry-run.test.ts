// POST /transactions with `dry_run: true`: Core's projection (model/transaction_preview.go), 200, nothing written.
import { describe, expect, it } from "vitest";
import { toJson } from "../json";
import { errorBody, errorsBody } from "../testing/errors";
import { HUGE } from "../testing/ledger";
import { exactJson, transactionSuite, uniqueRef } from "../testing/transaction-fixtures";

const { ledger, newBalance, fund, post, readBalance } = transactionSuite();

type Json = Record<string, unknown>;

/** The body with numbers as number (bigint past 2^53), so toEqual compares values. */
const body = (response: { text: string }) => exactJson<Json & { balances: Json[] }>(response.text);

/** What a dry run could have written: every row count and every balance's amounts and version. */
async function ledgerState() {
  const counts = await ledger.db.query(
    `SELECT (SELECT count(*) FROM transactions) AS transactions, (SELECT count(*) FROM balances) AS balances,
            (SELECT string_agg(balance_id || ':' || balance || ':' || inflight_debit_balance || ':' || version, ',' ORDER BY balance_id) FROM balances) AS amounts`,
  );
  return counts.rows[0];
}

async function funded(amount: bigint) {
  const source = await newBalance();
  const destination = await newBalance();
  await fund(source, amount, "USD");
  return { source, destination };
}

const preview = (body: Json) => post({ description: "preview", currency: "USD", ...body });

describe("POST /transactions dry_run", { timeout: 30_000 }, () => {
  it("answers 200 with both balances before and after, in Core's key order, and writes nothing", async () => {
    const { source, destination } = await funded(50_000n);
    const reference = uniqueRef("dry");
    const before = await ledgerState();
    const response = await preview({
      source,
      destination,
      amount: 100,
      precision: 100,
      reference,
      dry_run: true,
    });
    expect(response.status).toBe(200);
    expect(await ledgerState()).toEqual(before);
    const zeros = {
      current_credit_balance: "0",
      current_debit_balance: "0",
      current_inflight_debit_balance: "0",
      current_inflight_credit_balance: "0",
    };
    expect(body(response)).toEqual({
      dry_run: true,
      would_apply: true,
      status: "APPLIED",
      reference,
      currency: "USD",
      amount: 100,
      precise_amount: "10000",
      precision: 100,
      balances: [
        {
          balance_id: source,
          role: "source",
          currency: "USD",
          current_balance: "50000",
          current_available: "50000",
          ...zeros,
          current_credit_balance: "50000",
          resulting_balance: "40000",
          resulting_available: "40000",
          resulting_credit_balance: "50000",
          resulting_debit_balance: "10000",
          resulting_inflight_debit_balance: "0",
          resulting_inflight_credit_balance: "0",
        },
        {
          balance_id: destination,
          role: "destination",
          currency: "USD",
          current_balance: "0",
          current_available: "0",
          ...zeros,
          resulting_balance: "10000",
          resulting_available: "10000",
          resulting_credit_balance: "10000",
          resulting_debit_balance: "0",
          resulting_inflight_debit_balance: "0",
          resulting_inflight_credit_balance: "0",
        },
      ],
    });
    expect(Object.keys(response.json as Json)).toEqual([
      "dry_run",
      "would_apply",
      "status",
      "reference",
      "currency",
      "amount",
      "precise_amount",
      "precision",
      "balances",
    ]);
    // The reference was not consumed: the real post takes it.
    const real = await preview({ source, destination, amount: 100, precision: 100, reference });
    expect(real.status).toBe(201);
  });

  it("reports insufficient funds as a 200 rejection: no status, balances unchanged, the shortfall computable", async () => {
    const { source, destination } = await funded(500n);
    await post({
      source,
      destination,
      precise_amount: 120,
      currency: "USD",
      reference: uniqueRef("hold"),
      description: "hold",
      inflight: true,
    });
    const before = await ledgerState();
    const response = await preview({
      source,
      destination,
      precise_amount: 400,
      reference: uniqueRef(),
      dry_run: true,
    });
    expect(response.status).toBe(200);
    expect(await ledgerState()).toEqual(before);
    const json = body(response);
    expect(json).toMatchObject({
      dry_run: true,
      would_apply: false,
      rejection: {
        code: "TXN_INSUFFICIENT_FUNDS",
        reason: "insufficient_funds",
        message: "failed to apply transaction to balances: insufficient funds in source balance",
      },
      precise_amount: "400",
      precision: 1,
    });
    expect(json).not.toHaveProperty("status");
    expect(Object.keys(json).slice(0, 3)).toEqual(["dry_run", "would_apply", "rejection"]);
    const [src] = json.balances;
    // available = balance − inflight debits; the shortfall is precise_amount − available = 400 − 380.
    expect(src).toMatchObject({
      current_balance: "500",
      current_available: "380",
      current_inflight_debit_balance: "120",
      resulting_balance: "500",
      resulting_available: "380",
    });
    expect(BigInt(json.precise_amount as string) - BigInt(src?.current_available as string)).toBe(20n);
  });

  it("ranks rejections as Core: overdraft limit, then a duplicate reference; validation stays a 400", async () => {
    const { source, destination } = await funded(100n);
    const overLimit = await preview({
      source,
      destination,
      precise_amount: 200,
      overdraft_limit: 0.5,
      precision: 100,
      reference: uniqueRef(),
      dry_run: true,
    });
    expect((overLimit.json as Json).rejection).toEqual({
      code: "TXN_VALIDATION_ERROR",
      reason: "overdraft_limit",
      message: "failed to apply transaction to balances: transaction exceeds overdraft limit",
    });
    const within = await preview({
      source,
      destination,
      precise_amount: 150,
      overdraft_limit: 0.5,
      precision: 100,
      reference: uniqueRef(),
      dry_run: true,
    });
    expect((within.json as Json).would_apply).toBe(true);

    const used = uniqueRef("used");
    await preview({ source, destination, precise_amount: 1, reference: used });
    const duplicate = await preview({
      source,
      destination,
      precise_amount: 1,
      reference: used,
      dry_run: true,
    });
    expect((duplicate.json as Json).rejection).toEqual({
      code: "TXN_DUPLICATE_REFERENCE",
      reason: "other",
      message: `transaction validation failed: reference ${used} has already been used`,
    });
    // Funds outrank the duplicate.
    const both = await preview({
      source,
      destination,
      precise_amount: 10_000,
      reference: used,
      dry_run: true,
    });
    expect((both.json as { rejection: Json }).rejection.code).toBe("TXN_INSUFFICIENT_FUNDS");

    const invalid = await preview({ source, destination, reference: uniqueRef(), dry_run: true });
    expect(invalid.status).toBe(400);
    expect(invalid.json).toEqual(
      errorsBody("TXN_VALIDATION_ERROR", "amount: either amount or precise_amount is required."),
    );
  });

  it("projects an unknown @indicator as a virtual zero balance without creating it; a missing bln_ is a 404", async () => {
    const destination = await newBalance();
    const indicator = `@Dry${Date.now()}`;
    const before = await ledgerState();
    const response = await preview({
      source: indicator,
      destination,
      precise_amount: 7,
      reference: uniqueRef(),
      allow_overdraft: true,
      dry_run: true,
    });
    expect(await ledgerState()).toEqual(before);
    const [virtualSource] = (response.json as { balances: Json[] }).balances;
    expect(virtualSource).toMatchObject({
      balance_id: indicator,
      role: "source",
      currency: "USD",
      virtual: true,
      current_balance: "0",
      resulting_balance: "-7",
      resulting_available: "-7",
    });
    expect(Object.keys(virtualSource ?? {}).slice(0, 5)).toEqual([
      "balance_id",
      "role",
      "currency",
      "virtual",
      "current_balance",
    ]);

    const missing = await preview({
      source: "bln_missing",
      destination,
      amount: 1,
      reference: uniqueRef(),
      dry_run: true,
    });
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual(errorBody("TXN_NOT_FOUND", "Balance with ID 'bln_missing' not found", {}));
  });

  it("projects a hold on the inflight columns, notes an ignored scheduled_for, and keeps amounts past 2^64 exact", async () => {
    const { source, destination } = await funded(HUGE);
    const response = await preview({
      source,
      destination,
      precise_amount: HUGE - 1n,
      reference: uniqueRef(),
      inflight: true,
      scheduled_for: "2030-01-01T00:00:00+00:00",
      dry_run: true,
    });
    expect(response.status).toBe(200);
    const json = body(response);
    expect(json).toMatchObject({
      status: "INFLIGHT",
      precise_amount: (HUGE - 1n).toString(),
      notes: ["scheduled_for is ignored in a dry run; the projection shows the effect as if applied now"],
    });
    expect(json.balances[0]).toMatchObject({
      current_balance: HUGE.toString(),
      resulting_balance: HUGE.toString(),
      resulting_available: "1",
      resulting_inflight_debit_balance: (HUGE - 1n).toString(),
    });
    expect(json.balances[1]).toMatchObject({
      resulting_balance: "0",
      resulting_inflight_credit_balance: (HUGE - 1n).toString(),
    });
    expect((await readBalance(source)).inflight_debit_balance).toBe(0n);
  });

  it("refuses a currency mismatch as the embedded ledger's real post does, with Core's note", async () => {
    const source = await newBalance();
    const euros = await newBalance("EUR");
    await fund(source, 10n, "USD");
    const response = await post({
      source,
      destination: euros,
      precise_amount: 1,
      currency: "USD",
      reference: uniqueRef(),
      description: "fx",
      dry_run: true,
    });
    expect(response.json).toMatchObject({
      would_apply: false,
      rejection: {
        code: "TXN_VALIDATION_ERROR",
        message: `currency mismatch: transaction is USD but destination balance ${euros} is EUR`,
      },
      notes: [
        `currency mismatch: transaction is USD but destination balance ${euros} is EUR; the ledger applies this as raw minor units`,
      ],
    });
  });

  it("takes dry_run as the only write switch: skip_queue false still answers the projection", async () => {
    const { source, destination } = await funded(10n);
    const text = toJson({
      source,
      destination,
      precise_amount: 1n,
      currency: "USD",
      reference: uniqueRef(),
      description: "d",
      skip_queue: false,
      dry_run: true,
    });
    const response = await ledger.call("POST", "/transactions", text);
    expect(response.status).toBe(200);
    const bad = await ledger.call("POST", "/transactions", text.replace('"dry_run":true', '"dry_run":"yes"'));
    expect(bad.json).toEqual(errorBody("GEN_MALFORMED_REQUEST", "Invalid input"));
  });
});
