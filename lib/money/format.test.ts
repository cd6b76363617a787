import { describe, expect, it } from "vitest";
import { formatMinorUnits, formatMoney, formatRawMinorUnits } from "./format";
import { createPrecisionTable, defaultPrecisionTable, parseCurrencyPrecisionOverrides } from "./precision";

const text = (amount: bigint, currency: string) => formatMoney(amount, currency, defaultPrecisionTable).text;

describe("formatMinorUnits", () => {
  it("places the point by decimals and groups thousands", () => {
    expect(formatMinorUnits(123456n, 2)).toBe("1,234.56");
    expect(formatMinorUnits(123456n, 0)).toBe("123,456");
    expect(formatMinorUnits(123456n, 3)).toBe("123.456");
    expect(formatMinorUnits(100000n, 2)).toBe("1,000.00");
    expect(formatMinorUnits(99999n, 2)).toBe("999.99");
  });

  it("pads amounts smaller than one major unit", () => {
    expect(formatMinorUnits(5n, 2)).toBe("0.05");
    expect(formatMinorUnits(-5n, 2)).toBe("-0.05");
    expect(formatMinorUnits(-1n, 2)).toBe("-0.01");
    expect(formatMinorUnits(1n, 18)).toBe("0.000000000000000001");
  });

  it("always shows every fraction digit, also for zero", () => {
    expect(formatMinorUnits(0n, 0)).toBe("0");
    expect(formatMinorUnits(0n, 2)).toBe("0.00");
    expect(formatMinorUnits(0n, 18)).toBe("0.000000000000000000");
    expect(formatMinorUnits(1500n, 3)).toBe("1.500");
  });

  it("keeps the sign on large negatives", () => {
    expect(formatMinorUnits(-123456789n, 2)).toBe("-1,234,567.89");
    expect(formatMinorUnits(-1000n, 0)).toBe("-1,000");
  });

  it("is exact where Number would round", () => {
    // 2^53 + 1: Number(9007199254740993n) is 9007199254740992.
    expect(formatMinorUnits(9007199254740993n, 0)).toBe("9,007,199,254,740,993");
    expect(formatMinorUnits(9007199254740993n, 2)).toBe("90,071,992,547,409.93");
    expect(formatMinorUnits(-9007199254740993n, 18)).toBe("-0.009007199254740993");
  });

  it("rejects decimals that are not a non-negative integer", () => {
    expect(() => formatMinorUnits(1n, -1)).toThrow(RangeError);
    expect(() => formatMinorUnits(1n, 1.5)).toThrow(RangeError);
    expect(() => formatMinorUnits(1n, Number.NaN)).toThrow(RangeError);
  });

  it("round-trips random amounts of up to 60 digits exactly", () => {
    // Deterministic LCG so a failure reproduces; BigInt arithmetic only.
    let seed = 0x2545f4914f6cdd1dn;
    const next = () => {
      seed = (seed * 6364136223846793005n + 1442695040888963407n) % 2n ** 64n;
      return seed;
    };
    for (let i = 0; i < 500; i++) {
      const digits = Number(next() % 60n) + 1;
      let amount = next() % 10n ** BigInt(digits);
      if (next() % 2n === 0n) amount = -amount;
      const decimals = Number(next() % 25n);
      const shown = formatMinorUnits(amount, decimals);
      expect(shown).toMatch(/^-?\d{1,3}(,\d{3})*(\.\d+)?$/);
      expect(shown.split(".")[1]?.length ?? 0).toBe(decimals);
      expect(BigInt(shown.replaceAll(",", "").replace(".", ""))).toBe(amount);
    }
  });
});

describe("formatRawMinorUnits", () => {
  it("groups the raw integer with its sign", () => {
    expect(formatRawMinorUnits(0n)).toBe("0");
    expect(formatRawMinorUnits(999n)).toBe("999");
    expect(formatRawMinorUnits(1234567n)).toBe("1,234,567");
    expect(formatRawMinorUnits(-1234567n)).toBe("-1,234,567");
  });
});

