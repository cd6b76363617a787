import { describe, expect, it } from "vitest";
import { parseJson } from "./json";
import { BALANCE_ID } from "./test-fixtures";
import { blnkFailure, json, testServerForFile } from "./test-server";
import {
  bulkInflight,
  previewRecordTransaction,
  type RecordTransactionInput,
  recordTransaction,
  refundTransaction,
  updateInflight,
} from "./transaction-writes";

// The money-moving writes, over HTTP to a stub that answers as Core: exactly what goes over the wire (bare
// integers, skip_queue, dry_run only where asked) and how the answers are read (exact at any size).

const { server, call } = testServerForFile();
const HUGE = 12345678901234567890123456789012n;

const input: RecordTransactionInput = {
  preciseAmount: HUGE,
  precision: 100n,
  currency: "USD",
  source: BALANCE_ID,
  destination: "@payouts",
  description: "Payout",
  reference: "ref_writes_1",
  allowOverdraft: false,
  inflight: false,
  metadata: { invoice: "INV-1", created_by: "ops@example.com", created_via: "ledger-desk" },
};

const transactionJson = (fields: { id?: string; status?: string; inflight?: boolean } = {}) =>
  `{"precise_amount":${HUGE},"amount":1.2345678901234568e+29,"amount_string":"123456789012345678901234567890.12",
"precision":100,"overdraft_limit":0,"transaction_id":"${fields.id ?? "txn_new"}","parent_transaction":"",
"source":"${BALANCE_ID}","destination":"bln_payouts","reference":"ref_writes_1","currency":"USD",
"description":"Payout","status":"${fields.status ?? "APPLIED"}","hash":"h","allow_overdraft":false,
"inflight":${fields.inflight ?? false},"skip_queue":true,"atomic":false,"created_at":"2026-08-22T10:00:00Z",
"effective_date":"2026-08-22T10:00:00Z","scheduled_for":"0001-01-01T00:00:00Z",
"inflight_expiry_date":"0001-01-01T00:00:00Z","inflight_commit_date":"0001-01-01T00:00:00Z",
"meta_data":{"invoice":"INV-1"}}`;

/** model/transaction_preview.go: amounts as strings of minor units. */
const previewJson = `{"dry_run":true,"would_apply":true,"status":"APPLIED","reference":"ref_writes_1",
"currency":"USD","amount":1.2345678901234568e+29,"precise_amount":"${HUGE}","precision":100,"balances":[
{"balance_id":"${BALANCE_ID}","role":"source","currency":"USD",
"current_balance":"99999999999999999999999999999999","current_available":"99999999999999999999999999999000",
"current_credit_balance":"99999999999999999999999999999999","current_debit_balance":"0",
"current_inflight_debit_balance":"999","current_inflight_credit_balance":"0",
"resulting_balance":"${99999999999999999999999999999999n - HUGE}",
"resulting_available":"${99999999999999999999999999999000n - HUGE}",
"resulting_credit_balance":"99999999999999999999999999999999","resulting_debit_balance":"${HUGE}",
"resulting_inflight_debit_balance":"999","resulting_inflight_credit_balance":"0"},
{"balance_id":"@payouts","role":"destination","currency":"USD","virtual":true,
"current_balance":"0","current_available":"0","current_credit_balance":"0","current_debit_balance":"0",
"current_inflight_debit_balance":"0","current_inflight_credit_balance":"0",
"resulting_balance":"${HUGE}","resulting_available":"${HUGE}","resulting_credit_balance":"${HUGE}",
"resulting_debit_balance":"0","resulting_inflight_debit_balance":"0","resulting_inflight_credit_balance":"0"}],
"notes":["currency mismatch: transaction is USD but source balance x is EUR; the ledger applies this as raw minor units"]}`;

const last = () => server.requests.at(-1);

