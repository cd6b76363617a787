import { describe, expect, it } from "vitest";
import { balanceHref, partyIdentifiers, shortId, transactionHref, transactionsHref } from "./types";

describe("partyIdentifiers", () => {
  it("is every side a page names, once each, sorted, without empty sides", () => {
    expect(
      partyIdentifiers([
        { source: "bln_b", destination: "@World" },
        { source: null, destination: "bln_a" },
        { source: "bln_b", destination: "" },
        { source: "@World", destination: "bln_c" },
      ]),
    ).toEqual(["@World", "bln_a", "bln_b", "bln_c"]);
  });

  it("gives the same key for the same sides in another order", () => {
    const rows = [
      { source: "bln_z", destination: "bln_y" },
      { source: "bln_x", destination: null },
    ];
    expect(partyIdentifiers(rows)).toEqual(partyIdentifiers([...rows].reverse()));
    expect(partyIdentifiers([])).toEqual([]);
  });
});

describe("transactionsHref", () => {
  it("leaves page 1 out of the URL and adds the open summary", () => {
    expect(transactionsHref({ page: 1 })).toBe("/transactions");
    expect(transactionsHref({ page: 3 })).toBe("/transactions?page=3");
    expect(transactionsHref({ page: 1 }, "txn_1")).toBe("/transactions?transaction=txn_1");
    expect(transactionsHref({ page: 2 }, "a&b=c")).toBe("/transactions?page=2&transaction=a%26b%3Dc");
    expect(transactionsHref({ page: 2 }, null)).toBe("/transactions?page=2");
  });

  it("encodes IDs in detail links", () => {
    expect(transactionHref("txn_1")).toBe("/transactions/txn_1");
    expect(transactionHref("a/b?c")).toBe("/transactions/a%2Fb%3Fc");
    expect(balanceHref("@World")).toBe("/balances/%40World");
  });
});

describe("shortId", () => {
  it("keeps the prefix and first 8 characters of a long ID", () => {
    expect(shortId("bln_0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d")).toBe("bln_0b1c2d3e…");
  });

  it("leaves IDs of up to 14 characters whole", () => {
    expect(shortId("bln_0123456789")).toBe("bln_0123456789");
    expect(shortId("bln_01234567890")).toBe("bln_01234567…");
    expect(shortId("@World")).toBe("@World");
  });
});
