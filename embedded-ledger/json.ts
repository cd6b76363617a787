import { isInteger, isLosslessNumber, type LosslessNumber, parse, stringify } from "lossless-json";

// The ledger's own lossless JSON: numbers stay LosslessNumber when parsed (so an amount of any size keeps its
// digits) and bigint is written as a bare JSON integer, exactly like Go's big.Int in Core.

export function parseBody(text: string): unknown {
  return parse(text);
}

export function toJson(value: unknown): string {
  return stringify(value) ?? "null";
}

export { isLosslessNumber };

/** A JSON value as a bigint when it is an integer (bare number, or LosslessNumber), else null. */
export function asBigInt(value: unknown): bigint | null {
  if (typeof value === "bigint") return value;
  if (isLosslessNumber(value)) {
    const text = (value as LosslessNumber).value;
    return isInteger(text) ? BigInt(text) : null;
  }
  if (typeof value === "number" && Number.isSafeInteger(value)) return BigInt(value);
  return null;
}

/** A JSON number as a JS number (for float fields such as `amount` and `precision`), else null. */
export function asNumber(value: unknown): number | null {
  if (isLosslessNumber(value)) return Number((value as LosslessNumber).value);
  return typeof value === "number" ? value : null;
}
