import { describe, expect, it } from "vitest";
import { createPrecisionTable } from "@/lib/money";
import { apiRequestCurl, shellQuote } from "./api-request";
import { clauseProblem, type FilterClause } from "./clauses";
import { activeQuickView, clauseLabel, withQuickView } from "./quick-views";
import { containsLike, minorToDecimal, toBlnkFilters } from "./to-blnk";
import { filterHref, filterParamsOf, filtersSearch, parseFilters } from "./url";

const precision = createPrecisionTable(new Map([["WEI", 10n ** 18n]]));
const parse = (table: Parameters<typeof parseFilters>[0], query: string) =>
  parseFilters(table, new URLSearchParams(query), precision);
/** The Core filters a table's URL query turns into. */
const coreFilters = (table: Parameters<typeof parseFilters>[0], query: string) =>
  toBlnkFilters(table, parse(table, query).clauses, precision);

describe("filters in the URL", () => {
  it("reads each f. parameter as a clause, amounts with their currency, and leaves other parameters", () => {
    const { clauses, notices } = parse(
      "balances",
      "page=2&owner=x&f.balance.gt=1000+USD&f.currency.in=usd,EUR",
    );
    expect(notices).toEqual([]);
    expect(clauses).toEqual([
      { field: "balance", op: "gt", values: ["1000"], currency: "USD" },
      { field: "currency", op: "in", values: ["usd", "EUR"] },
    ]);
  });

  it("round-trips through filtersSearch", () => {
    const clauses: FilterClause[] = [
      { field: "balance", op: "between", values: ["1", "2.5"], currency: "USD" },
      { field: "meta_data.tier", op: "exists", values: [] },
      { field: "indicator", op: "contains", values: ["@%"] },
    ];
    expect(parse("balances", filtersSearch(clauses)).clauses).toEqual(clauses);
  });

  it.each([
    ["f.nope.eq=1", /no field "nope"/],
    ["f.balance.like=1", /"like" is not an operator/],
    ["f.status.contains=APP", /cannot be filtered that way/],
    [`f.indicator.eq=${"x".repeat(10_000)}`, /at most 200 characters/],
    ["f.balance.gt=12.345+USD", /USD has 2 decimal places/],
    ["f.balance.between=20,10+USD", /starts after it ends/],
    ["f.created_at.between=2026-02-01,2026-01-01", /starts after it ends/],
    ["f.created_at.gt=2026-02-31", /YYYY-MM-DD/],
    ["f.balance.gt=1000", /Choose the currency/],
    ["f.meta_data.1bad.eq=x", /metadata key/],
    ["f.meta_data.a'b.eq=x", /metadata key/],
    ["f.status.eq=DONE", /Status is one of/],
    ["f.balance.gt=1e5+USD", /no exponent/],
    ["f.meta_data.tier.gt=gold", /compares numbers/],
  ])("case %# is left out with a notice", (query, notice) => {
    const { clauses, notices } = parse(query.includes("status") ? "transactions" : "balances", query);
    expect(clauses).toEqual([]);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(notice);
  });

  it("keeps SQL, LIKE wildcards and unicode as plain values", () => {
    const { clauses, notices } = parse(
      "transactions",
      `f.reference.eq=${encodeURIComponent("'; DROP TABLE x; --")}&f.description.contains=%25&f.description.eq=日本_ü`,
    );
    expect(notices).toEqual([]);
    expect(toBlnkFilters("transactions", clauses, precision)).toEqual([
      { field: "reference", operator: "eq", value: "'; DROP TABLE x; --" },
      { field: "description", operator: "ilike", value: "%" },
      { field: "description", operator: "eq", value: "日本_ü" },
    ]);
  });
});

