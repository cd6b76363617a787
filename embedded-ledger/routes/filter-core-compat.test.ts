// The four filter routes against Core's answers (api/filter_helper.go, internal/filter/validation.go, the
// datasources' "Failed to retrieve …"), and the columns whose Core type differs from the ledger's storage:
// transactions.amount (NUMERIC major units), precision (BIGINT), identity.dob (DATE), created_at (TIMESTAMP).
import { describe, expect, it } from "vitest";
import { errorBody } from "../testing/errors";
import { transactionSuite, uniqueRef } from "../testing/transaction-fixtures";

const { ledger, newBalance, post } = transactionSuite();

type Row = Record<string, unknown>;
const filter = (resource: string, filters: unknown[], extra: Record<string, unknown> = {}) =>
  ledger.send("POST", `/${resource}/filter`, { filters, ...extra });
const rows = (response: { json: unknown }) => (response.json ?? []) as Row[];

const TABLES: [string, string][] = [
  ["ledgers", "ledgers"],
  ["balances", "balances"],
  ["identities", "identity"],
  ["transactions", "transactions"],
];

describe.each(TABLES)("POST /%s/filter", (resource, table) => {
  const invalid = (message: string) => errorBody("GEN_BAD_REQUEST", `Invalid filter: ${message}`, {});

  it("answers an invalid field, operator, arity or JSON key with Core's 400", async () => {
    const cases: [unknown, string][] = [
      [{ field: "nope", operator: "eq", value: 1 }, `invalid field 'nope' for table '${table}'`],
      [
        { field: "created_at", operator: "contains", value: "x" },
        "invalid operator 'contains' for field 'created_at': must be one of eq, ne, gt, gte, lt, lte, in, between, like, ilike, isnull, isnotnull",
      ],
      [
        { field: "created_at", operator: "in", values: [] },
        "operator 'in' for field 'created_at' requires at least one value in 'values'",
      ],
      [
        { field: "created_at", operator: "between", values: ["2024-01-01"] },
        "operator 'between' for field 'created_at' requires exactly two values in 'values', got 1",
      ],
      [
        { field: "meta_data.bad-key", operator: "eq", value: "x" },
        "invalid JSON key 'bad-key' in field 'meta_data.bad-key': must match pattern ^[a-zA-Z][a-zA-Z0-9_]*$",
      ],
    ];
    for (const [bad, message] of cases) {
      const response = await filter(resource, [bad]);
      expect(response.status, message).toBe(400);
      expect(response.json, message).toEqual(invalid(message));
    }
  });

  it("answers a query Postgres refuses with Core's 500 'Failed to retrieve …', the pq error as details", async () => {
    const message = `Failed to retrieve ${resource}`;
    const badTime = await filter(resource, [{ field: "created_at", operator: "gt", value: "not-a-time" }]);
    expect(badTime.status).toBe(500);
    expect(badTime.json).toMatchObject({
      error: message,
      error_detail: {
        code: "GEN_INTERNAL",
        message,
        details: { Code: "22007", Message: 'invalid input syntax for type timestamp: "not-a-time"' },
      },
    });
    const listed = await ledger.call("GET", `/${resource}?created_at_gt=not-a-time`);
    expect({ status: listed.status, json: listed.json }).toEqual({ status: 500, json: badTime.json });
    const object = await filter(resource, [{ field: "created_at", operator: "eq", value: { a: 1 } }]);
    expect({ status: object.status, json: object.json }).toEqual({
      status: 500,
      json: errorBody("GEN_INTERNAL", message, {}),
    });
  });

  it("keeps long, unicode and SQL-looking values as parameters", async () => {
    for (const value of ["x".repeat(10_000), "Zürich 東京 🚀", "'; DROP TABLE ledgers; --"]) {
      const response = await filter(resource, [{ field: "meta_data.note", operator: "eq", value }]);
      expect(response.status).toBe(200);
      const like = await filter(resource, [{ field: "meta_data.note", operator: "like", value }]);
      expect(like.status).toBe(200);
    }
  });
});