describe("recordTransaction", () => {
  it("sends precise_amount and precision as bare integers, skip_queue, and no dry_run", async () => {
    server.on("POST /transactions", json(201, transactionJson()));

    const transaction = await recordTransaction(input, call());

    expect(last()?.body).toBe(
      `{"precise_amount":12345678901234567890123456789012,"precision":100,"currency":"USD",` +
        `"source":"${BALANCE_ID}","destination":"@payouts","description":"Payout","reference":"ref_writes_1",` +
        `"allow_overdraft":false,"inflight":false,"skip_queue":true,` +
        `"meta_data":{"invoice":"INV-1","created_by":"ops@example.com","created_via":"ledger-desk"}}`,
    );
    expect(transaction).toMatchObject({ id: "txn_new", status: "APPLIED", preciseAmount: HUGE });
  });

  it("sends the expiry only with a hold, and the effective date when there is one", async () => {
    server.on("POST /transactions", json(201, transactionJson({ status: "INFLIGHT", inflight: true })));
    const expiry = "2030-01-01T00:00:00.000Z";
    const effective = "2026-01-01T00:00:00.000Z";

    await recordTransaction(
      { ...input, inflight: true, inflightExpiryDate: expiry, effectiveDate: effective },
      call(),
    );
    expect(parseJson(last()?.body ?? "{}")).toMatchObject({
      inflight: true,
      inflight_expiry_date: expiry,
      effective_date: effective,
    });

    await recordTransaction({ ...input, inflight: false, inflightExpiryDate: expiry }, call());
    const body = parseJson(last()?.body ?? "{}");
    expect(body).not.toHaveProperty("inflight_expiry_date");
    expect(body).not.toHaveProperty("effective_date");
  });

  it.each([
    [
      400,
      `{"error":"insufficient funds in source balance","error_detail":{"code":"TXN_INSUFFICIENT_FUNDS","message":"insufficient funds in source balance"}}`,
      { status: 400, code: "TXN_INSUFFICIENT_FUNDS" },
    ],
    [
      409,
      `{"error":"reference ref_writes_1 has already been used","error_detail":{"code":"TXN_DUPLICATE_REFERENCE","message":"reference ref_writes_1 has already been used"}}`,
      { status: 409, kind: "conflict", code: "TXN_DUPLICATE_REFERENCE" },
    ],
  ])("throws Core's %s refusal as a BlnkError with its code", async (status, body, expected) => {
    server.on("POST /transactions", json(status, body));
    expect(await blnkFailure(recordTransaction(input, call()))).toMatchObject(expected);
  });
});

describe("previewRecordTransaction", () => {
  it("sends the same body with dry_run: true, and reads Core's projection exactly", async () => {
    server.on("POST /transactions", json(200, previewJson));

    const preview = await previewRecordTransaction(input, call());

    const sent = last()?.body ?? "";
    expect(sent).toContain(`"precise_amount":12345678901234567890123456789012,"precision":100,`);
    expect(sent).toMatch(/"skip_queue":true,.*"dry_run":true\}$/);
    expect(preview).toEqual({
      wouldApply: true,
      rejection: null,
      status: "APPLIED",
      balances: [
        {
          balanceId: BALANCE_ID,
          role: "source",
          virtual: false,
          before: {
            balance: 99999999999999999999999999999999n,
            inflight: -999n,
            available: 99999999999999999999999999999000n,
          },
          after: { balance: 99999999999999999999999999999999n - HUGE, inflight: -999n },
        },
        {
          balanceId: "@payouts",
          role: "destination",
          virtual: true,
          before: { balance: 0n, inflight: 0n, available: 0n },
          after: { balance: HUGE, inflight: 0n },
        },
      ],
      notes: [
        "currency mismatch: transaction is USD but source balance x is EUR; the ledger applies this as raw minor units",
      ],
    });
  });

  it("reads a projected refusal, whose message Core fills in and whose status it omits", async () => {
    server.on(
      "POST /transactions",
      json(
        200,
        `{"dry_run":true,"would_apply":false,"rejection":{"code":"TXN_INSUFFICIENT_FUNDS","reason":"insufficient_funds",
"message":"failed to apply transaction to balances: insufficient funds in source balance"},"currency":"USD",
"amount":0,"precise_amount":"5","precision":100,"balances":[]}`,
      ),
    );
    expect(await previewRecordTransaction(input, call())).toEqual({
      wouldApply: false,
      rejection: {
        code: "TXN_INSUFFICIENT_FUNDS",
        message: "failed to apply transaction to balances: insufficient funds in source balance",
      },
      status: null,
      balances: [],
      notes: [],
    });
  });

  it("refuses an answer that is not a projection: an old Core that recorded the transaction instead", async () => {
    server.on("POST /transactions", json(201, transactionJson()));
    expect(await blnkFailure(previewRecordTransaction(input, call()))).toMatchObject({
      code: "BAD_RESPONSE",
      kind: "bad_response",
    });
  });
});

