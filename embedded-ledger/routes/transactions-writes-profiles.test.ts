// Refunds, bulk commit/void and dry_run under LEDGER_CORE_PROFILE: what each older Core release answers.

import { describe, expect, it } from "vitest";
import { coreProfile } from "../http/profile";
import { toJson } from "../json";
import { errorBody } from "../testing/errors";
import * as fixtures from "../testing/transaction-fixtures";
import { exactJson } from "../testing/transaction-fixtures";

type Json = Record<string, unknown>;
type Txn = Json & { transaction_id: string; reference: string };

const body = (response: { text: string }) => exactJson<Json & { results: Json[] }>(response.text);

function profileSuite(name: string) {
  const { ledger, newBalance } = fixtures.transactionLedgerForFile(undefined, { profile: coreProfile(name) });
  const byReference = async (reference: string) =>
    (await ledger.call("GET", `/transactions/reference/${reference}`)).json as Txn;
  /** A queued transfer (the profile's default path): the QUEUED original and its worker copy. */
  const transfer = async (extra: Json = {}) => {
    const source = await newBalance();
    const destination = await newBalance();
    await fixtures.fund(ledger, source, 1000n, "USD");
    const reference = fixtures.uniqueRef("queued");
    const response = await fixtures.postTransaction(ledger, {
      source,
      destination,
      precise_amount: 100n,
      precision: 100,
      currency: "USD",
      reference,
      description: "queued transfer",
      ...extra,
    });
    return { source, destination, original: response.json as Txn, copy: await byReference(`${reference}_q`) };
  };
  const call = (method: string, route: string, fields?: Json | string) =>
    ledger.call(method, route, typeof fields === "string" ? fields : fields && toJson(fields));
  return { ledger, newBalance, transfer, byReference, call };
}

describe("profile 0.15.2: queued refunds and bulk actions, dry_run unknown", { timeout: 30_000 }, () => {
  const { ledger, transfer, byReference, call } = profileSuite("0.15.2");

  it("queues a refund like a create: the QUEUED refund of the worker copy, its own _q copy applied", async () => {
    const { source, destination, original, copy } = await transfer();
    // dry_run and description are unknown to 0.15.2: ignored, so this is a real refund.
    const response = await call("POST", `/refund-transaction/${original.transaction_id}`, {
      dry_run: true,
      description: "ignored",
    });
    expect(response.status).toBe(201);
    const refund = body(response);
    expect(refund).toMatchObject({
      status: "QUEUED",
      parent_transaction: copy.transaction_id,
      reference: `${copy.transaction_id}_refund`,
      source: destination,
      destination: source,
      description: "queued transfer",
      meta_data: { allow_overdraft: true, QUEUED_PARENT_TRANSACTION: refund.transaction_id },
    });
    const refundCopy = await byReference(`${copy.transaction_id}_refund_q`);
    expect(refundCopy).toMatchObject({ status: "APPLIED", parent_transaction: refund.transaction_id });
    expect((await fixtures.readBalance(ledger.db, destination)).balance).toBe(0n);
    // A second refund is a clean 409 on the queued path: the QUEUED refund is the reversed child.
    const again = await call("POST", `/refund-transaction/${original.transaction_id}`);
    expect(again.json).toEqual(
      errorBody(
        "GEN_CONFLICT",
        `error occurred during processing: [transaction ${copy.transaction_id} has already been refunded]`,
      ),
    );
    // meta_data of the wrong type is an unknown field too.
    const other = await transfer();
    expect(
      (await call("POST", `/refund-transaction/${other.original.transaction_id}`, '{"meta_data":"x"}'))
        .status,
    ).toBe(201);
  });

  it("queues bulk voids (QUEUED, ALREADY_QUEUED for a repeat) and runs the worker; skip_queue settles at once", async () => {
    const hold = await transfer({ inflight: true });
    const response = await call("POST", "/transactions/inflight/bulk/void", {
      transaction_ids: [hold.original.transaction_id, hold.original.transaction_id, "txn_missing"],
      dry_run: true,
    });
    expect(body(response)).toEqual({
      succeeded: 2,
      failed: 1,
      results: [
        { transaction_id: hold.original.transaction_id, status: "queued", code: "QUEUED" },
        {
          transaction_id: hold.original.transaction_id,
          status: "queued",
          code: "ALREADY_QUEUED",
          message: "a commit or void is already queued for this transaction",
        },
        {
          transaction_id: "txn_missing",
          status: "failed",
          code: "NOT_FOUND",
          message: "NOT_FOUND: Transaction with ID 'txn_missing' not found",
        },
      ],
    });
    // The worker voided the hold the queued original names (its INFLIGHT copy).
    expect(await fixtures.readBalance(ledger.db, hold.source)).toMatchObject({ inflight_debit_balance: 0n });
    const later = await call("POST", "/transactions/inflight/bulk/void", {
      transaction_ids: [hold.copy.transaction_id],
    });
    expect(body(later).results).toEqual([
      {
        transaction_id: hold.copy.transaction_id,
        status: "failed",
        code: "ALREADY_VOIDED",
        message: "transaction has already been voided",
      },
    ]);
    const next = await transfer({ inflight: true });
    const sync = await call("POST", "/transactions/inflight/bulk/commit", {
      transactions: [{ transaction_id: next.copy.transaction_id, precise_amount: 60n }],
      skip_queue: true,
    });
    expect(body(sync).results).toEqual([{ transaction_id: next.copy.transaction_id, status: "succeeded" }]);
    expect((await fixtures.readBalance(ledger.db, next.destination)).balance).toBe(60n);
  });

  it("performs a create and an inflight commit sent with dry_run: 0.15.2 does not know the field", async () => {
    const created = await transfer({ dry_run: true });
    expect(created.original.status).toBe("QUEUED");
    expect(created.copy.status).toBe("APPLIED");
    const hold = await transfer({ inflight: true });
    const commit = await call("PUT", `/transactions/inflight/${hold.copy.transaction_id}`, {
      status: "commit",
      dry_run: "not a bool either",
    });
    expect(commit.status).toBe(200);
    expect((await fixtures.readBalance(ledger.db, hold.destination)).balance).toBe(100n);
  });
});

