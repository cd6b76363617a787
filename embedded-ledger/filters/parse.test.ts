import { describe, expect, it } from "vitest";
import { errorBody } from "../testing/errors";
import { type FilterSpec, parseFilterRequest, parseQueryFilters, QueryValue, sniffValue } from "./index";
import { coreErrorOf as errorOf, fakeRequest } from "./test-support";

const BALANCES_SPEC: FilterSpec = {
  table: "balances",
  fields: { balance_id: "text", currency: "text", balance: "numeric", created_at: "timestamp" },
  hasMetadata: true,
};
const TXN_SPEC: FilterSpec = {
  table: "transactions",
  fields: { reference: "text", created_at: "timestamp" },
  virtual: { balance_id: { operators: ["eq", "ne", "in", "isnull", "isnotnull"], toSql: () => "TRUE" } },
  hasMetadata: false,
};

const parseBodyText = (text: string, spec = BALANCES_SPEC) => parseFilterRequest(fakeRequest(text), spec);

describe("parseFilterRequest", () => {
  it("applies Core's defaults", () => {
    expect(parseBodyText("{}")).toEqual({
      filters: [],
      logicalOperator: "and",
      sortBy: "created_at",
      sortOrder: "desc",
      limit: 20,
      offset: 0,
      includeCount: false,
    });
    expect(parseBodyText("null").limit).toBe(20);
  });

  it("coerces limit, offset, sort and logical operator like Core", () => {
    const parsed = parseBodyText(
      '{"limit":500,"offset":-3,"sort_by":" BALANCE ","sort_order":"ASC","logical_operator":"OR","include_count":true}',
    );
    expect(parsed).toMatchObject({ limit: 20, offset: 0, sortBy: "balance", sortOrder: "asc" });
    expect(parsed).toMatchObject({ logicalOperator: "or", includeCount: true });
    expect(parseBodyText('{"limit":100,"offset":7}')).toMatchObject({ limit: 100, offset: 7 });
    expect(parseBodyText('{"limit":0}').limit).toBe(20);
    expect(parseBodyText('{"limit":-1}').limit).toBe(20);
    expect(parseBodyText('{"sort_by":"nope","sort_order":"sideways"}')).toMatchObject({
      sortBy: "created_at",
      sortOrder: "desc",
    });
    expect(parseBodyText('{"sort_by":"meta_data"}').sortBy).toBe("meta_data");
    // A virtual field has no column to sort by.
    expect(parseBodyText('{"sort_by":"balance_id"}', TXN_SPEC).sortBy).toBe("created_at");
  });

  it("keeps values exactly as sent", () => {
    const parsed = parseBodyText(
      '{"filters":[{"field":"balance","operator":"gt","value":123456789012345678901234567890}]}',
    );
    expect(String(parsed.filters[0]?.value)).toBe("123456789012345678901234567890");
  });

  it("answers unreadable bodies with 400 GEN_VALIDATION_ERROR and Go's text", () => {
    const cases: [string, string][] = [
      ["", "EOF"],
      ["[]", "json: cannot unmarshal array into Go value of type api.FilterRequest"],
      ['{"limit":"5"}', "json: cannot unmarshal string into Go struct field FilterRequest.limit of type int"],
      [
        '{"limit":5.5}',
        "json: cannot unmarshal number 5.5 into Go struct field FilterRequest.limit of type int",
      ],
      [
        '{"include_count":"yes"}',
        "json: cannot unmarshal string into Go struct field FilterRequest.include_count of type bool",
      ],
      [
        '{"filters":{}}',
        "json: cannot unmarshal object into Go struct field FilterRequest.filters of type []filter.QueryFilter",
      ],
      [
        '{"filters":[5]}',
        "json: cannot unmarshal number into Go struct field FilterRequest.filters of type filter.QueryFilter",
      ],
      [
        '{"filters":[{"field":5}]}',
        "json: cannot unmarshal number into Go struct field QueryFilter.filters.field of type string",
      ],
      [
        '{"filters":[{"operator":true}]}',
        "json: cannot unmarshal bool into Go struct field QueryFilter.filters.operator of type filter.Operator",
      ],
      [
        '{"filters":[{"values":"x"}]}',
        "json: cannot unmarshal string into Go struct field QueryFilter.filters.values of type []interface {}",
      ],
    ];
    for (const [body, message] of cases) {
      const error = errorOf(() => parseBodyText(body));
      expect(error.body()).toEqual(errorBody("GEN_VALIDATION_ERROR", message));
    }
    const broken = errorOf(() => parseBodyText("{nope"));
    expect(broken.status).toBe(400);
    expect(broken.code).toBe("GEN_VALIDATION_ERROR");
    expect(broken.legacyKey).toBe("error");
  });

  it("rejects a bad logical_operator with GEN_VALIDATION_ERROR", () => {
    const error = errorOf(() => parseBodyText('{"logical_operator":"xor"}'));
    expect(error.body()).toEqual(
      errorBody("GEN_VALIDATION_ERROR", "invalid logical_operator: must be 'and' or 'or'"),
    );
  });

  it("validates filters with Core's messages", () => {
    const cases: [string, string, FilterSpec?][] = [
      [
        '{"field":"currency","operator":"EQ","value":"USD"}',
        "invalid operator 'EQ' for field 'currency': must be one of eq, ne, gt, gte, lt, lte, in, between, like, ilike, isnull, isnotnull",
      ],
      [
        '{"field":"currency","operator":"in","values":[]}',
        "operator 'in' for field 'currency' requires at least one value in 'values'",
      ],
      [
        '{"field":"currency","operator":"in","value":"USD"}',
        "operator 'in' for field 'currency' requires at least one value in 'values'",
      ],
      [
        '{"field":"balance","operator":"between","values":[1]}',
        "operator 'between' for field 'balance' requires exactly two values in 'values', got 1",
      ],
      ['{"field":"nope","operator":"eq","value":1}', "invalid field 'nope' for table 'balances'"],
      ['{"operator":"eq","value":1}', "invalid field '' for table 'balances'"],
      [
        '{"field":"meta_data.9x","operator":"eq","value":1}',
        "invalid JSON key '9x' in field 'meta_data.9x': must match pattern ^[a-zA-Z][a-zA-Z0-9_]*$",
      ],
      [
        '{"field":"meta_data.tier","operator":"eq","value":1}',
        "invalid field 'meta_data.tier' for table 'transactions'",
        TXN_SPEC,
      ],
      [
        '{"field":"balance_id","operator":"like","value":"x"}',
        "operator 'like' is not supported for field 'balance_id' on transactions: must be one of eq, ne, in, isnull, isnotnull",
        TXN_SPEC,
      ],
    ];
    for (const [filter, message, spec] of cases) {
      const error = errorOf(() => parseBodyText(`{"filters":[${filter}]}`, spec));
      expect(error.body()).toEqual(errorBody("GEN_BAD_REQUEST", `Invalid filter: ${message}`, {}));
    }
    expect(
      parseBodyText('{"filters":[{"field":"balance_id","operator":"in","values":["a"]}]}', TXN_SPEC).filters,
    ).toEqual([{ field: "balance_id", operator: "in", value: undefined, values: ["a"] }]);
  });
});