describe("updateInflight and refundTransaction", () => {
  it("commits all or part of a hold, or voids it, with skip_queue and a bare precise_amount", async () => {
    server.on("PUT /transactions/inflight/txn_hold%2F1", json(200, transactionJson({ id: "txn_child" })));
    // The stub sees the path as sent: the ID is escaped.
    const id = "txn_hold/1";

    await updateInflight(id, { status: "commit" }, call());
    expect(last()?.body).toBe(`{"status":"commit","skip_queue":true}`);
    await updateInflight(id, { status: "commit", preciseAmount: HUGE }, call());
    expect(last()?.body).toBe(`{"status":"commit","skip_queue":true,"precise_amount":${HUGE}}`);
    expect(await updateInflight(id, { status: "void" }, call())).toMatchObject({ id: "txn_child" });
    expect(last()?.body).toBe(`{"status":"void","skip_queue":true}`);
  });

  it("refunds with skip_queue, and the description and metadata only when given", async () => {
    server.on("POST /refund-transaction/txn_1", json(201, transactionJson({ id: "txn_refund" })));

    expect(await refundTransaction("txn_1", {}, call())).toMatchObject({ id: "txn_refund" });
    expect(last()?.body).toBe(`{"skip_queue":true}`);
    await refundTransaction("txn_1", { description: "Refund", metadata: { why: "dup" } }, call());
    expect(last()?.body).toBe(`{"skip_queue":true,"description":"Refund","meta_data":{"why":"dup"}}`);
  });
});

describe("bulkInflight", () => {
  const envelope = `{"succeeded":1,"failed":1,"results":[{"transaction_id":"txn_a","status":"succeeded"},
{"transaction_id":"txn_b","status":"failed","code":"TXN_NOT_FOUND","message":"transaction not found"}]}`;

  it("sends commits as objects and voids as IDs, with skip_queue, and reads the per-hold results", async () => {
    server.on("POST /transactions/inflight/bulk/commit", json(200, envelope));
    server.on("POST /transactions/inflight/bulk/void", json(200, envelope));
    const expected = {
      succeeded: 1,
      failed: 1,
      results: [
        { transactionId: "txn_a", status: "succeeded", code: null, message: null },
        { transactionId: "txn_b", status: "failed", code: "TXN_NOT_FOUND", message: "transaction not found" },
      ],
    };

    expect(await bulkInflight("commit", ["txn_a", "txn_b"], call())).toEqual(expected);
    expect(last()?.body).toBe(
      `{"transactions":[{"transaction_id":"txn_a"},{"transaction_id":"txn_b"}],"skip_queue":true}`,
    );
    expect(await bulkInflight("void", ["txn_a", "txn_b"], call())).toEqual(expected);
    expect(last()?.body).toBe(`{"transaction_ids":["txn_a","txn_b"],"skip_queue":true}`);
  });
});
