import { describe, expect, it } from "vitest";
import { CRYPTO_BY_CODE, CRYPTO_CURRENCIES } from "./crypto";
import { ISO_4217_BY_CODE, ISO_4217_CURRENCIES } from "./iso4217";
import { HISTORIC_ISO_4217_BY_CODE, HISTORIC_ISO_4217_CURRENCIES } from "./iso4217-historic";

const decimalsOf = (code: string) => ISO_4217_BY_CODE.get(code)?.decimals;

describe("ISO 4217 table", () => {
  it("has the active list, every code three upper-case letters, once, sorted", () => {
    expect(ISO_4217_CURRENCIES.length).toBeGreaterThanOrEqual(150);
    const codes = ISO_4217_CURRENCIES.map((c) => c.code);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
    expect(ISO_4217_BY_CODE.size).toBe(codes.length);
  });

  it("has sane names and exponents", () => {
    for (const { name, decimals } of ISO_4217_CURRENCIES) {
      expect(name.trim()).toBe(name);
      expect(name.length).toBeGreaterThan(0);
      expect([0, 2, 3, 4]).toContain(decimals);
    }
  });

  it.each([
    ["USD", 2],
    ["EUR", 2],
    ["NGN", 2],
    ["JPY", 0],
    ["KRW", 0],
    ["ISK", 0],
    ["VND", 0],
    ["XOF", 0],
    ["XAF", 0],
    ["XPF", 0],
    ["UGX", 0],
    ["CLP", 0],
    ["PYG", 0],
    ["RWF", 0],
    ["KMF", 0],
    ["GNF", 0],
    ["DJF", 0],
    ["VUV", 0],
    ["BIF", 0],
    ["UYI", 0],
    ["BHD", 3],
    ["KWD", 3],
    ["JOD", 3],
    ["OMR", 3],
    ["TND", 3],
    ["LYD", 3],
    ["IQD", 3],
    ["CLF", 4],
    ["UYW", 4],
  ])("%s has %i decimals", (code, decimals) => {
    expect(decimalsOf(code)).toBe(decimals);
  });

  it("includes recent additions and drops withdrawn codes", () => {
    for (const code of ["VES", "VED", "SLE", "ZWG", "STN", "MRU", "XCG", "XAD"]) {
      expect(ISO_4217_BY_CODE.has(code)).toBe(true);
    }
    for (const code of ["SLL", "ZWL", "HRK", "CUC", "ANG", "BGN", "VEF", "MRO", "STD"]) {
      expect(ISO_4217_BY_CODE.has(code)).toBe(false);
      expect(HISTORIC_ISO_4217_BY_CODE.has(code)).toBe(true);
    }
  });

  it("leaves out the codes ISO gives no minor unit", () => {
    for (const code of ["XAU", "XAG", "XPD", "XPT", "XDR", "XSU", "XUA", "XTS", "XXX"]) {
      expect(ISO_4217_BY_CODE.has(code)).toBe(false);
    }
  });

  it("marks fund codes", () => {
    expect(ISO_4217_BY_CODE.get("CLF")?.isFund).toBe(true);
    expect(ISO_4217_BY_CODE.get("USN")?.isFund).toBe(true);
    expect(ISO_4217_BY_CODE.get("USD")?.isFund).toBe(false);
  });

  it("keeps historic codes apart from active ones", () => {
    for (const { code } of HISTORIC_ISO_4217_CURRENCIES) {
      expect(code).toMatch(/^[A-Z]{3}$/);
      expect(ISO_4217_BY_CODE.has(code)).toBe(false);
    }
  });
});

describe("crypto table", () => {
  it.each([
    ["BTC", 8],
    ["ETH", 18],
    ["USDT", 6],
    ["USDC", 6],
    ["SOL", 9],
    ["LTC", 8],
    ["DOGE", 8],
    ["XRP", 6],
    ["ADA", 6],
    ["DOT", 10],
    ["BNB", 18],
    ["POL", 18],
    ["MATIC", 18],
    ["DAI", 18],
    ["TRX", 6],
    ["XLM", 7],
    ["AVAX", 18],
    ["LINK", 18],
    ["BCH", 8],
    ["SHIB", 18],
  ])("%s has %i decimals", (code, decimals) => {
    expect(CRYPTO_BY_CODE.get(code)?.decimals).toBe(decimals);
  });

  it("never shadows an ISO 4217 code and lists each ticker once", () => {
    const codes = CRYPTO_CURRENCIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z0-9]{2,10}$/);
      expect(ISO_4217_BY_CODE.has(code)).toBe(false);
      expect(HISTORIC_ISO_4217_BY_CODE.has(code)).toBe(false);
    }
  });
});
