import { isLosslessNumber } from "lossless-json";
import { describe, expect, it } from "vitest";
import { z } from "@/lib/zod";
import { checkMetadataEntries, type MetadataEntries, metadataEntriesSchema, metadataObject } from "./entries";
import { canonicalJson, parseMetadataValue, parseStoredMetadata, typedValue } from "./values";

const errorsOf = (metadata: MetadataEntries) => {
  const schema = z
    .object({ metadata: metadataEntriesSchema })
    .superRefine((input, ctx) => checkMetadataEntries(input.metadata, ctx, "the record"));
  const result = schema.safeParse({ metadata });
  const errors: Record<string, string> = {};
  if (!result.success)
    for (const issue of result.error.issues) errors[issue.path.join(".")] ??= issue.message;
  return errors;
};

const BEYOND_2_64 = "123456789012345678901234567890"; // 2^64 is 18446744073709551616

describe("typed metadata values", () => {
  it("sends numbers as typed, and refuses one Core's float64 would change, pointing to Text", () => {
    const object = metadataObject([
      { key: "max", value: " 9007199254740991 ", type: "number" },
      { key: "rate", value: "0.10", type: "number" },
      { key: "tiny", value: "-1.5e-7", type: "number" },
      { key: "account", value: BEYOND_2_64, type: "text" },
    ]);
    expect(canonicalJson(object)).toBe(
      `{"max":9007199254740991,"rate":0.10,"tiny":-1.5e-7,"account":"${BEYOND_2_64}"}`,
    );
    expect(parseMetadataValue("number", BEYOND_2_64)).toEqual({
      ok: false,
      message:
        "Blnk keeps whole numbers exactly only up to 9007199254740991 in metadata. Choose Text to keep this one as written.",
    });
    expect(parseMetadataValue("number", "9007199254740993")).toHaveProperty("ok", false);
    expect(parseMetadataValue("number", "0.12345678901234567890")).toEqual({
      ok: false,
      message:
        "Blnk keeps metadata numbers to about 16 digits, so this would be stored as 0.12345678901234568. Choose Text to keep every digit.",
    });
    expect(parseMetadataValue("number", "1e400")).toEqual({
      ok: false,
      message: "This number is too large for Blnk. Choose Text to store it as written.",
    });
    expect(errorsOf([{ key: "x", value: `{"limits": [${BEYOND_2_64}]}`, type: "json" }])).toEqual({
      "metadata.0.value": `JSON number ${BEYOND_2_64}: Blnk keeps whole numbers exactly only up to 9007199254740991 in metadata. Choose Text to keep this one as written.`,
    });
  });

  it("refuses numbers JSON would not read, in plain words", () => {
    for (const text of ["1,000", "12.", ".5", "0x10", "1e", "NaN", "Infinity", "01", "+1"]) {
      expect(parseMetadataValue("number", text), text).toEqual({
        ok: false,
        message: "Enter a number such as 42, -7 or 0.25 (digits, one point, no commas).",
      });
    }
    expect(parseMetadataValue("number", " ")).toEqual({ ok: false, message: "Enter a number." });
  });

  it("reads booleans and only true or false", () => {
    expect(metadataObject([{ key: "vip", value: "true", type: "boolean" }])).toEqual({ vip: true });
    expect(metadataObject([{ key: "vip", value: "false", type: "boolean" }])).toEqual({ vip: false });
    expect(parseMetadataValue("boolean", "yes")).toEqual({ ok: false, message: "Choose true or false." });
  });

  it("parses JSON exactly and refuses what does not parse, prototype keys and deep nesting", () => {
    const object = metadataObject([
      { key: "limits", value: '{"daily": 2500.50, "tags": ["a", true, null]}', type: "json" },
    ]);
    expect(canonicalJson(object)).toBe('{"limits":{"daily":2500.50,"tags":["a",true,null]}}');
    expect(errorsOf([{ key: "x", value: '{"a": 1', type: "json" }])["metadata.0.value"]).toMatch(
      /^This is not valid JSON: /,
    );
    expect(errorsOf([{ key: "x", value: '{"a": {"__proto__": {"admin": true}}}', type: "json" }])).toEqual({
      "metadata.0.value": "A JSON key may not be named __proto__.",
    });
    expect(errorsOf([{ key: "x", value: '[{"constructor": 1}]', type: "json" }])).toEqual({
      "metadata.0.value": "A JSON key may not be named constructor.",
    });
    const deep = `${"[".repeat(18)}1${"]".repeat(18)}`;
    expect(errorsOf([{ key: "x", value: deep, type: "json" }])).toEqual({
      "metadata.0.value": "Nest JSON at most 16 levels deep.",
    });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it("puts each value's error at its row, beside the key's, and text stays text", () => {
    expect(
      errorsOf([
        { key: "a", value: "12", type: "text" },
        { key: "b", value: "twelve", type: "number" },
        { key: "__proto__", value: "1", type: "number" },
      ]),
    ).toEqual({
      "metadata.1.value": "Enter a number such as 42, -7 or 0.25 (digits, one point, no commas).",
      "metadata.2.key": "Start with a letter; use only letters, digits and _.",
    });
    expect(metadataObject([{ key: "a", value: "12" }])).toEqual({ a: "12" });
    expect(() => metadataObject([{ key: "b", value: "x", type: "number" }])).toThrow(TypeError);
  });

  it("turns stored values back into rows, exactly", () => {
    const stored = parseStoredMetadata(`{"n": ${BEYOND_2_64}, "t": "x", "b": false, "o": {"k": [1.50]}}`);
    expect(isLosslessNumber(stored.n)).toBe(true);
    expect(typedValue(stored.n)).toEqual({ type: "number", value: BEYOND_2_64 });
    expect(typedValue(stored.t)).toEqual({ type: "text", value: "x" });
    expect(typedValue(stored.b)).toEqual({ type: "boolean", value: "false" });
    expect(typedValue(stored.o)).toEqual({ type: "json", value: '{"k":[1.50]}' });
    expect(typedValue(null)).toEqual({ type: "json", value: "null" });
    expect(parseStoredMetadata(null)).toEqual({});
    expect(parseStoredMetadata("[1]")).toEqual({});
  });
});