describe("formatMoney", () => {
  it.each([
    // precision 1 (JPY), 100 (USD) and 1000 (BHD)
    [1234567n, "JPY", "1,234,567 JPY"],
    [1234567n, "USD", "12,345.67 USD"],
    [1234567n, "BHD", "1,234.567 BHD"],
    // precision 10^8 (BTC) and 10^18 (ETH)
    [123456789n, "BTC", "1.23456789 BTC"],
    [2100000000000000n, "BTC", "21,000,000.00000000 BTC"],
    [1n, "ETH", "0.000000000000000001 ETH"],
    [1234567890000000000000n, "ETH", "1,234.567890000000000000 ETH"],
    // a 30-digit USD amount, exactly
    [123456789012345678901234567890n, "USD", "1,234,567,890,123,456,789,012,345,678.90 USD"],
    // exact past 2^53
    [9007199254740993n, "USD", "90,071,992,547,409.93 USD"],
    [9007199254740993n, "ETH", "0.009007199254740993 ETH"],
  ])("formats %s %s as %s", (amount, currency, expected) => {
    expect(text(amount, currency)).toBe(expected);
  });

  it("returns every field for a known currency", () => {
    expect(formatMoney(1234567n, "USD", defaultPrecisionTable)).toEqual({
      text: "12,345.67 USD",
      major: "12,345.67",
      isNegative: false,
      raw: "1234567",
      precision: 100n,
      decimals: 2,
      currency: "USD",
      tooltip: "1234567 minor units · precision 100 (USD, ISO 4217)",
    });
  });

  it("names the source of the precision in the tooltip", () => {
    const eth = formatMoney(10n ** 18n, "ETH", defaultPrecisionTable);
    expect(eth.tooltip).toBe(
      "1000000000000000000 minor units · precision 1000000000000000000 (ETH, common crypto decimals)",
    );
    expect(formatMoney(1n, "USD", defaultPrecisionTable).tooltip).toBe(
      "1 minor unit · precision 100 (USD, ISO 4217)",
    );
  });

  it("shows amounts beyond 10^40, positive and negative", () => {
    const big = 123456789012345678901234567890123456789012345n; // 45 digits
    expect(text(big, "ETH")).toBe("123,456,789,012,345,678,901,234,567.890123456789012345 ETH");
    expect(text(-big, "ETH")).toBe("-123,456,789,012,345,678,901,234,567.890123456789012345 ETH");
    expect(text(10n ** 42n, "USD")).toBe("10,000,000,000,000,000,000,000,000,000,000,000,000,000.00 USD");
    expect(text(-(10n ** 42n) - 1n, "JPY")).toBe(
      "-1,000,000,000,000,000,000,000,000,000,000,000,000,000,001 JPY",
    );
    const negative = formatMoney(-big, "ETH", defaultPrecisionTable);
    expect(negative.isNegative).toBe(true);
    expect(negative.raw).toBe("-123456789012345678901234567890123456789012345");
  });

  it("formats zero and -1", () => {
    expect(text(0n, "USD")).toBe("0.00 USD");
    expect(text(0n, "JPY")).toBe("0 JPY");
    expect(text(0n, "ETH")).toBe("0.000000000000000000 ETH");
    expect(formatMoney(0n, "USD", defaultPrecisionTable).isNegative).toBe(false);
    const minusOne = formatMoney(-1n, "USD", defaultPrecisionTable);
    expect(minusOne.text).toBe("-0.01 USD");
    expect(minusOne.isNegative).toBe(true);
    expect(text(-1200n, "USD")).toBe("-12.00 USD");
  });

  it("keeps the currency as the balance writes it", () => {
    const lower = formatMoney(1234567n, "usd", defaultPrecisionTable);
    expect(lower.text).toBe("12,345.67 usd");
    expect(lower.currency).toBe("usd");
    expect(lower.tooltip).toBe("1234567 minor units · precision 100 (USD, ISO 4217)");
  });

  it("shows raw minor units for an unknown currency", () => {
    expect(formatMoney(1234567n, "FOO", defaultPrecisionTable)).toEqual({
      text: "1,234,567 minor units",
      major: null,
      isNegative: false,
      raw: "1234567",
      precision: null,
      decimals: null,
      currency: "FOO",
      tooltip:
        '1234567 minor units · precision unknown for "FOO". ' +
        "Set it with CURRENCY_PRECISION, e.g. FOO=100 if 1 FOO = 100 minor units",
    });
    expect(text(-1234567n, "FOO")).toBe("-1,234,567 minor units");
    expect(text(1n, "FOO")).toBe("1 minor unit");
    expect(formatMoney(5n, "  ", defaultPrecisionTable).tooltip).toBe(
      "5 minor units · precision unknown: this balance has no currency",
    );
  });

  it("uses the overrides of the table it is given", () => {
    const table = createPrecisionTable(parseCurrencyPrecisionOverrides("NGN=1,POINTS=1,DUST=10000"));
    expect(formatMoney(1234567n, "NGN", table).text).toBe("1,234,567 NGN");
    expect(formatMoney(1234567n, "NGN", table).tooltip).toBe(
      "1234567 minor units · precision 1 (NGN, set by CURRENCY_PRECISION)",
    );
    expect(formatMoney(1234567n, "points", table).text).toBe("1,234,567 points");
    expect(formatMoney(1234567n, "DUST", table).text).toBe("123.4567 DUST");
    expect(formatMoney(1234567n, "NGN", defaultPrecisionTable).text).toBe("12,345.67 NGN");
  });
});
