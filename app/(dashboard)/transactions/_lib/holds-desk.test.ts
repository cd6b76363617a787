import { describe, expect, it } from "vitest";
import { ageText, holdsDeskHref, holdsDeskKeys, parseHoldsDeskQuery } from "./holds-desk";

describe("the holds desk's URL", () => {
  it("reads the filters and the start, and ignores what no ledger ID, currency or start could be", () => {
    expect(parseHoldsDeskQuery({ ledger: " ldg_1 ", currency: "usd", from: "200" })).toEqual({
      ledgerId: "ldg_1",
      currency: "usd",
      from: 200,
    });
    expect(parseHoldsDeskQuery({ ledger: "a/b", currency: "U S D", from: "-3" })).toEqual({
      ledgerId: null,
      currency: null,
      from: 0,
    });
    expect(parseHoldsDeskQuery(new URLSearchParams("from=1.5"))).toEqual({
      ledgerId: null,
      currency: null,
      from: 0,
    });
  });

  it("writes only what is set, and keys carry no bigint", () => {
    expect(holdsDeskHref({})).toBe("/transactions/holds");
    expect(holdsDeskHref({ ledgerId: "ldg_1", currency: "EUR", from: 100 })).toBe(
      "/transactions/holds?ledger=ldg_1&currency=EUR&from=100",
    );
    expect(holdsDeskKeys.page({ ledgerId: null, currency: "EUR", from: 0 })).toEqual([
      "transactions",
      "holds",
      "",
      "EUR",
      0,
    ]);
  });
});

describe("ageText", () => {
  const now = Date.parse("2026-06-10T12:00:00Z");
  it("says how long ago, in the largest unit that reads well", () => {
    expect(ageText("2026-06-10T11:59:30Z", now)).toBe("now");
    expect(ageText("2026-06-10T11:15:00Z", now)).toBe("45 min");
    expect(ageText("2026-06-09T12:00:00Z", now)).toBe("24 h");
    expect(ageText("2026-06-01T12:00:00Z", now)).toBe("9 d");
    expect(ageText("garbage", now)).toBe("—");
  });
});
