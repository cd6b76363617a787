import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseDecimal, scaleToMinorUnits } from "./decimal";
import { parseJson, stringifyJson, toPlainJson, zAmount, zInt, zNum } from "./json";

const amountRecord = z.object({ a: zAmount });

describe("lossless JSON amounts", () => {
  it.each([
    ["123456789012345678901234567890", 123456789012345678901234567890n],
    ["-9007199254740993", -9007199254740993n],
    ["10000000000000000000000000000000000000001", 10n ** 40n + 1n],
    ["0", 0n],
  ])("parses %s exactly as bigint", (text, expected) => {
    const parsed = amountRecord.parse(parseJson(`{"a":${text}}`));
    expect(parsed.a).toBe(expected);
    expect(parsed.a.toString()).toBe(text);
  });

  it("accepts integer strings and safe numbers, rejects fractions and unsafe numbers", () => {
    expect(zAmount.parse("-42")).toBe(-42n);
    expect(zAmount.parse(7)).toBe(7n);
    expect(zAmount.safeParse(parseJson("1.5")).success).toBe(false);
    expect(zAmount.safeParse("12.0").success).toBe(false);
    expect(zAmount.safeParse(2 ** 60).success).toBe(false);
    expect(zAmount.safeParse(null).success).toBe(false);
    expect(amountRecord.safeParse(parseJson("{}")).success).toBe(false);
  });

  it("zInt wants a safe integer, zNum any finite number", () => {
    expect(zInt.parse(parseJson("42"))).toBe(42);
    expect(zInt.safeParse(parseJson("9007199254740993")).success).toBe(false);
    expect(zInt.safeParse(parseJson("1.5")).success).toBe(false);
    expect(zNum.parse(parseJson("1.25"))).toBe(1.25);
    expect(zNum.safeParse("1.25").success).toBe(false);
  });

  it("writes bigint as bare JSON integers", () => {
    const text = stringifyJson({ amount: 10n ** 40n + 1n, negative: -9007199254740993n, n: 1.5 });
    expect(text).toBe(
      '{"amount":10000000000000000000000000000000000000001,"negative":-9007199254740993,"n":1.5}',
    );
  });

  it("makes metadata plain without rounding", () => {
    const plain = toPlainJson(parseJson('{"a":1,"b":0.1,"c":123456789012345678901,"d":[2.5],"e":"x"}'));
    expect(plain).toEqual({ a: 1, b: 0.1, c: 123456789012345678901n, d: [2.5], e: "x" });
    expect(toPlainJson(parseJson("1.00000000000000000001"))).toBe("1.00000000000000000001");
  });
});

describe("exact decimal scaling", () => {
  it("parses decimals with exponents", () => {
    expect(parseDecimal("-12.34")).toEqual({ units: -1234n, scale: 2 });
    expect(parseDecimal("1.5e+3")).toEqual({ units: 1500n, scale: 0 });
    expect(parseDecimal("2.5E-3")).toEqual({ units: 25n, scale: 4 });
    expect(parseDecimal("abc")).toBeUndefined();
  });

  it("multiplies amount_string by precision without floats", () => {
    expect(scaleToMinorUnits("1234567890123456789012345678.90", "100")).toBe(123456789012345678901234567890n);
    expect(scaleToMinorUnits("-12.34", "100")).toBe(-1234n);
    expect(scaleToMinorUnits("0.1", "1e+3")).toBe(100n);
    expect(scaleToMinorUnits("5", "1")).toBe(5n);
  });

  it("refuses inexact or nonsensical inputs", () => {
    expect(scaleToMinorUnits("1.234", "100")).toBeUndefined();
    expect(scaleToMinorUnits("1", "0")).toBeUndefined();
    expect(scaleToMinorUnits("1", "2.5")).toBeUndefined();
    expect(scaleToMinorUnits("", "100")).toBeUndefined();
  });
});
