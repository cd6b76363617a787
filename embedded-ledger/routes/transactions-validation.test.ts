import { describe, expect, it } from "vitest";
import { toJson } from "../json";
import { errorBody, errorsBody } from "../testing/errors";
import {
  fund,
  postTransaction,
  readBalance,
  transactionLedgerForFile,
} from "../testing/transaction-fixtures";

let source: string;
let destination: string;
let euros: string;
const { ledger, newBalance } = transactionLedgerForFile(async () => {
  source = await newBalance();
  destination = await newBalance();
  euros = await newBalance("EUR");
  await fund(ledger, source, 1000n, "USD");
});

const valid = () => ({
  source,
  destination,
  amount: 1,
  precision: 100,
  currency: "USD",
  reference: `ref-${Math.random()}`,
  description: "valid",
});

/** Posts `valid()` with `changes` applied (undefined removes a field). */
function post(changes: Record<string, unknown>) {
  const request: Record<string, unknown> = { ...valid(), ...changes };
  for (const key of Object.keys(request)) if (request[key] === undefined) delete request[key];
  return postTransaction(ledger, request);
}

describe("POST /transactions validation (400 TXN_VALIDATION_ERROR, legacy key `errors`)", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["no amount", { amount: undefined }, "amount: either amount or precise_amount is required."],
    ["amount 0", { amount: 0 }, "amount: either amount or precise_amount is required."],
    [
      "both amounts",
      { precise_amount: 100 },
      "amount: either amount or precise_amount should be provided, not both.",
    ],
    [
      "16 significant digits",
      { amount: 1234567890.123456 },
      "amount: amount has more than 15 significant digits which may cause rounding errors; use precise_amount instead.",
    ],
    ["negative amount", { amount: -5 }, "amount: amount cannot be negative."],
    [
      "negative precise_amount",
      { amount: undefined, precise_amount: -5 },
      "amount: precise_amount cannot be negative.",
    ],
    ["fractional precision", { precision: 1.5 }, "precision: precision must be an integer value."],
    ["negative precision", { precision: -100 }, "precision: precision cannot be negative."],
    ["blank currency", { currency: "" }, "currency: cannot be blank."],
    ["no reference", { reference: undefined }, "reference: cannot be blank."],
    ["no description", { description: null }, "description: cannot be blank."],
    ["no source", { source: undefined }, "source: either source or sources is required, not both."],
    [
      "no destination",
      { destination: "" },
      "destination: either destination or destinations is required, not both.",
    ],
    [
      "same balance",
      { destination: "@Same", source: "@Same" },
      "destination: source and destination cannot be the same balance.",
    ],
    [
      "bad inflight_expiry_date",
      { inflight_expiry_date: "2024-04-22" },
      "inflight_expiry_date: please format the scheduled date as 'YYYY-MM-DDTHH:MM:SS+00:00' (e.g., 2024-04-22T15:28:03+00:00).",
    ],
    [
      "several problems, sorted by field",
      { source: undefined, currency: undefined, precision: 2.5 },
      "currency: cannot be blank; precision: precision must be an integer value; source: either source or sources is required, not both.",
    ],
  ];

  it.each(cases)("%s", async (_name, changes, message) => {
    const response = await post(changes);
    expect(response.status).toBe(400);
    expect(response.json).toEqual(errorsBody("TXN_VALIDATION_ERROR", message));
  });

  it("refuses a fractional precision with Core's exact text and moves nothing", async () => {
    const before = await readBalance(ledger.db, source);
    const response = await post({ precision: 100.5 });
    expect((response.json as { errors: string }).errors).toBe(
      "precision: precision must be an integer value.",
    );
    expect(await readBalance(ledger.db, source)).toEqual(before);
  });

  it("refuses a zero precise amount", async () => {
    const response = await post({ amount: undefined, precise_amount: 0 });
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ error: "transaction precise amount must be positive" });
    const tooSmall = await post({ amount: 0.001, precision: 100 });
    expect(tooSmall.status).toBe(400);
  });
});

describe("POST /transactions binding (400 GEN_MALFORMED_REQUEST)", () => {
  const malformed = errorBody("GEN_MALFORMED_REQUEST", "Invalid input");

  it.each([
    ["precise_amount as a string", { amount: undefined, precise_amount: "100" }],
    ["fractional precise_amount", { amount: undefined, precise_amount: 1.5 }],
    ["amount as a string", { amount: "1" }],
    ["precision as a string", { precision: "100" }],
    ["reference as a number", { reference: 5 }],
    ["allow_overdraft as a string", { allow_overdraft: "yes" }],
    ["meta_data as an array", { meta_data: [1] }],
    ["effective_date not RFC3339", { effective_date: "2024-01-01" }],
  ])("%s", async (_name, changes) => {
    const response = await post(changes);
    expect(response.status).toBe(400);
    expect(response.json).toEqual(malformed);
  });

  it("refuses bad JSON, an empty body and a non-object body", async () => {
    for (const raw of ['{"amount":', "", "[1]", '"text"']) {
      const response = await ledger.call("POST", "/transactions", raw);
      expect(response.status).toBe(400);
      expect(response.json).toEqual(malformed);
    }
  });

  it("accepts a bare precise_amount far beyond 2^53", async () => {
    const raw = toJson({ ...valid(), amount: undefined, source: "@World", allow_overdraft: true }).replace(
      "{",
      '{"precise_amount":90071992547409930001,',
    );
    const response = await ledger.call("POST", "/transactions", raw);
    expect(response.status).toBe(201);
    expect(response.text).toContain('"precise_amount":90071992547409930001,');
  });
});

describe("POST /transactions balances", () => {
  it("answers an unknown balance ID with 404 BAL_NOT_FOUND", async () => {
    const response = await post({ destination: "bln_missing" });
    expect(response.status).toBe(404);
    expect(response.json).toEqual(errorBody("BAL_NOT_FOUND", "Balance with ID 'bln_missing' not found", {}));
  });

  it("refuses a currency that differs from a balance's", async () => {
    const response = await post({ destination: euros });
    expect(response.status).toBe(400);
    const message = `currency mismatch: transaction is USD but destination balance ${euros} is EUR`;
    expect(response.json).toEqual(errorBody("TXN_VALIDATION_ERROR", message));
  });

  it("refuses an indicator that resolves to the source itself", async () => {
    await post({ source: "@Loop", destination, allow_overdraft: true });
    const found = await ledger.db.query<{ balance_id: string }>(
      "SELECT balance_id FROM balances WHERE indicator = '@Loop'",
    );
    const loopId = found.rows[0]?.balance_id ?? "";
    const response = await post({ source: "@Loop", destination: loopId, allow_overdraft: true });
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({
      errors: "destination: source and destination cannot be the same balance.",
    });
  });

  it("says plainly what the embedded ledger does not support", async () => {
    const split = await post({ source: undefined, sources: [{ identifier: source, distribution: "100%" }] });
    expect(split.status).toBe(400);
    expect(split.json).toMatchObject({
      error: "sources/destinations (split transactions) is not supported by the embedded ledger",
    });
    // dry_run is supported (transactions-dry-run.test.ts); a dry run also takes scheduled_for, with Core's note.
    const scheduled = await post({ scheduled_for: "2030-01-01T00:00:00+00:00" });
    expect(scheduled.status).toBe(400);
    expect((scheduled.json as { error: string }).error).toMatch(/not supported by the embedded ledger$/);
  });
});
