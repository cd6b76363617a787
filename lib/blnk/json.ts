import { isLosslessNumber, isSafeNumber, parse, stringify } from "lossless-json";
import { z } from "zod";

// Blnk writes every amount as a bare JSON integer of unbounded size (Go big.Int), so the native JSON parser
// would silently round balances above 2^53. Everything in lib/blnk goes through these two functions instead.

const INTEGER_TEXT = /^-?\d+$/;

/**
 * Parses JSON text keeping every number as a `LosslessNumber` (its exact source text). Zod helpers below turn
 * those into bigint / number per field. Throws `SyntaxError` on invalid JSON.
 */
export function parseJson(text: string): unknown {
  return parse(text);
}

/** Serializes a request body; `bigint` values are written as bare JSON integers, never strings. */
export function stringifyJson(value: unknown): string {
  // lossless-json returns undefined only for undefined/functions, which are never request bodies.
  return stringify(value) ?? "null";
}

/** Exact bigint from a lossless number, an integer string, a safe integer number or a bigint. */
export function toExactBigInt(value: unknown): bigint | undefined {
  if (typeof value === "bigint") return value;
  if (typeof value === "number") return Number.isSafeInteger(value) ? BigInt(value) : undefined;
  const text = isLosslessNumber(value) ? value.value : typeof value === "string" ? value.trim() : undefined;
  return text !== undefined && INTEGER_TEXT.test(text) ? BigInt(text) : undefined;
}

/**
 * Converts lossless numbers inside free-form JSON (metadata, error details) into plain values: safe numbers
 * become `number`, integers beyond 2^53 become `bigint`, and decimals that a double cannot hold exactly stay
 * strings, so nothing is silently rounded.
 */
export function toPlainJson(value: unknown): unknown {
  if (isLosslessNumber(value)) {
    if (isSafeNumber(value.value)) return Number(value.value);
    return INTEGER_TEXT.test(value.value) ? BigInt(value.value) : value.value;
  }
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    // defineProperty: a stored key named __proto__ stays a key rather than becoming the object's prototype.
    for (const [key, item] of Object.entries(value))
      Object.defineProperty(out, key, {
        value: toPlainJson(item),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  }
  return value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !isLosslessNumber(value);
}

/** An unbounded integer amount (balances, precise amounts) as an exact `bigint`. */
export const zAmount = z.unknown().transform((value, ctx): bigint => {
  const amount = toExactBigInt(value);
  if (amount === undefined) {
    ctx.addIssue({ code: "custom", message: "expected an integer amount" });
    return z.NEVER;
  }
  return amount;
});

/** A JSON number read as a JS number, accepted when `isValid` holds (else the issue `message`). */
function zNumber(isValid: (n: number) => boolean, message: string) {
  return z.unknown().transform((value, ctx): number => {
    const n = isLosslessNumber(value) ? Number(value.value) : value;
    if (typeof n !== "number" || !isValid(n)) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return n;
  });
}

/** A count or version: must fit a JS number exactly. */
export const zInt = zNumber(Number.isSafeInteger, "expected a safe integer");

/** A float field (transaction `amount`, `precision`) where a double is what Core itself stores. */
export const zNum = zNumber(Number.isFinite, "expected a number");

/** The exact source text of a JSON number, for fields that need decimal arithmetic without floats. */
export const zNumberText = z.unknown().transform((value, ctx): string => {
  if (isLosslessNumber(value)) return value.value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  ctx.addIssue({ code: "custom", message: "expected a number" });
  return z.NEVER;
});

/** A string Core may omit or send as null; both read as "". */
export const zText = z
  .string()
  .nullish()
  .transform((value) => value ?? "");

/** A string where "" and absence both mean "none". */
export const zOptionalText = z
  .string()
  .nullish()
  .transform((value) => (value ? value : null));

/** `meta_data`: an object or null (also when absent); numbers inside are made plain (see `toPlainJson`). */
// `.optional()` first: zod 4 rejects an absent key before a bare `z.unknown().transform` could map it to null.
export const zMetadata = z
  .unknown()
  .optional()
  .transform((value, ctx): Record<string, unknown> | null => {
    if (value === null || value === undefined) return null;
    if (!isPlainObject(value)) {
      ctx.addIssue({ code: "custom", message: "expected an object or null" });
      return z.NEVER;
    }
    return toPlainJson(value) as Record<string, unknown>;
  });

/** Go's zero `time.Time` ("0001-01-01T00:00:00Z") is how Core says "no date". */
export function isZeroTime(value: string): boolean {
  return value.startsWith("0001-01-01");
}

/** A timestamp that may be absent, null, empty or Go's zero time; all of those become null. */
export const zOptionalTime = z
  .string()
  .nullish()
  .transform((value) => (value && !isZeroTime(value) ? value : null));
