// POST /transactions/inflight/bulk/{commit,void} (api/transactions.go:807-973) on the current profile: each item
// settled at once, in input order, with Core's per-item codes; and their dry runs.
import { describe, expect, it } from "vitest";
import { toJson } from "../json";
import { errorBody } from "../testing/errors";
import { HUGE } from "../testing/ledger";
import { exactJson, transactionSuite } from "../testing/transaction-fixtures";

const { ledger, newBalance, fund, readBalance, hold, settle } = transactionSuite();

type Json = Record<string, unknown>;

const body = (response: { text: string }) => exactJson<Json & { results: Json[] }>(response.text);

const bulk = (action: "commit" | "void", fields: Json | string) =>
  ledger.call(
    "POST",
    `/transactions/inflight/bulk/${action}`,
    typeof fields === "string" ? fields : toJson(fields),
  );

const notFound = (id: string) => ({
  transaction_id: id,
  status: "failed",
  code: "NOT_FOUND",
  message: `NOT_FOUND: Transaction with ID '${id}' not found`,
});

describe("POST /transactions/inflight/bulk/commit", { timeout: 30_000 }, () => {
  it("settles each item on its own and reports them in order with Core's codes and messages", async () => {
    const full = await hold(100n);
    const partial = await hold(100n);
    const inMajor = await hold(100n);
    const voided = await hold(100n);
    await settle(voided.id, { status: "void" });
    const settled = await hold(100n);
    await settle(settled.id, { status: "commit" });
    const over = await hold(100n);
    const negative = await hold(100n);
    const applied = (await fund(await newBalance(), 5n, "USD")).json as { transaction_id: string };
    const response = await bulk("commit", {
      transactions: [
        { transaction_id: full.id },
        { transaction_id: partial.id, precise_amount: 30n },
        { transaction_id: inMajor.id, amount: 0.25 },
        { transaction_id: "txn_missing" },
        { transaction_id: voided.id },
        { transaction_id: settled.id },
        { transaction_id: applied.transaction_id },
        { transaction_id: over.id, precise_amount: 999n },
        { transaction_id: negative.id, precise_amount: -5n },
      ],
    });
    expect(response.status).toBe(200);
    expect(body(response)).toEqual({
      succeeded: 3,
      failed: 6,
      results: [
        { transaction_id: full.id, status: "succeeded" },
        { transaction_id: partial.id, status: "succeeded" },
        { transaction_id: inMajor.id, status: "succeeded" },
        notFound("txn_missing"),
        {
          transaction_id: voided.id,
          status: "failed",
          code: "ALREADY_VOIDED",
          message: "transaction has already been voided",
        },
        {
          transaction_id: settled.id,
          status: "failed",
          code: "ALREADY_COMMITTED",
          message: "cannot commit. Transaction already committed",
        },
        {
          transaction_id: applied.transaction_id,
          status: "failed",
          code: "NOT_INFLIGHT",
          message: "transaction is not in inflight status",
        },
        {
          transaction_id: over.id,
          status: "failed",
          code: "INVALID_AMOUNT",
          message:
            "cannot commit more than the original transaction amount. Original: USD1.00, Requested: USD9.99",
        },
        {
          transaction_id: negative.id,
          status: "failed",
          code: "INTERNAL_ERROR",
          message: "commit amount cannot be negative",
        },
      ],
    });
    expect(await readBalance(full.destination)).toMatchObject({
      balance: 100n,
      inflight_credit_balance: 0n,
    });
    expect(await readBalance(partial.destination)).toMatchObject({
      balance: 30n,
      inflight_credit_balance: 70n,
    });
    expect(await readBalance(inMajor.destination)).toMatchObject({ balance: 25n });
    expect(await readBalance(over.source)).toMatchObject({ inflight_debit_balance: 100n });
  });

  it("keeps amounts past 2^64 exact", async () => {
    const big = await hold(HUGE, HUGE);
    const response = await bulk("commit", {
      transactions: [{ transaction_id: big.id, precise_amount: HUGE - 1n }],
    });
    expect(body(response)).toEqual({
      succeeded: 1,
      failed: 0,
      results: [{ transaction_id: big.id, status: "succeeded" }],
    });
    expect(await readBalance(big.destination)).toMatchObject({
      balance: HUGE - 1n,
      inflight_credit_balance: 1n,
    });
  });
});

