import { describe, expect, it } from "vitest";
import { buildFilterRequest, toQueryFilters } from "./filter";
import { stringifyJson } from "./json";

const BEYOND_2_64 = 2n ** 64n + 1n; // 18446744073709551617: a float64 would read 18446744073709551616

describe("buildFilterRequest", () => {
  it("sends bigint values as decimal strings, which Core hands to Postgres as exact text", () => {
    const body = buildFilterRequest({
      filters: [
        { field: "balance", operator: "gt", value: BEYOND_2_64 },
        { field: "credit_balance", operator: "between", values: [-BEYOND_2_64, 10n ** 40n + 1n] },
        { field: "debit_balance", operator: "in", values: [BEYOND_2_64, 0n] },
      ],
      limit: 20,
      offset: 0,
    });
    expect(stringifyJson(body)).toBe(
      '{"filters":[{"field":"balance","operator":"gt","value":"18446744073709551617"},' +
        '{"field":"credit_balance","operator":"between","values":["-18446744073709551617","10000000000000000000000000000000000000001"]},' +
        '{"field":"debit_balance","operator":"in","values":["18446744073709551617","0"]}],' +
        '"include_count":true,"limit":20,"offset":0}',
    );
  });

  it("leaves numbers, strings and booleans as they are", () => {
    const body = buildFilterRequest({
      filters: [
        { field: "precision", operator: "eq", value: 100 },
        { field: "currency", operator: "in", values: ["USD", "EUR"] },
        { field: "meta_data.vip", operator: "eq", value: true },
      ],
      limit: 5,
      offset: 0,
      includeCount: false,
    });
    expect(body.filters).toEqual([
      { field: "precision", operator: "eq", value: 100 },
      { field: "currency", operator: "in", values: ["USD", "EUR"] },
      { field: "meta_data.vip", operator: "eq", value: true },
    ]);
  });
});

describe("toQueryFilters", () => {
  it("writes bigint values in decimal", () => {
    expect(
      toQueryFilters([
        { field: "balance", operator: "gte", value: BEYOND_2_64 },
        { field: "balance", operator: "between", values: [1n, BEYOND_2_64] },
        { field: "balance", operator: "in", values: [BEYOND_2_64, 2n] },
        { field: "identity_id", operator: "isnull" },
      ]),
    ).toEqual([
      ["balance_gte", "18446744073709551617"],
      ["balance_between", "1|18446744073709551617"],
      ["balance_in", "18446744073709551617,2"],
      ["identity_id_isnull", "true"],
    ]);
  });
});