describe("parseQueryFilters", () => {
  const parse = (query: string, spec = BALANCES_SPEC) => parseQueryFilters(new URLSearchParams(query), spec);

  it("reads field_op params, ignoring reserved and unknown ones", () => {
    const parsed = parse(
      "limit=5&offset=2&currency=USD&sort_by=balance&include_count=true&currency_in=USD,%20EUR&balance_NEQ=7&balance_id_isnull=false&meta_data.tier_eq=gold",
    );
    expect(parsed.logicalOperator).toBe("and");
    expect(parsed.filters).toEqual([
      { field: "currency", operator: "in", value: undefined, values: [sniffValue("USD"), sniffValue("EUR")] },
      { field: "balance", operator: "ne", value: new QueryValue("int", "7"), values: undefined },
      { field: "balance_id", operator: "isnull", value: undefined, values: undefined },
      { field: "meta_data.tier", operator: "eq", value: new QueryValue("string", "gold"), values: undefined },
    ]);
    expect(parse("currency=USD&limit=3").filters).toEqual([]);
    expect(parse("currency_eq=&logical_operator=OR")).toEqual({
      filters: [
        { field: "currency", operator: "eq", value: new QueryValue("string", ""), values: undefined },
      ],
      logicalOperator: "or",
    });
  });

  it("collects parse errors into Core's legacy `errors` array", () => {
    const error = errorOf(() => parse("logical_operator=xor&created_at_between=2024-01-01&currency_eq=USD"));
    const errors = [
      { Param: "logical_operator", Message: "invalid logical_operator: must be 'and' or 'or'" },
      {
        Param: "created_at_between",
        Message: "between operator requires exactly 2 pipe-separated values (value1|value2)",
      },
    ];
    expect(error.status).toBe(400);
    expect(error.body()).toEqual({
      errors,
      error_detail: { code: "GEN_VALIDATION_ERROR", message: "invalid filter parameters", details: errors },
    });
    const many = Array.from({ length: 101 }, (_, index) => `v${index}`).join(",");
    expect(errorOf(() => parse(`currency_in=${many}`)).details).toEqual([
      { Param: "currency_in", Message: "IN operator exceeds maximum values (100)" },
    ]);
    expect(errorOf(() => parse(`currency_eq=${"x".repeat(1001)}`)).details).toEqual([
      { Param: "currency_eq", Message: "value exceeds maximum length (1000 chars)" },
    ]);
    const tooMany = Array.from({ length: 21 }, (_, index) => `f${index}_eq=1`).join("&");
    expect(errorOf(() => parse(tooMany)).details).toEqual([
      { Param: "f20_eq", Message: "exceeded maximum number of filters (20)" },
    ]);
  });

  it("rejects unknown fields with GEN_BAD_REQUEST after parsing", () => {
    const error = errorOf(() => parse("nope_eq=1"));
    expect(error.body()).toEqual(
      errorBody("GEN_BAD_REQUEST", "Invalid filter: invalid field 'nope' for table 'balances'", {}),
    );
  });
});

