import { describe, expect, it } from "vitest";
import { parseMajorUnits } from "./parse";

const USD = { decimals: 2, currency: "USD" };

function minor(text: string, rules = USD) {
  const parsed = parseMajorUnits(text, rules);
  if (!parsed.ok) throw new Error(`refused ${text}: ${parsed.error}`);
  return parsed.minor;
}

function refusal(text: string, rules: Parameters<typeof parseMajorUnits>[1] = USD) {
  const parsed = parseMajorUnits(text, rules);
  if (parsed.ok) throw new Error(`accepted ${text} as ${parsed.minor}`);
  return parsed.error;
}

describe("parseMajorUnits", () => {
  it("converts major units with integer arithmetic", () => {
    expect(minor("12.34")).toBe(1234n);
    expect(minor("12")).toBe(1200n);
    expect(minor("12.3")).toBe(1230n);
    expect(minor("0.01")).toBe(1n);
    expect(minor(".5")).toBe(50n);
    expect(minor("7.")).toBe(700n);
    expect(minor("  12.34 ")).toBe(1234n);
    expect(minor("12.340")).toBe(1234n);
    expect(minor("00012.34")).toBe(1234n);
  });

  it("is exact far beyond 2^64", () => {
    expect(minor("123456789012345678901234567890.12")).toBe(12345678901234567890123456789012n);
    const wei = { decimals: 18, currency: "ETH" };
    expect(minor("18446744073709551616.000000000000000001", wei)).toBe(
      18446744073709551616n * 10n ** 18n + 1n,
    );
    expect(minor("5", { decimals: 0, currency: "JPY" })).toBe(5n);
  });

  it("refuses more decimals than the currency has, never rounding", () => {
    expect(refusal("12.345")).toMatch(/USD has 2 decimal places.*cannot be recorded exactly/);
    expect(refusal("0.001")).toMatch(/cannot be recorded exactly/);
    expect(refusal("5.5", { decimals: 0, currency: "JPY" })).toMatch(/no decimal places/);
    expect(refusal("1.23", { decimals: 1, currency: "X" })).toMatch(/1 decimal place:/);
  });

  it("refuses zero and negative amounts", () => {
    expect(refusal("0")).toBe("The amount must be more than zero.");
    expect(refusal("0.00")).toBe("The amount must be more than zero.");
    expect(refusal("-5")).toMatch(/negative amount/);
    expect(refusal("-0.01")).toMatch(/negative amount/);
    expect(refusal("+5")).toMatch(/without a sign/);
  });

  it("refuses exponents and locale formats with a sentence that says what to type", () => {
    expect(refusal("1e5")).toMatch(/no exponent/);
    expect(refusal("1E-2")).toMatch(/no exponent/);
    expect(refusal("1.5e3")).toMatch(/no exponent/);
    expect(refusal("1.234,56")).toMatch(/without thousands separators/);
    expect(refusal("1,234.56")).toMatch(/without thousands separators/);
    expect(refusal("1 234")).toMatch(/without thousands separators/);
    expect(refusal("12,34")).toMatch(/point for decimals/);
    expect(refusal("1.2.3")).toMatch(/without thousands separators/);
    expect(refusal("$12")).toMatch(/no currency signs/);
    expect(refusal("12 USD")).toMatch(/no currency signs/);
    expect(refusal("Infinity")).toMatch(/digits/);
    expect(refusal("NaN")).toMatch(/digits/);
    expect(refusal("0x10")).toMatch(/digits/);
    expect(refusal("")).toBe("Enter an amount.");
    expect(refusal("   ")).toBe("Enter an amount.");
    expect(refusal(".")).toMatch(/in digits/);
  });

  it("refuses more than a maximum, with its words", () => {
    const rules = { ...USD, max: 4000n, maxLabel: "the 40.00 USD left on this hold" };
    expect(minor("40", rules)).toBe(4000n);
    expect(refusal("40.01", rules)).toBe("The amount is more than the 40.00 USD left on this hold.");
  });
});
