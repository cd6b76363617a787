// The filter engine against Core's SQL (internal/filter/sql_builder.go, sql_json.go) and driver (lib/pq): what
// each operator matches, and which values make the query fail as Core's does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../storage/db";
import { parseFilterRequest } from "./index";
import {
  BALANCE_TEST_SPEC,
  BIG,
  bodyIds,
  coreErrorOf,
  fakeRequest,
  filterTestDb,
  queryIds as queryIdsIn,
  rejectionOf,
} from "./test-support";

let db: Db;
beforeAll(async () => {
  db = await filterTestDb();
});
afterAll(() => db.close());

const ids = (filter: string) => bodyIds(db, filter);
const queryIds = (query: string) => queryIdsIn(db, query);
const filter = (field: string, operator: string, value: string) =>
  ids(`{"field":"${field}","operator":"${operator}",${value}}`);

/** Core's 500 for a query Postgres (or database/sql) refused, and the Postgres error it carries. */
async function queryFailure(field: string, operator: string, value: string) {
  const error = await rejectionOf(filter(field, operator, value));
  expect({ status: error.status, code: error.code, message: error.message }).toEqual({
    status: 500,
    code: "GEN_INTERNAL",
    message: "Failed to retrieve balances",
  });
  const details = error.details as Record<string, string>;
  return { code: details.Code, message: details.Message };
}

describe("like and ilike", () => {
  it("pass the pattern unchanged: % and _ are wildcards, a backslash escapes them", async () => {
    expect(await filter("indicator", "like", '"value":"100%_off"')).toEqual(["bln_c", "bln_b"]);
    expect(await filter("indicator", "like", '"value":"100\\\\%_off"')).toEqual(["bln_c", "bln_b"]);
    expect(await filter("indicator", "like", '"value":"100\\\\%\\\\_off"')).toEqual(["bln_b"]);
    expect(await filter("currency", "like", '"value":"U_D"')).toEqual(["bln_b", "bln_a"]);
    expect(await filter("currency", "ilike", '"value":"EU%"')).toEqual(["bln_c"]);
    expect(await filter("currency", "like", '"value":"EU%"')).toEqual([]);
  });

  it("fail on a column that is not text, as Postgres has no such operator", async () => {
    expect(await queryFailure("balance", "like", '"value":"1%"')).toEqual({
      code: "42883",
      message: "operator does not exist: numeric ~~ unknown",
    });
    expect(await queryFailure("created_at", "ilike", '"value":"2024%"')).toEqual({
      code: "42883",
      message: "operator does not exist: timestamp without time zone ~~* unknown",
    });
    expect(await queryFailure("meta_data", "like", '"value":"%gold%"')).toEqual({
      code: "42883",
      message: "operator does not exist: jsonb ~~ unknown",
    });
  });
});

describe("numbers", () => {
  it("compare a JSON string exactly: Postgres reads it as the column's numeric", async () => {
    expect(await filter("balance", "eq", `"value":"${BIG.slice(0, -1)}1"`)).toEqual(["bln_b"]);
    expect(await filter("balance", "gt", `"value":"${BIG}"`)).toEqual(["bln_b"]);
    expect(await filter("balance", "in", `"values":["-5","${BIG}"]`)).toEqual(["bln_c", "bln_a"]);
    expect(await filter("balance", "between", '"values":["-5.5","0"]')).toEqual(["bln_d", "bln_c"]);
  });

  it("round a bare JSON number through float64, as Go's decoder does", async () => {
    // 10^30 + 1 decodes to the float64 10^30, which lib/pq writes as 1000…000.
    expect(await filter("balance", "eq", `"value":${BIG.slice(0, -1)}1`)).toEqual(["bln_a"]);
    expect(await filter("balance", "gte", `"value":${BIG.slice(0, -1)}1`)).toEqual(["bln_b", "bln_a"]);
    expect(await filter("balance", "lt", '"value":-4.99999999999999999999')).toEqual([]);
    expect(await filter("balance", "lt", '"value":"-4.99999999999999999999"')).toEqual(["bln_c"]);
  });

  it("fail the query on text or a bool Postgres cannot read as numeric", async () => {
    expect(await queryFailure("balance", "gt", '"value":"abc"')).toEqual({
      code: "22P02",
      message: 'invalid input syntax for type numeric: "abc"',
    });
    expect((await queryFailure("balance", "eq", '"value":true')).message).toBe(
      'invalid input syntax for type numeric: "true"',
    );
  });

  it("refuse a number float64 cannot hold while binding the body", () => {
    const bind = () =>
      parseFilterRequest(
        fakeRequest('{"filters":[{"field":"balance","operator":"gt","value":1e400}]}'),
        BALANCE_TEST_SPEC,
      );
    expect(coreErrorOf(bind).body()).toEqual({
      error:
        "json: cannot unmarshal number 1e400 into Go struct field QueryFilter.filters.value of type float64",
      error_detail: {
        code: "GEN_VALIDATION_ERROR",
        message:
          "json: cannot unmarshal number 1e400 into Go struct field QueryFilter.filters.value of type float64",
      },
    });
  });

  it("answer an object or array value with Core's 500 and empty details (database/sql refuses it)", async () => {
    const error = await rejectionOf(filter("currency", "eq", '"value":{"a":1}'));
    expect(error.body()).toEqual({
      error: "Failed to retrieve balances",
      error_detail: { code: "GEN_INTERNAL", message: "Failed to retrieve balances", details: {} },
    });
    expect((await rejectionOf(filter("currency", "in", '"values":["USD",["x"]]'))).status).toBe(500);
  });
});

