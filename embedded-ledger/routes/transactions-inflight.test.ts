import { describe, expect, it } from "vitest";
import { errorBody } from "../testing/errors";
import { transactionSuite } from "../testing/transaction-fixtures";

const { ledger, newBalance, fund, readBalance, hold: suiteHold, settle } = transactionSuite();

type Txn = Record<string, unknown> & { transaction_id: string; reference: string };

/** A funded source (1000), an empty destination, and an inflight transfer of `precise` between them. */
const hold = (precise: number, extra: Record<string, unknown> = {}) =>
  suiteHold(precise, 1000n, { description: "card hold", ...extra });

const amounts = async (balanceId: string) => {
  const row = await readBalance(balanceId);
  return [
    row.balance,
    row.inflight_balance,
    row.credit_balance,
    row.debit_balance,
    row.inflight_credit_balance,
    row.inflight_debit_balance,
  ];
};

describe("inflight transactions", () => {
  it("holds funds as INFLIGHT with the expiry date kept", async () => {
    const { source, destination, txn } = await hold(100, {
      inflight_expiry_date: "2030-01-02T03:04:05+01:00",
    });
    expect(txn).toMatchObject({
      status: "INFLIGHT",
      inflight: true,
      inflight_expiry_date: "2030-01-02T02:04:05Z",
    });
    // [balance, inflight, credit, debit, inflight credit, inflight debit]
    expect(await amounts(source)).toEqual([1000n, -100n, 1000n, 0n, 0n, 100n]);
    expect(await amounts(destination)).toEqual([0n, 100n, 0n, 0n, 100n, 0n]);
  });

  it("commits in parts, then refuses to commit again", async () => {
    const { source, destination, txn } = await hold(100);
    const first = await settle(txn.transaction_id, { status: "commit", precise_amount: 30 });
    expect(first.status).toBe(200);
    const firstRow = first.json as Txn;
    expect(firstRow).toMatchObject({
      status: "APPLIED",
      parent_transaction: txn.transaction_id,
      amount_string: "0.3",
      inflight: false,
      source,
      destination,
      currency: "USD",
      description: "card hold",
    });
    expect(firstRow.reference.startsWith(`${txn.reference}_commit_`)).toBe(true);
    expect(firstRow.transaction_id).not.toBe(txn.transaction_id);
    expect(first.text).toContain('"precise_amount":30,');

    // `amount` is in major units, scaled by the inflight transaction's precision.
    const second = await settle(txn.transaction_id, { status: "commit", amount: 0.2 });
    expect(second.text).toContain('"precise_amount":20,');
    expect(await amounts(source)).toEqual([950n, -50n, 1000n, 50n, 0n, 50n]);
    expect(await amounts(destination)).toEqual([50n, 50n, 50n, 0n, 50n, 0n]);

    const tooMuch = await settle(txn.transaction_id, { status: "commit", precise_amount: 51 });
    expect(tooMuch.status).toBe(400);
    const remaining = "cannot commit more than the remaining amount. Available: USD0.50, Requested: USD0.51";
    expect(tooMuch.json).toEqual(errorBody("TXN_COMMIT_AMOUNT_EXCEEDED", remaining));
    const overOriginal = await settle(txn.transaction_id, { status: "commit", precise_amount: 101 });
    expect(overOriginal.json).toMatchObject({
      error: "cannot commit more than the original transaction amount. Original: USD1.00, Requested: USD1.01",
    });

    const rest = await settle(txn.transaction_id, { status: "commit" });
    expect(rest.status).toBe(200);
    expect(rest.text).toContain('"precise_amount":50,');
    expect(await amounts(source)).toEqual([900n, 0n, 1000n, 100n, 0n, 0n]);
    expect(await amounts(destination)).toEqual([100n, 0n, 100n, 0n, 0n, 0n]);

    const again = await settle(txn.transaction_id, { status: "commit" });
    expect(again.status).toBe(409);
    const committed = "cannot commit. Transaction already committed";
    expect(again.json).toEqual(errorBody("TXN_ALREADY_COMMITTED", committed));
    const voidAfter = await settle(txn.transaction_id, { status: "void" });
    expect(voidAfter.status).toBe(409);
    expect(voidAfter.json).toMatchObject({ error: "cannot void. Transaction already committed" });
    // The parent stays INFLIGHT, as in Core; its children carry the outcome.
    expect(((await ledger.call("GET", `/transactions/${txn.transaction_id}`)).json as Txn).status).toBe(
      "INFLIGHT",
    );
  });

  it("voids the whole hold, then refuses a second void or a commit", async () => {
    const { source, destination, txn } = await hold(100);
    const voided = await settle(txn.transaction_id, { status: "void", precise_amount: 10 });
    expect(voided.status).toBe(200);
    expect(voided.json).toMatchObject({
      status: "VOID",
      parent_transaction: txn.transaction_id,
      inflight: false,
    });
    expect(voided.text).toContain('"precise_amount":100,');
    expect(await amounts(source)).toEqual([1000n, 0n, 1000n, 0n, 0n, 0n]);
    expect(await amounts(destination)).toEqual([0n, 0n, 0n, 0n, 0n, 0n]);
    for (const status of ["void", "commit"]) {
      const response = await settle(txn.transaction_id, { status });
      expect(response.status).toBe(409);
      const message = "transaction has already been voided";
      expect(response.json).toEqual(errorBody("TXN_ALREADY_VOIDED", message));
    }
  });

  it("voids only what a partial commit left", async () => {
    const { source, destination, txn } = await hold(100);
    await settle(txn.transaction_id, { status: "commit", precise_amount: 40 });
    const voided = await settle(txn.transaction_id, { status: "void" });
    expect(voided.text).toContain('"precise_amount":60,');
    expect(await amounts(source)).toEqual([960n, 0n, 1000n, 40n, 0n, 0n]);
    expect(await amounts(destination)).toEqual([40n, 0n, 40n, 0n, 0n, 0n]);
  });

  it("answers bad requests with Core's codes", async () => {
    const { txn } = await hold(100);
    const explode = await settle(txn.transaction_id, { status: "explode" });
    expect(explode.status).toBe(400);
    const unsupportedStatus = "status not supported. use either commit or void";
    expect(explode.json).toEqual(errorBody("TXN_INVALID_STATUS_ACTION", unsupportedStatus));
    expect((await settle("x", { status: "explode" })).json).toMatchObject({
      error_detail: { code: "TXN_INVALID_STATUS_ACTION" },
    });
    const zero = await settle(txn.transaction_id, { status: "commit", precise_amount: 0 });
    expect(zero.status).toBe(400);
    expect(zero.json).toMatchObject({
      error: "precise_amount must be positive",
      error_detail: { code: "TXN_INVALID_AMOUNT" },
    });
    const missing = await settle("txn_missing", { status: "commit" });
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual(
      errorBody("TXN_NOT_FOUND", "Transaction with ID 'txn_missing' not found", {}),
    );
    const bad = await settle(txn.transaction_id, "{");
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ error_detail: { code: "GEN_MALFORMED_REQUEST" } });
    const wrongType = await settle(txn.transaction_id, { status: 5 });
    expect(wrongType.json).toMatchObject({
      error: "json: cannot unmarshal number into Go struct field InflightUpdate.status of type string",
    });
    const quoted = await settle(txn.transaction_id, { status: "commit", precise_amount: "10" });
    expect(quoted.json).toMatchObject({ error: 'math/big: cannot unmarshal "\\"10\\"" into a *big.Int' });
  });

  it("refuses to settle a transaction that is not inflight", async () => {
    const destination = await newBalance();
    const applied = await fund(destination, 10n, "USD");
    const response = await settle((applied.json as Txn).transaction_id, { status: "commit" });
    expect(response.status).toBe(400);
    const message = "transaction is not in inflight status";
    expect(response.json).toEqual(errorBody("TXN_NOT_INFLIGHT", message));
  });
});