describe("POST /transactions/inflight/bulk/void", { timeout: 30_000 }, () => {
  it("voids each hold; a repeat finds it voided; a fully committed hold reads 'cannot void.'", async () => {
    const first = await hold(100n);
    const committed = await hold(100n);
    await settle(committed.id, { status: "commit" });
    const response = await bulk("void", {
      transaction_ids: [first.id, first.id, "txn_gone", committed.id, null],
    });
    expect(body(response)).toEqual({
      succeeded: 1,
      failed: 4,
      results: [
        { transaction_id: first.id, status: "succeeded" },
        {
          transaction_id: first.id,
          status: "failed",
          code: "ALREADY_VOIDED",
          message: "transaction has already been voided",
        },
        notFound("txn_gone"),
        {
          transaction_id: committed.id,
          status: "failed",
          code: "ALREADY_COMMITTED",
          message: "cannot void. Transaction already committed",
        },
        notFound(""),
      ],
    });
    expect(await readBalance(first.source)).toMatchObject({
      balance: 1000n,
      inflight_debit_balance: 0n,
    });
  });
});

describe("bulk inflight request errors", { timeout: 30_000 }, () => {
  it("answers an empty list, more than 100 items and bind errors as Core", async () => {
    expect((await bulk("void", {})).json).toEqual(
      errorBody("TXN_BULK_EMPTY", "transaction_ids cannot be empty"),
    );
    expect((await bulk("commit", { transactions: null })).json).toEqual(
      errorBody("TXN_BULK_EMPTY", "transactions cannot be empty"),
    );
    const many = Array.from({ length: 101 }, (_, index) => `txn_${index}`);
    const tooMany = await bulk("void", { transaction_ids: many });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json).toEqual(
      errorBody("TXN_BULK_LIMIT_EXCEEDED", "too many transaction_ids; max is 100"),
    );
    expect((await bulk("commit", { transactions: many.map((id) => ({ transaction_id: id })) })).json).toEqual(
      errorBody("TXN_BULK_LIMIT_EXCEEDED", "too many transactions; max is 100"),
    );
    expect((await bulk("void", "")).json).toEqual(errorBody("GEN_MALFORMED_REQUEST", "EOF"));
    expect((await bulk("void", { transaction_ids: "txn_1" })).json).toEqual(
      errorBody(
        "GEN_MALFORMED_REQUEST",
        "json: cannot unmarshal string into Go struct field BulkInflightVoidRequest.transaction_ids of type []string",
      ),
    );
    expect((await bulk("commit", { transactions: [{ transaction_id: 5 }] })).json).toEqual(
      errorBody(
        "GEN_MALFORMED_REQUEST",
        "json: cannot unmarshal number into Go struct field BulkInflightCommitItem.transactions.transaction_id of type string",
      ),
    );
    // *big.Int's own UnmarshalJSON error ends decoding at once, ahead of an earlier (saved) type mismatch.
    expect(
      (await bulk("commit", '{"transactions":[{"transaction_id":5,"precise_amount":"5"}]}')).json,
    ).toEqual(errorBody("GEN_MALFORMED_REQUEST", 'math/big: cannot unmarshal "\\"5\\"" into a *big.Int'));
  });
});

describe("bulk inflight dry_run", { timeout: 30_000 }, () => {
  it("projects every item independently, reports an unknown ID as its rejection and a repeat in notes", async () => {
    const held = await hold(100n);
    const before = await readBalance(held.source);
    const count = async () => (await ledger.db.query("SELECT count(*) AS n FROM transactions")).rows[0];
    const rows = await count();
    const response = await bulk("commit", {
      transactions: [
        { transaction_id: held.id, precise_amount: 40n },
        { transaction_id: "txn_missing" },
        { transaction_id: held.id },
      ],
      dry_run: true,
    });
    expect(response.status).toBe(200);
    const json = body(response);
    expect(Object.keys(json)).toEqual(["dry_run", "would_apply", "cumulative", "atomic", "results", "notes"]);
    expect(json).toMatchObject({ dry_run: true, would_apply: false, cumulative: false, atomic: false });
    expect(json.results[0]).toMatchObject({
      would_apply: true,
      operation: "commit",
      status: "APPLIED",
      precise_amount: "40",
      amount: 0.4,
    });
    expect(json.results[1]).toEqual({
      dry_run: true,
      would_apply: false,
      rejection: {
        code: "GEN_NOT_FOUND",
        reason: "",
        message: "NOT_FOUND: Transaction with ID 'txn_missing' not found",
      },
      operation: "commit",
      currency: "",
      amount: 0,
      precise_amount: "",
      precision: 0,
      balances: null,
    });
    expect(json.results[2]).toMatchObject({ would_apply: true, precise_amount: "100" });
    expect(json.notes).toEqual([
      "items are dispatched across a worker pool, so each is projected independently against current balances and real execution order is not guaranteed",
      `transaction id appears more than once in this batch (${held.id}); the occurrences settle the same hold, so only one of them can succeed and which one is not determined`,
    ]);
    const voidPreview = body(await bulk("void", { transaction_ids: [held.id], dry_run: true }));
    expect(voidPreview).toMatchObject({
      would_apply: true,
      results: [{ operation: "void", status: "VOID" }],
    });
    expect(voidPreview.notes).toHaveLength(1);
    expect(await count()).toEqual(rows);
    expect(await readBalance(held.source)).toEqual(before);
  });
});
