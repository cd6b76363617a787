import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CoreError } from "../http/errors";
import { type Db, openDb } from "../storage/db";
import {
  buildWhere,
  type Filter,
  type FilterSpec,
  filterResponse,
  parseFilterRequest,
  parseQueryFilters,
  runFilter,
} from "./index";
import { fakeRequest } from "./test-support";

const SPEC: FilterSpec = {
  table: "balances",
  fields: {
    balance_id: "text",
    ledger_id: "text",
    indicator: "text",
    currency: "text",
    balance: "numeric",
    created_at: "time",
  },
  virtual: {
    either_id: {
      operators: ["eq", "in"],
      toSql: (op, values, addParam) =>
        op === "eq"
          ? `(balance_id = ${addParam(values[0])} OR ledger_id = ${addParam(values[0])})`
          : `balance_id IN (${values.map(addParam).join(", ")})`,
    },
  },
  hasMetadata: true,
};

const BIG = "1000000000000000000000000000000"; // 10^30: JS floats cannot tell it from 10^30 + 1
const ROWS = [
  [
    "bln_a",
    "USD",
    BIG,
    "@cash",
    "2024-01-01T10:00:00.000Z",
    '{"tier":"gold","score":5,"huge":18446744073709551617}',
  ],
  ["bln_b", "USD", `${BIG.slice(0, -1)}1`, null, "2024-01-02T10:00:00.000Z", '{"tier":"silver","score":12}'],
  ["bln_c", "eur", "-5", null, "2024-01-03T10:00:00.000Z", '{"tier":"Gold","score":"n/a"}'],
  ["bln_d", "NGN", "0", "@fees", "2024-01-03T23:59:59.999Z", null],
] as const;

let db: Db;
beforeAll(async () => {
  db = await openDb(undefined);
  for (const [id, currency, balance, indicator, created, meta] of ROWS) {
    await db.query(
      `INSERT INTO balances (balance_id, ledger_id, currency, balance, indicator, created_at, meta_data)
       VALUES ($1, 'general_ledger_id', $2, $3::numeric, $4, $5::timestamptz, $6::jsonb)`,
      [id, currency, balance, indicator, created, meta],
    );
  }
});
afterAll(() => db.close());

async function ids(filters: string, extra = ""): Promise<string[]> {
  const parsed = parseFilterRequest(fakeRequest(`{"filters":[${filters}]${extra}}`), SPEC);
  const { rows } = await runFilter<{ balance_id: string }>(db, SPEC, parsed, "balance_id", "balance_id");
  return rows.map((row) => row.balance_id);
}

async function failure(filters: string): Promise<CoreError> {
  const error = await ids(filters).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof CoreError)) throw new Error(`expected a CoreError, got ${String(error)}`);
  return error;
}

describe("buildWhere", () => {
  it("parameterizes every value and casts it to the column's type", () => {
    const params: unknown[] = [];
    const filters: Filter[] = [
      { field: "balance", operator: "gte", value: BIG },
      { field: "currency", operator: "in", values: ["USD", "EUR"] },
      { field: "meta_data.tier", operator: "isnull" },
    ];
    expect(buildWhere(filters, "or", SPEC, params)).toBe(
      "WHERE (balance >= $1::numeric) OR (currency IN ($2::text, $3::text)) OR ((meta_data->>$4) IS NULL)",
    );
    expect(params).toEqual([BIG, "USD", "EUR", "tier"]);
    expect(buildWhere([], "and", SPEC, params)).toBe("");
  });
});

