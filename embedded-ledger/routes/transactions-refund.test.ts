// POST /refund-transaction/:id as Core answers it (api/transactions.go:242-284, transaction_refunds.go), dry run
// included (transaction_dryrun.go:85-187).
import { describe, expect, it } from "vitest";
import { toJson } from "../json";
import { errorBody } from "../testing/errors";
import { HUGE } from "../testing/ledger";
import { exactJson, transactionSuite, uniqueRef } from "../testing/transaction-fixtures";

const { ledger, readBalance, transfer: suiteTransfer } = transactionSuite();

type Json = Record<string, unknown>;

const body = (response: { text: string }) => exactJson<Json & { balances: Json[] }>(response.text);

const refund = (id: string, fields?: Json | string) =>
  ledger.call(
    "POST",
    `/refund-transaction/${id}`,
    typeof fields === "string" ? fields : fields && toJson(fields),
  );

/** `amount` minor units moved from a funded source to a fresh destination; the applied transaction. */
const transfer = (amount: bigint, extra: Json = {}) =>
  suiteTransfer(amount, amount, { reference: uniqueRef("sale"), description: "sale", ...extra });

const transactionCount = async () =>
  Number((await ledger.db.query<{ n: number }>("SELECT count(*) AS n FROM transactions")).rows[0]?.n);

describe("POST /refund-transaction/:id", { timeout: 30_000 }, () => {
  it("reverses an APPLIED transaction: swapped balances, the original as parent, `<id>_refund`, 201", async () => {
    const { source, destination, txn } = await transfer(HUGE, {
      meta_data: { channel: "card", type: "sale" },
    });
    const response = await refund(txn.transaction_id);
    expect(response.status).toBe(201);
    const json = body(response);
    expect(json).toMatchObject({
      precise_amount: HUGE,
      amount_string: `${(HUGE / 100n).toString()}.01`,
      precision: 100,
      overdraft_limit: 0,
      parent_transaction: txn.transaction_id,
      source: destination,
      destination: source,
      reference: `${txn.transaction_id}_refund`,
      currency: "USD",
      description: "sale",
      status: "APPLIED",
      allow_overdraft: true,
      inflight: false,
      skip_queue: false,
      atomic: false,
      meta_data: { allow_overdraft: true, channel: "card", type: "sale" },
    });
    expect(json.transaction_id).toMatch(/^txn_/);
    expect(json.effective_date).toBe(json.created_at);
    expect(Object.keys(json)[0]).toBe("precise_amount");
    expect((await readBalance(source)).balance).toBe(HUGE);
    expect((await readBalance(destination)).balance).toBe(0n);
    // The stored row reads back as Core's (allow_overdraft rebuilt into meta_data).
    const stored = await ledger.call("GET", `/transactions/${json.transaction_id}`);
    expect(body(stored)).toMatchObject({ parent_transaction: txn.transaction_id, status: "APPLIED" });
  });

  it("takes description and meta_data (merged, the body's keys winning) and echoes skip_queue", async () => {
    const { txn } = await transfer(500n, { meta_data: { type: "deposit", channel: "card" } });
    const response = await refund(txn.transaction_id, {
      skip_queue: true,
      description: "refund for ticket #4821",
      meta_data: { type: "refund", reason: "goodwill" },
    });
    expect(response.status).toBe(201);
    expect(body(response)).toMatchObject({
      description: "refund for ticket #4821",
      skip_queue: true,
      meta_data: { allow_overdraft: true, channel: "card", reason: "goodwill", type: "refund" },
    });
    const original = body(await ledger.call("GET", `/transactions/${txn.transaction_id}`));
    expect(original).toMatchObject({ description: "sale", meta_data: { type: "deposit", channel: "card" } });
  });

  it("answers 404 'no transaction to refund' for an unknown ID or a hold nothing settled", async () => {
    const none = errorBody("TXN_NOT_FOUND", "no transaction to refund");
    const unknown = await refund("txn_missing");
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual(none);
    const { txn: hold } = await transfer(100n, { inflight: true });
    expect((await refund(hold.transaction_id)).json).toEqual(none);
  });

  it("refunds a refund; a second refund of the original is 409 — after refunding its first refund, as Core does", async () => {
    const { source, txn } = await transfer(300n);
    const first = body(await refund(txn.transaction_id, { skip_queue: true }));
    const ofRefund = await refund(first.transaction_id as string);
    expect(ofRefund.status).toBe(201);
    expect(body(ofRefund)).toMatchObject({
      parent_transaction: first.transaction_id,
      reference: `${first.transaction_id}_refund`,
      source,
    });

    // A fresh transaction, refunded once: its refund is an APPLIED child, so it is refundable under the original.
    const other = await transfer(200n);
    const refunded = body(await refund(other.txn.transaction_id));
    const before = await transactionCount();
    const again = await refund(other.txn.transaction_id);
    expect(again.status).toBe(409);
    const message = `error occurred during processing: [transaction ${other.txn.transaction_id} has already been refunded]`;
    expect(again.json).toEqual(errorBody("GEN_CONFLICT", message));
    // The refund of the refund was written before the original failed (IsTransactionRefunded is per leg).
    expect(await transactionCount()).toBe(before + 1);
    expect((await readBalance(other.destination)).balance).toBe(200n);
    // Now both are refunded: nothing more is written, and both errors are reported together.
    const third = await refund(other.txn.transaction_id);
    expect(third.json).toEqual(
      errorBody(
        "GEN_CONFLICT",
        `error occurred during processing: [transaction ${refunded.transaction_id} has already been refunded transaction ${other.txn.transaction_id} has already been refunded]`,
      ),
    );
    expect(await transactionCount()).toBe(before + 1);
  });

  it("refunds what settled a hold: each commit, and a void as a reversed hold; the first refund is the answer", async () => {
    const { source, destination, txn: hold } = await transfer(100n, { inflight: true });
    const settle = (fields: Json) =>
      ledger.call("PUT", `/transactions/inflight/${hold.transaction_id}`, toJson(fields));
    const commit = body(await settle({ status: "commit", precise_amount: 30 }));
    const voided = body(await settle({ status: "void" }));

    const dry = body(await refund(hold.transaction_id, { dry_run: true }));
    expect(dry).toMatchObject({
      dry_run: true,
      would_apply: true,
      status: "APPLIED",
      reference: `${commit.transaction_id}_refund`,
      currency: "USD",
      amount: 1,
      precise_amount: "100",
      precision: 100,
      legs: [
        { identifier: voided.transaction_id, role: "source", precise_amount: "70", amount: 0.7 },
        { identifier: commit.transaction_id, role: "source", precise_amount: "30", amount: 0.3 },
      ],
      notes: [`projected refund of 2 refundable transactions under ${hold.transaction_id}`],
    });
    expect(dry.balances).toEqual([
      expect.objectContaining({
        balance_id: destination,
        role: "source",
        current_balance: "30",
        resulting_balance: "0",
        resulting_available: "-70",
        resulting_inflight_debit_balance: "70",
      }),
      expect.objectContaining({
        balance_id: source,
        role: "destination",
        current_balance: "70",
        resulting_balance: "100",
        resulting_inflight_credit_balance: "70",
      }),
    ]);

    const response = await refund(hold.transaction_id);
    expect(response.status).toBe(201);
    expect(body(response)).toMatchObject({
      parent_transaction: voided.transaction_id,
      status: "INFLIGHT",
      inflight: true,
      precise_amount: 70,
      source: destination,
      destination: source,
    });
    expect(await readBalance(source)).toMatchObject({
      balance: 100n,
      inflight_credit_balance: 70n,
    });
    expect(await readBalance(destination)).toMatchObject({
      balance: 0n,
      inflight_debit_balance: 70n,
    });
  });

  it("binds the optional body as Go: empty or null is the default; a wrong type is 400 with Go's text", async () => {
    const { txn } = await transfer(10n);
    const bad = await refund(txn.transaction_id, '{"skip_queue":"yes"}');
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual(
      errorBody(
        "GEN_MALFORMED_REQUEST",
        "json: cannot unmarshal string into Go struct field refundTransactionRequest.skip_queue of type bool",
      ),
    );
    expect((await refund(txn.transaction_id, "[]")).json).toEqual(
      errorBody(
        "GEN_MALFORMED_REQUEST",
        "json: cannot unmarshal array into Go value of type api.refundTransactionRequest",
      ),
    );
    expect((await refund(txn.transaction_id, '{"meta_data":"x"}')).json).toMatchObject({
      error:
        "json: cannot unmarshal string into Go struct field refundTransactionRequest.meta_data of type map[string]interface {}",
    });
    expect((await refund(txn.transaction_id, "null")).status).toBe(201);
    const other = await transfer(10n);
    expect((await refund(other.txn.transaction_id, "  ")).status).toBe(201);
  });
});

