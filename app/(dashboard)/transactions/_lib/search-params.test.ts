import { describe, expect, it } from "vitest";
import { parseTransactionsQuery } from "./search-params";

describe("parseTransactionsQuery", () => {
  it("reads anything but a whole number of at least 1 as the first page", () => {
    for (const page of ["-1", "0", "abc", "2.5", "", "1e3x", "9007199254740993", undefined]) {
      expect(parseTransactionsQuery({ page }).page, String(page)).toBe(1);
    }
  });

  it("reads whole pages, and the first of repeated ?page= values", () => {
    expect(parseTransactionsQuery({ page: "7" }).page).toBe(7);
    expect(parseTransactionsQuery({ page: ["3", "4"] }).page).toBe(3);
    expect(parseTransactionsQuery(new URLSearchParams("page=3&page=4")).page).toBe(3);
  });

  it("trims the reference, and gives '' when there is none", () => {
    expect(parseTransactionsQuery({ reference: "  pay-1 \n" }).reference).toBe("pay-1");
    expect(parseTransactionsQuery({ reference: ["  a ", "b"] }).reference).toBe("a");
    expect(parseTransactionsQuery({ reference: "   " }).reference).toBe("");
    expect(parseTransactionsQuery({})).toEqual({ page: 1, reference: "" });
    expect(parseTransactionsQuery(new URLSearchParams("reference=%20order%2F7%20&page=2"))).toEqual({
      page: 2,
      reference: "order/7",
    });
  });
});
