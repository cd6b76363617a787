/*
 * Amounts typed by a person, in major units ("12.34"), to minor units as a bigint, with string and bigint work
 * only. Nothing is ever rounded: an amount that does not fit the currency's precision is refused with a
 * sentence saying why, and so is anything that is not plain digits with at most one decimal point.
 */

export type ParsedAmount = { ok: true; minor: bigint } | { ok: false; error: string };

export type AmountRules = {
  /** Digits after the decimal point the currency has (log10 of Blnk's precision). */
  decimals: number;
  /** The currency's code, for the messages. */
  currency: string;
  /** Largest amount allowed, in minor units (e.g. what is left of a hold). */
  max?: bigint;
  /** How to word `max` in the message, e.g. "the 40.00 USD left on this hold". */
  maxLabel?: string;
};

const PLAIN = /^(\d*)(?:\.(\d*))?$/;

/** Why a text is not a plain decimal, in words a person can act on; null when it is plain. */
function shapeProblem(text: string): string | null {
  if (PLAIN.test(text)) return null;
  if (text.startsWith("-")) return "The amount must be more than zero; a negative amount cannot be recorded.";
  if (text.startsWith("+")) return "Write the amount without a sign, e.g. 12.34.";
  if (/^[\d.]*e[+-]?\d*$/i.test(text)) return "Write the amount in plain digits (no exponent), e.g. 100000.";
  if (/^[\d.,' \u00a0\u202f]+$/.test(text)) {
    if (/^\d+,\d+$/.test(text)) return "Use a point for decimals, e.g. 12.34 (not 12,34).";
    return "Write the amount without thousands separators, with a point for decimals, e.g. 1234.56.";
  }
  return "Write the amount in digits with at most one decimal point, e.g. 12.34 (no currency signs).";
}

/** "12.34" with 2 decimals → 1234n; every refusal worded for the form. */
export function parseMajorUnits(input: string, rules: AmountRules): ParsedAmount {
  const text = input.trim();
  if (text === "") return { ok: false, error: "Enter an amount." };
  const problem = shapeProblem(text);
  if (problem !== null) return { ok: false, error: problem };
  const [, whole = "", fraction = ""] = PLAIN.exec(text) ?? [];
  if (whole === "" && fraction === "") return { ok: false, error: "Enter an amount in digits, e.g. 12.34." };
  if (fraction.length > rules.decimals) {
    // Trailing zeros beyond the precision say nothing more: "12.340" is 12.34.
    if (/[1-9]/.test(fraction.slice(rules.decimals))) return { ok: false, error: tooPrecise(rules) };
  }
  const digits = `${whole}${fraction.slice(0, rules.decimals).padEnd(rules.decimals, "0")}`;
  const minor = BigInt(digits === "" ? "0" : digits);
  if (minor === 0n) return { ok: false, error: "The amount must be more than zero." };
  if (rules.max !== undefined && minor > rules.max) {
    return { ok: false, error: `The amount is more than ${rules.maxLabel ?? "allowed"}.` };
  }
  return { ok: true, minor };
}

function tooPrecise({ decimals, currency }: AmountRules): string {
  if (decimals === 0) return `${currency} has no decimal places: enter a whole number.`;
  const places = decimals === 1 ? "1 decimal place" : `${decimals} decimal places`;
  return `${currency} has ${places}: this amount cannot be recorded exactly. Nothing is rounded.`;
}