describe("clauses as Core filters", () => {
  it("turns balance amounts into exact minor units beyond 2^64, with the currency", () => {
    expect(coreFilters("balances", "f.balance.gt=123456789012345678901.000000000000000001+WEI")).toEqual([
      { field: "currency", operator: "eq", value: "WEI" },
      { field: "balance", operator: "gt", value: 123456789012345678901000000000000000001n },
    ]);
  });

  it("sends a transaction's amount as the exact major-unit decimal Core's amount column holds", () => {
    expect(coreFilters("transactions", "f.amount.between=0.5,18446744073709551617.25+USD")).toEqual([
      { field: "currency", operator: "eq", value: "USD" },
      { field: "precision", operator: "eq", value: 100n },
      { field: "amount", operator: "between", values: ["0.5", "18446744073709551617.25"] },
    ]);
  });

  it("allows zero and negative amounts without a currency only when they are zero", () => {
    expect(coreFilters("balances", "f.balance.lt=0")).toEqual([
      { field: "balance", operator: "lt", value: 0n },
    ]);
    expect(coreFilters("balances", "f.balance.lt=-1.5+USD")).toContainEqual({
      field: "balance",
      operator: "lt",
      value: -150n,
    });
  });

  it("makes a day a whole UTC day at either end", () => {
    expect(
      coreFilters("balances", "f.created_at.between=2026-01-01,2026-01-31&f.created_at.lte=2026-03-01"),
    ).toEqual([
      { field: "created_at", operator: "gte", value: "2026-01-01T00:00:00.000Z" },
      { field: "created_at", operator: "lt", value: "2026-02-01T00:00:00.000Z" },
      { field: "created_at", operator: "lt", value: "2026-03-02T00:00:00.000Z" },
    ]);
  });

  it("maps fields to Core's columns, metadata keys and key exists", () => {
    expect(
      coreFilters(
        "balances",
        "f.owner.eq=idt_1&f.meta_data.tier.exists=&f.meta_data.tier.in=gold,silver&f.currency.eq=usd",
      ),
    ).toEqual([
      { field: "identity_id", operator: "eq", value: "idt_1" },
      { field: "meta_data.tier", operator: "isnotnull" },
      { field: "meta_data.tier", operator: "in", values: ["gold", "silver"] },
      { field: "currency", operator: "eq", value: "USD" },
    ]);
  });

  it("asks for the same currency once", () => {
    expect(
      coreFilters("balances", "f.currency.eq=USD&f.balance.gt=1+USD&f.inflight_balance.gt=1+USD").filter(
        (f) => f.field === "currency",
      ),
    ).toHaveLength(1);
  });

  it("words a contains pattern as Core's ilike", () => {
    expect(containsLike("ada")).toBe("%ada%");
    expect(containsLike("@%")).toBe("@%");
    expect(minorToDecimal(-5n, 2)).toBe("-0.05");
    expect(minorToDecimal(100n, 2)).toBe("1");
  });
});

describe("quick views", () => {
  it("are named filters that compose with the person's own", () => {
    const own: FilterClause[] = [{ field: "currency", op: "eq", values: ["USD"] }];
    const internal = withQuickView("balances", own, "internal");
    expect(activeQuickView("balances", internal)).toBe("internal");
    const negative = withQuickView("balances", internal, "negative");
    expect(negative).toEqual([{ field: "balance", op: "lt", values: ["0"] }, ...own]);
    expect(withQuickView("balances", negative, "all")).toEqual(own);
    expect(activeQuickView("balances", own)).toBe("all");
  });

  it("labels chips", () => {
    expect(clauseLabel("balances", { field: "balance", op: "gt", values: ["1000"], currency: "USD" })).toBe(
      "Balance > 1000 USD",
    );
    expect(clauseLabel("balances", { field: "meta_data.tier", op: "exists", values: [] })).toBe(
      "meta_data.tier exists",
    );
    expect(clauseProblem("ledgers", { field: "name", op: "exists", values: [] }, precision)).toMatch(
      /cannot/,
    );
  });
});

describe("Copy as API request", () => {
  it("is the table's exact filter call as curl, with the key as a shell variable", () => {
    const curl = apiRequestCurl(
      "balances",
      {
        filters: [{ field: "reference", operator: "eq", value: "it's" }],
        limit: 20,
        offset: 0,
        includeCount: false,
      },
      { baseUrl: "http://user:secret@blnk.internal:5001" },
    );
    expect(curl).toContain("'http://blnk.internal:5001/balances/filter'");
    expect(curl).toContain('"X-Blnk-Key: $BLNK_API_KEY"');
    expect(curl).not.toContain("secret");
    expect(curl).toContain(
      shellQuote(
        '{"filters":[{"field":"reference","operator":"eq","value":"it\'s"}],"include_count":false,"limit":20,"offset":0}',
      ),
    );
  });
});

describe("filter links", () => {
  it("keep the page's other parameters, go back to page 1, and leave a saved view with its last filter", () => {
    const current = new URLSearchParams("owner=idt_1&page=3&view=view_1&f.currency.eq=USD");
    const usd: FilterClause = { field: "currency", op: "eq", values: ["EUR"] };
    expect(filterHref("/balances", current, [usd])).toBe(
      "/balances?owner=idt_1&view=view_1&f.currency.eq=EUR",
    );
    expect(filterHref("/balances", current, [])).toBe("/balances?owner=idt_1");
    expect(filterParamsOf({ page: "2", "f.a.eq": ["1", "2"], q: "x" })).toBe("f.a.eq=1&f.a.eq=2");
  });
});
