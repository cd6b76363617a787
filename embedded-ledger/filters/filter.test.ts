import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../storage/db";
import { buildWhere, type Filter, filterResponse, parseFilterRequest, runFilter } from "./index";
import {
  BIG,
  bodyIds,
  fakeRequest,
  filterTestDb,
  queryIds as queryIdsIn,
  BALANCE_TEST_SPEC as SPEC,
} from "./test-support";

let db: Db;
beforeAll(async () => {
  db = await filterTestDb();
});
afterAll(() => db.close());

const ids = (filters: string, extra = "") => bodyIds(db, filters, extra);
const queryIds = (query: string) => queryIdsIn(db, query);

describe("buildWhere", () => {
  it("writes Core's conditions with every value a parameter and no casts", () => {
    const params: unknown[] = [];
    const filters: Filter[] = [
      { field: "balance", operator: "gte", value: BIG },
      { field: "currency", operator: "in", values: ["USD", "EUR"] },
      { field: "meta_data.tier", operator: "isnull" },
      { field: "created_at", operator: "lt", value: "2024-01-02" },
    ];
    expect(buildWhere(filters, "or", SPEC, params)).toEqual({
      where:
        "WHERE (balance >= $1) OR (currency = ANY($2)) OR " +
        "((meta_data->>$3 IS NULL OR meta_data ? $3 = false)) OR ((created_at AT TIME ZONE 'UTC') < $4)",
      ctes: [],
    });
    expect(params).toEqual([BIG, '{"USD","EUR"}', "tier", "2024-01-02"]);
    expect(buildWhere([], "and", SPEC, params)).toEqual({ where: "", ctes: [] });
  });
});

describe("runFilter against PGlite", () => {
  it("supports every operator on text columns", async () => {
    expect(await ids('{"field":"currency","operator":"eq","value":"USD"}')).toEqual(["bln_b", "bln_a"]);
    expect(await ids('{"field":"currency","operator":"ne","value":"USD"}')).toEqual(["bln_d", "bln_c"]);
    expect(await ids('{"field":"currency","operator":"in","values":["eur","NGN"]}')).toEqual([
      "bln_d",
      "bln_c",
    ]);
    expect(await ids('{"field":"currency","operator":"between","values":["A","Z"]}')).toEqual([
      "bln_d",
      "bln_b",
      "bln_a",
    ]);
    expect(await ids('{"field":"currency","operator":"gt","value":"USD"}')).toEqual(["bln_c"]);
    expect(await ids('{"field":"indicator","operator":"isnull"}')).toEqual(["bln_d"]);
    expect(await ids('{"field":"indicator","operator":"isnotnull"}')).toEqual(["bln_c", "bln_b", "bln_a"]);
    expect(await ids('{"field":"currency","operator":"eq","value":null}')).toEqual([]);
    expect(await ids('{"field":"currency","operator":"eq"}')).toEqual([]);
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

  it("passes virtual fields their values as Core's driver sends them", async () => {
    expect(await ids('{"field":"either_id","operator":"eq","value":"bln_c"}')).toEqual(["bln_c"]);
    expect(await ids('{"field":"either_id","operator":"eq","value":"general_ledger_id"}')).toHaveLength(4);
    expect(await ids('{"field":"either_id","operator":"in","values":["bln_a","bln_b"]}')).toEqual([
      "bln_b",
      "bln_a",
    ]);
  });

  it("reads GET query values as Core's sniffing leaves them", async () => {
    // A datetime eq matches its whole span: the day here.
    expect(await queryIds("created_at_eq=2024-01-03")).toEqual(["bln_d", "bln_c"]);
    expect(await queryIds("created_at_eq=2024-01-03T10:00:00Z")).toEqual(["bln_c"]);
    // 1e30 is a float64: lib/pq writes its digits, exactly 10^30 here.
    expect(await queryIds("balance_eq=1e30")).toEqual(["bln_a"]);
    // "01" is the int64 1, which lib/pq writes as "1": the key's text is compared with that.
    expect(await queryIds("meta_data.rank_ne=01")).toEqual(["bln_c", "bln_b"]);
    expect(await queryIds("currency_in=USD,%20eur")).toEqual(["bln_c", "bln_b", "bln_a"]);
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
