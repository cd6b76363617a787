// LEDGER_CORE_PROFILE: the answers of older Core releases (http/profile.ts), over real HTTP.
import { describe, expect, it } from "vitest";
import { coreProfile } from "../http/profile";
import { errorBody } from "../testing/errors";
import * as fixtures from "../testing/transaction-fixtures";

type Row = Record<string, unknown> & { transaction_id: string; reference: string };

const HUGE = 2n ** 64n + 7n;

function profileSuite(name: string) {
  const { ledger, newBalance } = fixtures.transactionLedgerForFile(undefined, { profile: coreProfile(name) });

  const transfer = async (extra: Record<string, unknown> = {}) => {
    const source = await newBalance();
    const destination = await newBalance();
    await fixtures.fund(ledger, source, HUGE, "USD");
    const reference = fixtures.uniqueRef("queued");
    const response = await fixtures.postTransaction(ledger, {
      source,
      destination,
      precise_amount: HUGE,
      currency: "USD",
      reference,
      description: "queued transfer",
      ...extra,
    });
    return { source, destination, reference, response };
  };

  const byReference = async (reference: string) =>
    (await ledger.call("GET", `/transactions/reference/${reference}`)).json as Row;

  const filterRows = async (field: string, value: string) =>
    (
      await ledger.send("POST", "/transactions/filter", {
        filters: [{ field, operator: "eq", value }],
      })
    ).json as Row[];

  return { ledger, newBalance, transfer, byReference, filterRows };
}

describe("LEDGER_CORE_PROFILE names", () => {
  it("takes the supported releases, maps any 0.14.x to 0.14, and refuses others by name", () => {
    expect(coreProfile(undefined).name).toBe("current");
    expect(coreProfile("0.14.5").name).toBe("0.14");
    expect(coreProfile(" 0.15.0 ").name).toBe("0.15.0");
    expect(() => coreProfile("0.12")).toThrow(
      /LEDGER_CORE_PROFILE must be one of 0\.13\.2, 0\.14, .*"0\.12"/,
    );
  });
});

describe("profile 0.15.0: Core's queue, parent_transaction empty on filter rows", () => {
  const { ledger, transfer, byReference, filterRows } = profileSuite("0.15.0");

  it("answers a queued create with the QUEUED original and records the worker's _q copy", async () => {
    const { source, destination, reference, response } = await transfer();
    expect(response.status).toBe(201);
    const original = response.json as Row;
    expect(original).toMatchObject({ status: "QUEUED", reference, parent_transaction: "" });
    expect(original.meta_data).toMatchObject({ QUEUED_PARENT_TRANSACTION: original.transaction_id });
    expect(String(original.precise_amount)).toBe(String(HUGE));

    const copy = await byReference(`${reference}_q`);
    expect(copy).toMatchObject({
      status: "APPLIED",
      parent_transaction: original.transaction_id,
      created_at: original.created_at,
      meta_data: { QUEUED_PARENT_TRANSACTION: original.transaction_id },
    });
    expect(copy.transaction_id).not.toBe(original.transaction_id);
    // The money moved once, by the copy.
    expect((await fixtures.readBalance(ledger.db, source)).balance).toBe(0n);
    expect((await fixtures.readBalance(ledger.db, destination)).balance).toBe(HUGE);
  });

  it("leaves parent_transaction empty on filter rows, while the filter on it still finds the children", async () => {
    const { reference, response } = await transfer();
    const original = response.json as Row;
    const children = await filterRows("parent_transaction", original.transaction_id);
    expect(children.map((row) => row.reference)).toEqual([`${reference}_q`]);
    expect(children[0]?.parent_transaction).toBe("");
    // GET /transactions with query filters runs the same query (GetAllTransactionsWithFilter).
    const listed = (
      await ledger.call("GET", `/transactions?parent_transaction_eq=${original.transaction_id}`)
    ).json as Row[];
    expect(listed.map((row) => [row.reference, row.parent_transaction])).toEqual([[`${reference}_q`, ""]]);
    // By ID or reference the field is there (those queries select it).
    expect((await byReference(`${reference}_q`)).parent_transaction).toBe(original.transaction_id);
  });

  it("records a copy that cannot post as REJECTED with the reason, and moves nothing", async () => {
    const source = await ledger.send("POST", "/balances", {
      ledger_id: "general_ledger_id",
      currency: "USD",
    });
    const sourceId = String((source.json as Record<string, unknown>).balance_id);
    const destination = (
      await ledger.send("POST", "/balances", { ledger_id: "general_ledger_id", currency: "USD" })
    ).json as Record<string, unknown>;
    const reference = fixtures.uniqueRef("broke");
    const response = await fixtures.postTransaction(ledger, {
      source: sourceId,
      destination: destination.balance_id,
      precise_amount: 500,
      currency: "USD",
      reference,
      description: "no funds",
    });
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({ status: "QUEUED" });
    const copy = await byReference(`${reference}_q`);
    expect(copy.status).toBe("REJECTED");
    expect(String((copy.meta_data as Record<string, unknown>).blnk_rejection_reason)).toMatch(
      /insufficient funds/i,
    );
    expect((await fixtures.readBalance(ledger.db, sourceId)).balance).toBe(0n);
  });

  it("posts skip_queue: true at once, as one row", async () => {
    const { reference, response } = await transfer({ skip_queue: true });
    expect(response.json).toMatchObject({ status: "APPLIED", reference });
    expect((await ledger.call("GET", `/transactions/reference/${reference}_q`)).status).toBe(404);
  });

  it("answers include=identity (fixed in 0.15.0) and errors with 0.15's envelope", async () => {
    const { source } = await transfer();
    expect((await ledger.call("GET", `/balances/${source}?include=identity`)).status).toBe(200);
    const missing = await ledger.call("GET", "/balances/bln_missing");
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual(errorBody("BAL_NOT_FOUND", "Balance with ID 'bln_missing' not found", {}));
  });
});

