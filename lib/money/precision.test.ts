import { describe, expect, it } from "vitest";
import {
  createPrecisionTable,
  decimalsFromPrecision,
  defaultPrecisionTable,
  parseCurrencyPrecisionOverrides,
  precisionFromDecimals,
} from "./precision";

const parse = parseCurrencyPrecisionOverrides;

describe("parseCurrencyPrecisionOverrides", () => {
  it("returns an empty map for no configuration", () => {
    expect(parse(undefined).size).toBe(0);
    expect(parse("").size).toBe(0);
    expect(parse("  , ,").size).toBe(0);
  });

  it("parses entries into upper-cased keys and bigint multipliers", () => {
    expect([...parse("NGN=100,POINTS=1,USDC=1000000")]).toEqual([
      ["NGN", 100n],
      ["POINTS", 1n],
      ["USDC", 1000000n],
    ]);
    expect([...parse("points=10")]).toEqual([["POINTS", 10n]]);
  });

  it("tolerates whitespace and a trailing comma", () => {
    expect([...parse("  NGN = 100 ,\tPOINTS=1 ,\n")]).toEqual([
      ["NGN", 100n],
      ["POINTS", 1n],
    ]);
  });

  it("accepts powers of ten beyond 2^64", () => {
    const huge = parse(`DUST=1${"0".repeat(30)}`);
    expect(huge.get("DUST")).toBe(10n ** 30n);
  });

  it.each([
    ["POINTS=7", '"POINTS=7"'],
    ["POINTS=0", '"POINTS=0"'],
    ["POINTS=-100", '"POINTS=-100"'],
    ["POINTS=abc", '"POINTS=abc"'],
    ["POINTS=1e6", '"POINTS=1e6"'],
    ["POINTS=100.0", '"POINTS=100.0"'],
    ["POINTS=0100", '"POINTS=0100"'],
    ["POINTS=110", '"POINTS=110"'],
    ["POINTS=", '"POINTS="'],
    ["NGN=100,POINTS", '"POINTS"'],
    ["=100", '"=100"'],
  ])("rejects %s naming CURRENCY_PRECISION and the entry", (input, entry) => {
    expect(() => parse(input)).toThrow(Error);
    expect(() => parse(input)).toThrow(/^CURRENCY_PRECISION: /);
    expect(() => parse(input)).toThrow(entry);
  });

  it("explains the expected value", () => {
    expect(() => parse("POINTS=7")).toThrow(
      'CURRENCY_PRECISION: "POINTS=7" — the precision must be a power of ten such as 1, 100 or 1000000',
    );
    expect(() => parse("POINTS")).toThrow(/expected CURRENCY=PRECISION, e\.g\. NGN=100/);
  });

  it("rejects a currency given twice, whatever its case", () => {
    expect(() => parse("NGN=100,ngn=1")).toThrow(
      'CURRENCY_PRECISION: "ngn=1" — NGN is given more than once; give each currency once',
    );
  });
});

describe("precisionFromDecimals / decimalsFromPrecision", () => {
  it("converts between the multiplier and the digit count", () => {
    expect(precisionFromDecimals(0)).toBe(1n);
    expect(precisionFromDecimals(2)).toBe(100n);
    expect(precisionFromDecimals(18)).toBe(1000000000000000000n);
    expect(decimalsFromPrecision(1n)).toBe(0);
    expect(decimalsFromPrecision(1000n)).toBe(3);
    expect(decimalsFromPrecision(10n ** 40n)).toBe(40);
  });

  it("returns null for anything but a positive power of ten", () => {
    expect(decimalsFromPrecision(0n)).toBeNull();
    expect(decimalsFromPrecision(-100n)).toBeNull();
    expect(decimalsFromPrecision(7n)).toBeNull();
    expect(decimalsFromPrecision(1010n)).toBeNull();
    expect(() => precisionFromDecimals(-1)).toThrow(RangeError);
  });
});

describe("createPrecisionTable", () => {
  const lookup = (currency: string) => defaultPrecisionTable.lookup(currency);

  it.each([
    ["JPY", 1n, 0, "iso4217", "Yen"],
    ["USD", 100n, 2, "iso4217", "US Dollar"],
    ["BTC", 100000000n, 8, "crypto", "Bitcoin"],
  ] as const)(
    "knows %s: precision %s, %s decimals, from %s",
    (currency, precision, decimals, source, name) => {
      expect(lookup(currency)).toEqual({ currency, precision, decimals, source, name });
    },
  );

  it("knows ISO 4217 minor units", () => {
    expect(lookup("BHD")?.precision).toBe(1000n);
    expect(lookup("CLF")?.precision).toBe(10000n);
  });

  it("knows common crypto decimals", () => {
    expect(lookup("ETH")?.precision).toBe(10n ** 18n);
    expect(lookup("USDT")?.decimals).toBe(6);
    expect(lookup("USDC")?.decimals).toBe(6);
  });

  it("still resolves withdrawn ISO codes a ledger may hold", () => {
    expect(lookup("HRK")).toMatchObject({ precision: 100n, source: "iso4217" });
    expect(lookup("BGN")).toMatchObject({ precision: 100n, source: "iso4217" });
  });

  it("looks up case-insensitively and trims", () => {
    expect(lookup("usd")?.currency).toBe("USD");
    expect(lookup(" Eth ")?.precision).toBe(10n ** 18n);
  });

  it("returns null for unknown or empty currencies", () => {
    expect(lookup("FOO")).toBeNull();
    expect(lookup("")).toBeNull();
    expect(lookup("   ")).toBeNull();
    expect(lookup("XAU")).toBeNull();
    // A Map, not an object: prototype keys are not currencies.
    expect(lookup("constructor")).toBeNull();
    expect(lookup("__proto__")).toBeNull();
  });

  it("lets overrides win over ISO 4217 and crypto, and define custom assets", () => {
    const table = createPrecisionTable(parse("NGN=1, POINTS=1, eth=1000000000, Dust=100"));
    expect(table.lookup("NGN")).toEqual({
      currency: "NGN",
      precision: 1n,
      decimals: 0,
      source: "override",
      name: "Naira",
    });
    expect(table.lookup("points")).toEqual({
      currency: "POINTS",
      precision: 1n,
      decimals: 0,
      source: "override",
      name: null,
    });
    expect(table.lookup("ETH")).toMatchObject({ precision: 1000000000n, decimals: 9, source: "override" });
    expect(table.lookup("dust")?.decimals).toBe(2);
    expect(table.lookup("USD")?.source).toBe("iso4217");
  });

  it("re-keys and checks a hand-built override map", () => {
    const table = createPrecisionTable(new Map([["  usd ", 1000n]]));
    expect(table.lookup("USD")?.precision).toBe(1000n);
    expect(() => createPrecisionTable(new Map([["X", 7n]]))).toThrow(/^CURRENCY_PRECISION: "X=7"/);
  });
});
