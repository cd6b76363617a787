// PUT /transactions/inflight/:txID with `dry_run: true`: PreviewInflightAction (transaction_dryrun_inflight.go).
import { describe, expect, it } from "vitest";
import { errorBody } from "../testing/errors";
import { HUGE } from "../testing/ledger";
import { exactJson, transactionSuite } from "../testing/transaction-fixtures";

const { ledger, newBalance, fund, readBalance, hold, settle } = transactionSuite();

type Json = Record<string, unknown>;

const body = (response: { text: string }) => exactJson<Json & { balances: Json[] }>(response.text);

/** A commit the projection rejects: Core's envelope with no amounts and no balances. */
const rejectedCommit = (rejection: Json) => ({
  dry_run: true,
  would_apply: false,
  rejection,
  operation: "commit",
  currency: "",
  amount: 0,
  precise_amount: "0",
  precision: 0,
  balances: [],
});

const counts = async () =>
  (await ledger.db.query("SELECT count(*) AS n, max(version) AS v FROM transactions, balances")).rows[0];

describe("PUT /transactions/inflight/:txID dry_run", { timeout: 30_000 }, () => {
  it("projects a partial commit, then a void of the rest with Core's note on an ignored amount; nothing moves", async () => {
    const { source, destination, id } = await hold(100n);
    const before = await counts();
    const sourceBefore = await readBalance(source);
    const commit = await settle(id, { status: "commit", amount: 0.3, dry_run: true });
    expect(commit.status).toBe(200);
    expect(body(commit)).toEqual({
      dry_run: true,
      would_apply: true,
      operation: "commit",
      status: "APPLIED",
      currency: "USD",
      amount: 0.3,
      precise_amount: "30",
      precision: 100,
      balances: [
        expect.objectContaining({
          balance_id: source,
          role: "source",
          current_balance: "1000",
          current_available: "900",
          current_inflight_debit_balance: "100",
          resulting_balance: "970",
          resulting_available: "900",
          resulting_debit_balance: "30",
          resulting_inflight_debit_balance: "70",
        }),
        expect.objectContaining({
          balance_id: destination,
          role: "destination",
          resulting_balance: "30",
          resulting_credit_balance: "30",
          resulting_inflight_credit_balance: "70",
        }),
      ],
    });
    const voided = await settle(id, { status: "void", precise_amount: 5, dry_run: true });
    expect(body(voided)).toMatchObject({
      would_apply: true,
      operation: "void",
      status: "VOID",
      amount: 1,
      precise_amount: "100",
      notes: ["amount is ignored when voiding; a void always releases the full remaining hold"],
    });
    expect(await counts()).toEqual(before);
    expect(await readBalance(source)).toEqual(sourceBefore);
    // The hold is intact: the real commit still takes all of it.
    expect((await settle(id, { status: "commit" })).text).toContain('"precise_amount":100,');
  });

  it("answers a settled hold as a projected rejection, every leg's error together", async () => {
    const { id } = await hold(100n);
    await settle(id, { status: "commit", precise_amount: 40 });
    const over = await settle(id, { status: "commit", precise_amount: 61, dry_run: true });
    expect(body(over)).toEqual(
      rejectedCommit({
        code: "TXN_COMMIT_AMOUNT_EXCEEDED",
        reason: "other",
        message:
          "error occurred during processing: [cannot commit more than the remaining amount. Available: USD0.60, Requested: USD0.61]",
      }),
    );
    const negative = await settle(id, { status: "commit", amount: -0.1, dry_run: true });
    expect(body(negative).rejection).toEqual({
      code: "TXN_VALIDATION_ERROR",
      reason: "other",
      message: "error occurred during processing: [commit amount cannot be negative]",
    });
    await settle(id, { status: "commit" });
    const again = await settle(id, { status: "void", dry_run: true });
    expect(body(again).rejection).toEqual({
      code: "TXN_ALREADY_COMMITTED",
      reason: "other",
      message: "error occurred during processing: [cannot void. Transaction already committed]",
    });
  });

  it("soft-rejects a voided hold and a transaction that is not a hold; an unknown ID is the real call's 404", async () => {
    const { id } = await hold(100n);
    await settle(id, { status: "void" });
    const voided = await settle(id, { status: "commit", dry_run: true });
    expect(body(voided)).toEqual(
      rejectedCommit({
        code: "TXN_ALREADY_VOIDED",
        reason: "other",
        message: "transaction has already been voided",
      }),
    );

    const destination = await newBalance();
    const applied = await fund(destination, 5n, "USD");
    const appliedId = (applied.json as { transaction_id: string }).transaction_id;
    const notHold = await settle(appliedId, { status: "void", dry_run: true });
    expect(body(notHold).rejection).toEqual({
      code: "TXN_NOT_INFLIGHT",
      reason: "other",
      message: "transaction is not in inflight status",
    });

    const missing = await settle("txn_missing", { status: "commit", dry_run: true });
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual(
      errorBody("TXN_NOT_FOUND", "Transaction with ID 'txn_missing' not found", {}),
    );
    // The request checks still come first.
    const badStatus = await settle(id, { status: "refund", dry_run: true });
    expect(badStatus.json).toEqual(
      errorBody("TXN_INVALID_STATUS_ACTION", "status not supported. use either commit or void"),
    );
  });

  it("keeps amounts past 2^64 exact", async () => {
    const { source, id } = await hold(HUGE, HUGE + 1n);
    const response = await settle(id, { status: "commit", precise_amount: HUGE - 2n, dry_run: true });
    const json = body(response);
    expect(json.precise_amount).toBe((HUGE - 2n).toString());
    expect(json.balances[0]).toMatchObject({
      balance_id: source,
      current_inflight_debit_balance: HUGE.toString(),
      resulting_inflight_debit_balance: "2",
      resulting_debit_balance: (HUGE - 2n).toString(),
      resulting_balance: "3",
    });
  });
});