describe("profile 0.14: include=identity fails, errors before error_detail", () => {
  const { ledger, newBalance, transfer, filterRows } = profileSuite("0.14");

  it("answers every include=identity with 0.14.5's 400, and the balance without it", async () => {
    const balance = await newBalance();
    const failed = await ledger.call("GET", `/balances/${balance}?include=ledger&include=identity`);
    expect(failed.status).toBe(400);
    expect(failed.json).toEqual({ error: "INTERNAL_SERVER_ERROR: Failed to scan balance data" });
    expect((await ledger.call("GET", `/balances/${balance}?include=ledger`)).status).toBe(200);
  });

  it("sends the flat error key alone, with 400 for a missing record and 404 only for an API key", async () => {
    const missing = await ledger.call("GET", "/transactions/txn_missing");
    expect(missing.status).toBe(400);
    expect(missing.json).toEqual({ error: "NOT_FOUND: Transaction with ID 'txn_missing' not found" });
    const invalid = await ledger.send("POST", "/transactions", { source: "x" });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.json as object)).not.toContain("error_detail");
  });

  it("queues creates and leaves parent_transaction empty on filter rows too", async () => {
    const { reference, response } = await transfer();
    const original = response.json as Row;
    expect(original.status).toBe("QUEUED");
    const rows = await filterRows("parent_transaction", original.transaction_id);
    expect(rows.map((row) => [row.reference, row.parent_transaction])).toEqual([[`${reference}_q`, ""]]);
  });
});

describe("profile 0.13.2: filter rows without precision either", () => {
  const { transfer, filterRows } = profileSuite("0.13.2");

  it("answers precision 0 on /transactions/filter rows; precise_amount is exact", async () => {
    const { reference } = await transfer({ precision: 100 });
    const [row] = await filterRows("reference", `${reference}_q`);
    expect([row?.parent_transaction, String(row?.precision), String(row?.precise_amount)]).toEqual([
      "",
      "0",
      String(HUGE),
    ]);
  });
});

describe("profile 0.15.2: queued, and filter rows name their parent", () => {
  const { transfer, filterRows } = profileSuite("0.15.2");

  it("returns parent_transaction on filter rows (0.15.1 on)", async () => {
    const { response } = await transfer();
    const original = response.json as Row;
    const [child] = await filterRows("parent_transaction", original.transaction_id);
    expect(child?.parent_transaction).toBe(original.transaction_id);
  });
});