describe("profile 0.14: flat errors, random refund references, bulk always at once", {
  timeout: 30_000,
}, () => {
  const { transfer, call } = profileSuite("0.14");

  it("answers refund errors as 400 { error } and names refunds ref_<uuid>", async () => {
    const unknown = await call("POST", "/refund-transaction/txn_missing", { dry_run: true });
    expect(unknown.status).toBe(400);
    expect(unknown.json).toEqual({ error: "no transaction to refund" });
    const { original, copy } = await transfer();
    const refund = body(
      await call("POST", `/refund-transaction/${original.transaction_id}`, { skip_queue: true }),
    );
    expect(refund).toMatchObject({
      status: "APPLIED",
      parent_transaction: copy.transaction_id,
      skip_queue: true,
    });
    expect(refund.reference).toMatch(/^ref_[0-9a-f-]{36}$/);
    const again = await call("POST", `/refund-transaction/${copy.transaction_id}`);
    expect(again.status).toBe(400);
    expect((again.json as { error: string }).error).toMatch(/has already been refunded\]$/);
    expect(again.json).not.toHaveProperty("error_detail");
  });

  it("settles bulk items at once whatever skip_queue says, with flat validation errors", async () => {
    const hold = await transfer({ inflight: true });
    const response = await call("POST", "/transactions/inflight/bulk/commit", {
      transactions: [{ transaction_id: hold.copy.transaction_id }],
    });
    expect(body(response)).toEqual({
      succeeded: 1,
      failed: 0,
      results: [{ transaction_id: hold.copy.transaction_id, status: "succeeded" }],
    });
    const empty = await call("POST", "/transactions/inflight/bulk/void", { transaction_ids: [] });
    expect(empty.status).toBe(400);
    expect(empty.json).toEqual({ error: "transaction_ids cannot be empty" });
  });
});

describe("profile 0.13.2: no bulk inflight routes, a refund reads no body", { timeout: 30_000 }, () => {
  const { transfer, call } = profileSuite("0.13.2");

  it("answers gin's 404 on the bulk routes and refunds through the queue whatever the body holds", async () => {
    const bulk = await call("POST", "/transactions/inflight/bulk/void", { transaction_ids: ["txn_1"] });
    expect(bulk.status).toBe(404);
    expect(bulk.text).toBe("404 page not found");
    const { original } = await transfer();
    const refund = await call(
      "POST",
      `/refund-transaction/${original.transaction_id}`,
      '{"skip_queue": true, oops',
    );
    expect(refund.status).toBe(201);
    expect(body(refund)).toMatchObject({ status: "QUEUED", skip_queue: false });
  });
});