describe("times", () => {
  it("compare as Core's TIMESTAMP columns: UTC wall clock, a zone in the value ignored", async () => {
    expect(await filter("created_at", "gt", '"value":"2024-01-02T10:00:00Z"')).toEqual(["bln_d", "bln_c"]);
    expect(await filter("created_at", "eq", '"value":"2024-01-01 10:00:00"')).toEqual(["bln_a"]);
    // Postgres drops "+02:00" when it reads a timestamp: this is 12:00, not 10:00 UTC.
    expect(await filter("created_at", "gte", '"value":"2024-01-02T12:00:00+02:00"')).toEqual([
      "bln_d",
      "bln_c",
    ]);
    expect(await queryIds("created_at_gte=2024-01-02T12:00:00%2B02:00")).toEqual(["bln_d", "bln_c"]);
    expect(await queryFailure("created_at", "eq", '"value":"not-a-time"')).toEqual({
      code: "22007",
      message: 'invalid input syntax for type timestamp: "not-a-time"',
    });
  });
});

describe("meta_data.<key>", () => {
  const meta = (operator: string, value: string, key = "tier") => filter(`meta_data.${key}`, operator, value);

  it("eq is JSON containment, so a number and a string differ", async () => {
    expect(await meta("eq", '"value":"gold"')).toEqual(["bln_a"]);
    expect(await meta("eq", '"value":5', "score")).toEqual(["bln_a"]);
    expect(await meta("eq", '"value":"5"', "score")).toEqual(["bln_c"]);
    expect(await meta("eq", '"value":["vip"]', "tags")).toEqual(["bln_b"]);
    expect(await queryIds("meta_data.score_eq=5")).toEqual(["bln_a"]);
    // json.Marshal refuses +Inf, and Core drops the filter: every row.
    expect(await queryIds("meta_data.score_eq=inf")).toHaveLength(4);
  });

  it("ne, like, ilike and in compare the key's text", async () => {
    expect(await meta("ne", '"value":"gold"')).toEqual(["bln_c", "bln_b"]);
    expect(await meta("like", '"value":"%old"')).toEqual(["bln_c", "bln_a"]);
    expect(await meta("ilike", '"value":"GOLD"')).toEqual(["bln_c", "bln_a"]);
    expect(await meta("in", '"values":["silver","Gold"]')).toEqual(["bln_c", "bln_b"]);
    expect(await meta("in", '"values":[1,3]', "rank")).toEqual(["bln_c", "bln_a"]);
  });

  it("isnull is a missing key or null meta_data; isnotnull the rest", async () => {
    expect(await ids('{"field":"meta_data.score","operator":"isnull"}')).toEqual(["bln_d", "bln_b"]);
    expect(await ids('{"field":"meta_data.score","operator":"isnotnull"}')).toEqual(["bln_c", "bln_a"]);
    expect(await ids('{"field":"meta_data","operator":"isnull"}')).toEqual(["bln_d"]);
  });

  it("order comparisons read the key as numeric, and fail on a value that is not a number", async () => {
    expect(await meta("gt", '"value":1', "rank")).toEqual(["bln_c", "bln_b"]);
    expect(await meta("lte", '"value":"2"', "rank")).toEqual(["bln_b", "bln_a"]);
    expect(await meta("between", '"values":[2,3]', "rank")).toEqual(["bln_c", "bln_b"]);
    expect(await queryFailure("meta_data.tier", "gt", '"value":1')).toEqual({
      code: "22P02",
      message: 'invalid input syntax for type numeric: "gold"',
    });
  });

  it("the whole column compares as jsonb", async () => {
    expect(
      await filter("meta_data", "eq", '"value":"{\\"rank\\":1,\\"tier\\":\\"gold\\",\\"score\\":5}"'),
    ).toEqual(["bln_a"]);
    expect((await queryFailure("meta_data", "eq", '"value":"not json"')).code).toBe("22P02");
  });
});

describe("hostile values", () => {
  it("are only ever parameters", async () => {
    const values = ["x".repeat(10_000), "Zürich 東京 🚀 \u202e", "'; DROP TABLE balances; --", '"\\\\%_{}'];
    for (const value of values) {
      const json = JSON.stringify(value);
      expect(await filter("currency", "eq", `"value":${json}`)).toEqual([]);
      expect(await filter("currency", "ilike", `"value":${json}`)).toEqual([]);
      expect(await filter("currency", "in", `"values":[${json},"NGN"]`)).toEqual(["bln_d"]);
      expect(await filter("meta_data.tier", "eq", `"value":${json}`)).toEqual([]);
      expect(await filter("meta_data.tier", "ne", `"value":${json}`)).toHaveLength(3);
    }
    expect((await db.query("SELECT count(*) AS n FROM balances")).rows).toEqual([{ n: 4 }]);
  });
});