describe("sniffValue", () => {
  it("sniffs int, float, bool, datetime, then string", () => {
    expect(sniffValue("42")).toEqual(new QueryValue("int", "42"));
    expect(sniffValue("99999999999999999999").type).toBe("float");
    expect(sniffValue("1.5e3")).toEqual(new QueryValue("float", "1.5e3"));
    expect(sniffValue("true")).toEqual(new QueryValue("bool", "true"));
    expect(sniffValue("True").type).toBe("string");
    expect(sniffValue("2024-02-30").type).toBe("string");
    expect(sniffValue("gold")).toEqual(new QueryValue("string", "gold"));
    // strconv.ParseFloat: ErrRange past float64, infinities and an unsigned NaN.
    expect(sniffValue("1e400").type).toBe("string");
    expect(sniffValue("-Infinity").type).toBe("float");
    expect(sniffValue("+nan").type).toBe("string");
  });

  it.each([
    ["007", "7"],
    ["+5", "5"],
    ["-0", "0"],
    ["99999999999999999999", "100000000000000000000"],
    ["1.50", "1.5"],
    ["1e21", "1000000000000000000000"],
    ["1.5e-7", "0.00000015"],
    ["inf", "+Inf"],
    ["NaN", "NaN"],
    ["2024-01-31", "2024-01-31 00:00:00Z"],
    ["gold", "gold"],
  ])("sends %s as lib/pq writes the Go value: %s", (text, sql) => {
    expect(sniffValue(text).sql).toBe(sql);
  });

  it.each([
    ["2024-01-31", "2024-01-31 00:00:00Z", "2024-02-01 00:00:00Z"],
    ["2024-02-29", "2024-02-29 00:00:00Z", "2024-03-01 00:00:00Z"],
    ["2024-01-31 10:15", "2024-01-31 10:15:00Z", "2024-01-31 10:16:00Z"],
    ["2024-01-31T10:15:07+02:00", "2024-01-31 10:15:07+02:00", "2024-01-31 10:15:08+02:00"],
    ["2024-01-31T10:15:07-05:30", "2024-01-31 10:15:07-05:30", "2024-01-31 10:15:08-05:30"],
    ["2024-01-31T10:15:07.123Z", "2024-01-31 10:15:07.123Z", "2024-01-31 10:15:07.124Z"],
    ["2024-01-31T10:15:07.1234567Z", "2024-01-31 10:15:07.123456Z", "2024-01-31 10:15:07.123457Z"],
  ])("gives the datetime %s the span Core's eq matches, in lib/pq's form", (text, floor, ceiling) => {
    expect(sniffValue(text).time).toMatchObject({ floor, ceiling });
  });

  it("keeps a datetime's own zone and nine fraction digits in what it sends", () => {
    expect(sniffValue("2024-01-31T10:15:07.1234567891+02:00").sql).toBe(
      "2024-01-31 10:15:07.123456789+02:00",
    );
    expect(sniffValue("0000-01-01").sql).toBe("0001-01-01 00:00:00Z BC");
  });

  it("takes 2024/01/31 as a datetime, and a time without seconds before Z as a string", () => {
    expect(sniffValue("2024/01/31").type).toBe("datetime");
    expect(sniffValue("2024-01-31T10:15Z").type).toBe("string");
  });
});