describe("POST /refund-transaction/:id dry_run", { timeout: 30_000 }, () => {
  it("projects the reversal, writes nothing and leaves the original refundable", async () => {
    const { source, destination, txn } = await transfer(250n);
    const before = await transactionCount();
    const sourceBefore = await readBalance(source);
    const response = await refund(txn.transaction_id, { dry_run: true, description: "ignored in a dry run" });
    expect(response.status).toBe(200);
    expect(body(response)).toEqual({
      dry_run: true,
      would_apply: true,
      status: "APPLIED",
      reference: `${txn.transaction_id}_refund`,
      currency: "USD",
      amount: 2.5,
      precise_amount: "250",
      precision: 100,
      balances: [
        expect.objectContaining({
          balance_id: destination,
          role: "source",
          current_balance: "250",
          resulting_balance: "0",
        }),
        expect.objectContaining({
          balance_id: source,
          role: "destination",
          current_balance: "0",
          resulting_balance: "250",
        }),
      ],
      notes: [`projected refund of transaction ${txn.transaction_id}`],
    });
    expect(await transactionCount()).toBe(before);
    expect(await readBalance(source)).toEqual(sourceBefore);
    expect((await refund(txn.transaction_id)).status).toBe(201);
  });

  it("reports an already refunded original as a rejection, and an unknown ID with the preview's own 404", async () => {
    const { txn } = await transfer(40n);
    await refund(txn.transaction_id);
    const dry = body(await refund(txn.transaction_id, { dry_run: true }));
    expect(dry).toMatchObject({ would_apply: false, rejection: { code: "GEN_CONFLICT", reason: "other" } });
    expect(dry).not.toHaveProperty("status");
    const missing = await refund("txn_nothing", { dry_run: true });
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual(errorBody("TXN_NOT_FOUND", "transaction txn_nothing not found for refund"));
  });
});
