import { describe, expect, it } from "vitest";
import { countText } from "./count";

const BALANCES = { one: "balance", many: "balances" };

describe("list counts", () => {
  it("says the exact total, singular or plural", () => {
    expect(countText(1_000_000, BALANCES)).toBe("1,000,000 balances");
    expect(countText(1, BALANCES)).toBe("1 balance");
    expect(countText(0, BALANCES, 2)).toBe("0 balances");
  });

  it("says the count is unavailable rather than show a number it does not have", () => {
    expect(countText(null, BALANCES, 3)).toBe("Page 3 · count unavailable");
    expect(countText(null, BALANCES)).toBe("Count unavailable");
  });
});