describe("runFilter against PGlite", () => {
  it("compares big NUMERIC amounts exactly", async () => {
    expect(await ids(`{"field":"balance","operator":"gt","value":${BIG}}`)).toEqual(["bln_b"]);
    expect(await ids(`{"field":"balance","operator":"gte","value":${BIG}}`)).toEqual(["bln_b", "bln_a"]);
    expect(await ids(`{"field":"balance","operator":"eq","value":${BIG}}`)).toEqual(["bln_a"]);
    expect(await ids(`{"field":"balance","operator":"lt","value":0}`)).toEqual(["bln_c"]);
    expect(await ids(`{"field":"balance","operator":"lte","value":"0"}`)).toEqual(["bln_d", "bln_c"]);
    expect(await ids(`{"field":"balance","operator":"between","values":[-5,0]}`)).toEqual(["bln_d", "bln_c"]);
  });

  it("supports every text operator", async () => {
    expect(await ids('{"field":"currency","operator":"eq","value":"USD"}')).toEqual(["bln_b", "bln_a"]);
    expect(await ids('{"field":"currency","operator":"ne","value":"USD"}')).toEqual(["bln_d", "bln_c"]);
    expect(await ids('{"field":"currency","operator":"in","values":["eur","NGN"]}')).toEqual([
      "bln_d",
      "bln_c",
    ]);
    expect(await ids('{"field":"currency","operator":"like","value":"U%"}')).toEqual(["bln_b", "bln_a"]);
    expect(await ids('{"field":"currency","operator":"ilike","value":"EU%"}')).toEqual(["bln_c"]);
    expect(await ids('{"field":"indicator","operator":"isnull"}')).toEqual(["bln_c", "bln_b"]);
    expect(await ids('{"field":"indicator","operator":"isnotnull"}')).toEqual(["bln_d", "bln_a"]);
    expect(await ids('{"field":"currency","operator":"eq","value":null}')).toEqual([]);
  });

  it("compares times as timestamptz", async () => {
    expect(await ids('{"field":"created_at","operator":"gt","value":"2024-01-02T10:00:00Z"}')).toEqual([
      "bln_d",
      "bln_c",
    ]);
    expect(await ids('{"field":"created_at","operator":"eq","value":"2024-01-01T10:00:00Z"}')).toEqual([
      "bln_a",
    ]);
    const parsed = parseQueryFilters(new URLSearchParams("created_at_eq=2024-01-03"), SPEC);
    const { rows } = await runFilter<{ balance_id: string }>(
      db,
      SPEC,
      { ...parsed, limit: 20, offset: 0 },
      "balance_id",
      "balance_id",
    );
    expect(rows.map((row) => row.balance_id)).toEqual(["bln_d", "bln_c"]);
  });

  it("filters on meta_data keys as text", async () => {
    const cases: [string, string[]][] = [
      ['{"field":"meta_data.tier","operator":"eq","value":"gold"}', ["bln_a"]],
      ['{"field":"meta_data.score","operator":"eq","value":5}', ["bln_a"]],
      ['{"field":"meta_data.huge","operator":"eq","value":18446744073709551617}', ["bln_a"]],
      ['{"field":"meta_data.tier","operator":"ne","value":"gold"}', ["bln_c", "bln_b"]],
      ['{"field":"meta_data.tier","operator":"in","values":["silver","Gold"]}', ["bln_c", "bln_b"]],
      ['{"field":"meta_data.tier","operator":"like","value":"%old"}', ["bln_c", "bln_a"]],
      ['{"field":"meta_data.tier","operator":"ilike","value":"gold"}', ["bln_c", "bln_a"]],
      ['{"field":"meta_data.tier","operator":"isnull"}', ["bln_d"]],
      ['{"field":"meta_data.tier","operator":"isnotnull"}', ["bln_c", "bln_b", "bln_a"]],
      // Numeric comparisons skip values that are not numbers instead of failing the query.
      ['{"field":"meta_data.score","operator":"gt","value":6}', ["bln_b"]],
      ['{"field":"meta_data.score","operator":"between","values":[1,12]}', ["bln_b", "bln_a"]],
      ['{"field":"meta_data","operator":"isnull"}', ["bln_d"]],
    ];
    for (const [filter, expected] of cases) expect(await ids(filter), filter).toEqual(expected);
  });

  it("combines with or, sorts, pages and counts", async () => {
    const either =
      '{"field":"currency","operator":"eq","value":"NGN"},{"field":"meta_data.tier","operator":"eq","value":"gold"}';
    expect(await ids(either, ',"logical_operator":"or"')).toEqual(["bln_d", "bln_a"]);
    expect(await ids(either)).toEqual([]);
    expect(await ids("", ',"sort_by":"balance","sort_order":"asc"')).toEqual([
      "bln_c",
      "bln_d",
      "bln_a",
      "bln_b",
    ]);
    expect(await ids("", ',"limit":2,"offset":1')).toEqual(["bln_c", "bln_b"]);
    const parsed = parseFilterRequest(fakeRequest('{"limit":1,"include_count":true}'), SPEC);
    const result = await runFilter(db, SPEC, parsed, "balance_id", "balance_id");
    expect(result).toEqual({ rows: [{ balance_id: "bln_d" }], totalCount: 4 });
    const unlimited = await runFilter(
      db,
      SPEC,
      { filters: [], logicalOperator: "and", limit: null, offset: 0 },
      "balance_id",
      "balance_id",
    );
    expect(unlimited.rows).toHaveLength(4);
  });

  it("passes virtual fields their values as text", async () => {
    expect(await ids('{"field":"either_id","operator":"eq","value":"bln_c"}')).toEqual(["bln_c"]);
    expect(await ids('{"field":"either_id","operator":"eq","value":"general_ledger_id"}')).toHaveLength(4);
    expect(await ids('{"field":"either_id","operator":"in","values":["bln_a","bln_b"]}')).toEqual([
      "bln_b",
      "bln_a",
    ]);
  });

  it("answers values Postgres cannot read with 400, not 500", async () => {
    const badTime = await failure('{"field":"created_at","operator":"gt","value":"not-a-time"}');
    expect(badTime.status).toBe(400);
    expect(badTime.code).toBe("GEN_BAD_REQUEST");
    expect(badTime.message).toBe(
      'Invalid filter: invalid input syntax for type timestamp with time zone: "not-a-time"',
    );
    expect((await failure('{"field":"balance","operator":"gt","value":"abc"}')).message).toBe(
      "Invalid filter: invalid value for field 'balance': must be a number",
    );
    expect((await failure('{"field":"currency","operator":"eq","value":{"a":1}}')).message).toBe(
      "Invalid filter: invalid value for field 'currency': must be a string, number or boolean",
    );
    expect((await failure('{"field":"meta_data","operator":"gt","value":1}')).message).toBe(
      "Invalid filter: operator 'gt' is not supported for field 'meta_data'",
    );
  });
});

describe("filterResponse", () => {
  it("shapes Core's list bodies", () => {
    expect(filterResponse([], null, { nullWhenEmpty: true })).toBeNull();
    expect(filterResponse([], null, { nullWhenEmpty: false })).toEqual([]);
    expect(filterResponse([1], null, { nullWhenEmpty: true })).toEqual([1]);
    expect(filterResponse([1], 9, { nullWhenEmpty: true })).toEqual({ data: [1], total_count: 9 });
    expect(filterResponse([], 0, { nullWhenEmpty: true })).toEqual({ data: null });
    expect(filterResponse([], 3, { nullWhenEmpty: false })).toEqual({ data: [] });
  });
});