describe("values that only match as Core reads them", () => {
  it("names: 10,000 characters, unicode and SQL text match exactly", async () => {
    const names = ["n".repeat(10_000), "Zürich 東京 🚀 ‮", "'; DROP TABLE ledgers; --", "50%_off\\"];
    for (const name of names) expect((await ledger.send("POST", "/ledgers", { name })).status).toBe(201);
    for (const name of names) {
      const found = rows(await filter("ledgers", [{ field: "name", operator: "eq", value: name }]));
      expect(found.map((row) => row.name)).toEqual([name]);
    }
    // The pattern goes to Postgres as sent: an unescaped % and _ are wildcards, "\\" escapes them.
    const literal = await filter("ledgers", [{ field: "name", operator: "like", value: "50\\%\\_off\\\\" }]);
    expect(rows(literal).map((row) => row.name)).toEqual(["50%_off\\"]);
    const wild = await filter("ledgers", [{ field: "name", operator: "like", value: "5_%" }]);
    expect(rows(wild).map((row) => row.name)).toEqual(["50%_off\\"]);
    const unicode = await ledger.call("GET", `/ledgers?name_eq=${encodeURIComponent(names[1] ?? "")}`);
    expect(rows(unicode).map((row) => row.name)).toEqual([names[1]]);
  });

  it("transactions: amount is the NUMERIC major-unit amount, precision a BIGINT", async () => {
    const source = await newBalance();
    const destination = await newBalance();
    const make = async (amount: number) => {
      const body = { source, destination, amount, precision: 100, currency: "USD", allow_overdraft: true };
      const response = await post({ ...body, reference: uniqueRef("amt"), description: "d" });
      expect(response.status).toBe(201);
      return (response.json as Row).transaction_id;
    };
    const big = String(await make(12.5));
    const small = String(await make(0.1));
    const both = [big, small].sort();
    const mine = { field: "balance_id", operator: "eq", value: destination };
    const ids = async (...more: unknown[]) =>
      rows(await filter("transactions", [mine, ...more]))
        .map((row) => String(row.transaction_id))
        .sort();
    expect(await ids({ field: "amount", operator: "eq", value: "12.5" })).toEqual([big]);
    expect(await ids({ field: "amount", operator: "eq", value: 1250 })).toEqual([]);
    // Compared as numeric: a float8 comparison would round this to 12.5.
    expect(await ids({ field: "amount", operator: "gt", value: "12.4999999999999999999" })).toEqual([big]);
    expect(await ids({ field: "amount", operator: "between", values: ["0.1", 12.5] })).toEqual(both);
    expect(await ids({ field: "precision", operator: "eq", value: 100 })).toEqual(both);
    const like = await filter("transactions", [{ field: "amount", operator: "like", value: "12%" }]);
    expect(like.status).toBe(500);
    expect(like.json).toMatchObject({
      error_detail: { details: { Code: "42883", Message: "operator does not exist: numeric ~~ unknown" } },
    });
    const fraction = await filter("transactions", [{ field: "precision", operator: "eq", value: 1.5 }]);
    expect(fraction.json).toMatchObject({
      error_detail: { details: { Message: 'invalid input syntax for type bigint: "1.5"' } },
    });
  });

  it("transactions: a second indicator filter repeats Core's CTE name, which Postgres refuses", async () => {
    const one = { field: "indicator", operator: "eq", value: "@nobody" };
    expect((await filter("transactions", [one])).status).toBe(200);
    const two = await filter("transactions", [one, { ...one, operator: "ne" }]);
    expect(two.status).toBe(500);
    expect(two.json).toMatchObject({
      error: "Failed to retrieve transactions",
      error_detail: { details: { Code: "42712" } },
    });
  });

  it("identities: dob compares as Core's DATE", async () => {
    const created = await ledger.send("POST", "/identities", {
      first_name: "Dee",
      dob: "1990-05-01T15:00:00Z",
    });
    const id = (created.json as Row).identity_id;
    const found = await filter("identities", [{ field: "dob", operator: "eq", value: "1990-05-01" }]);
    expect(rows(found).map((row) => row.identity_id)).toEqual([id]);
    const after = await filter("identities", [
      { field: "dob", operator: "gt", value: "1990-05-01T12:00:00Z" },
    ]);
    expect(rows(after)).toEqual([]);
  });
});
